// Entry of an extraction worker thread. Plain JavaScript so that Node can start it in
// any host (next start, the CLI, vitest); tsx then loads the TypeScript it runs.
import { tsImport } from "tsx/esm/api";

const { serveJobs } = await tsImport("./serve-jobs.ts", import.meta.url);
serveJobs();
