// Entry of the article writer's worker thread (see article-writer-thread.ts). Plain
// JavaScript so that Node can start it in any host (next start, the CLI, vitest);
// tsx then loads the TypeScript it runs.
import { register as registerCjs } from "tsx/cjs/api";
import { register as registerEsm } from "tsx/esm/api";

registerCjs();
registerEsm();
const served = await import("./serve-article-writer.ts");
// The project compiles to CommonJS, whose exports arrive as the default export here.
(served.serveArticleWriter ?? served.default.serveArticleWriter)();
