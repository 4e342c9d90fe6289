import { parentPort } from "node:worker_threads";
import { extractForStorage } from "../extract-for-storage";
import { prepareArticle } from "../prepare-article";
import type { Job, JobMessage, ResultMessage } from "./jobs";

async function run(job: Job): Promise<unknown> {
  if (job.type === "prepare") return prepareArticle(job.input);
  return extractForStorage(job.text, job.published);
}

/** Answers the pool's jobs one at a time, in this worker thread. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs inside a worker thread");
  port.on("message", async ({ id, job }: JobMessage) => {
    let reply: ResultMessage;
    try {
      reply = { id, ok: true, value: await run(job) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
