import { parentPort, workerData } from "node:worker_threads";
import { matchDeal } from "../importer/match-deal";
import { sqliteArticleWriter } from "./article-writer";
import type { WriterReply, WriterRequest } from "./article-writer-thread";

/** Stores the articles the parent thread sends, through the batched SQLite writer in this thread. */
export function serveArticleWriter(): void {
  const port = parentPort;
  if (!port) throw new Error("serveArticleWriter runs inside a worker thread");
  const writer = sqliteArticleWriter((workerData as { url: string }).url);
  port.on("message", async ({ id, article, deals, isMatched }: WriterRequest) => {
    let reply: WriterReply;
    try {
      reply = { id, created: await writer.store(article, deals, isMatched ? matchDeal : undefined) };
    } catch (error) {
      const e = error as { message?: string; code?: string };
      reply = { id, error: { message: e.message ?? String(error), code: e.code } };
    }
    port.postMessage(reply);
  });
}
