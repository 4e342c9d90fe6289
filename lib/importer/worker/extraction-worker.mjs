// Entry of an extraction worker thread. Plain JavaScript so that Node can start it in
// any host (next start, the CLI, vitest); tsx then loads the TypeScript it runs, for
// import and require alike (the converters load pdf.js and mammoth on first use).
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

registerCjs();
registerEsm();
const jobs = await import("./serve-jobs.ts");
// The project compiles to CommonJS, whose exports arrive as the default export here.
(jobs.serveJobs ?? jobs.default.serveJobs)();
