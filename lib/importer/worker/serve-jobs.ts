import { parentPort } from "node:worker_threads";
import { extractForStorage } from "../extract-for-storage";
import { prepareArticle } from "../prepare-article";
import type { Job, JobMessage, ResultMessage } from "./jobs";

async function run(job: Job): Promise<unknown> {
  if (job.type === "prepare") return prepareArticle(job.input);
  return extractForStorage(job.text, job.published);
}

/**
 * Answers the pool's jobs one at a time, in the order they came, in this worker thread. The
 * pool may send the next job before this one is answered; a job that awaits (a converter
 * loading its parser) must not let the next one start or answer first.
 */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs inside a worker thread");
  let previous: Promise<void> = Promise.resolve();
  port.on("message", ({ id, job }: JobMessage) => {
    previous = previous.then(async () => {
      let reply: ResultMessage;
      try {
        reply = { id, ok: true, value: await run(job) };
      } catch (error) {
        reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  });
  port.postMessage({ ready: true });
}
