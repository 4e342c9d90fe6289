import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "../errors";
import type { ExtractedDealInput } from "../schemas/deal";
import type { ArticleWriter } from "./article-writer";
import type { CreatedArticle, NewArticle } from "./create-article-with-deals";

// Storing an article runs SQLite's full-text indexing over its text once per deal: a
// 1.5 MB article with hundreds of deals takes seconds however it is written, and
// one article is one transaction. So the server stores in a worker thread of its
// own, and the thread that answers requests only posts the article and waits.

export type WriterRequest = { id: number; article: NewArticle; deals: ExtractedDealInput[]; isMatched: boolean };
export type WriterReply = { id: number; created?: CreatedArticle; error?: { message: string; code?: string } };

// Resolved at run time, and hidden from the bundler: the worker loads TypeScript through tsx itself.
const WORKER_PATH = ["lib", "data", "article-writer-worker.mjs"];
const workerFile = () => path.resolve(/* turbopackIgnore: true */ process.cwd(), ...WORKER_PATH);

export function hasWriterWorker(): boolean {
  return fs.existsSync(workerFile());
}

function errorOf(e: NonNullable<WriterReply["error"]>): Error {
  if (e.code === "busy") return new AppError("busy", e.message);
  return Object.assign(new Error(e.message), { code: e.code });
}

/**
 * The batched SQLite writer in a worker thread. Records are matched with the
 * importer's rule (match-deal.ts) whenever the caller asks for matching: a function
 * cannot cross to the thread.
 */
export function threadArticleWriter(url: string): ArticleWriter {
  type Waiting = { resolve: (c: CreatedArticle) => void; reject: (e: Error) => void };
  const pending = new Map<number, Waiting>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closing: Promise<void> | null = null;
  let onIdle: (() => void) | null = null;

  const settle = (id: number, outcome: (w: Waiting) => void) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (waiting) outcome(waiting);
    // an idle worker must not keep the process alive
    if (pending.size === 0) {
      worker?.unref();
      onIdle?.();
    }
  };
  const start = (): Worker => {
    const w = new Worker(/* turbopackIgnore: true */ workerFile(), { workerData: { url } });
    w.on("message", (m: WriterReply) =>
      settle(m.id, (p) => (m.error ? p.reject(errorOf(m.error)) : p.resolve(m.created!))),
    );
    const fail = (error: Error) => {
      if (worker === w) worker = null;
      for (const id of [...pending.keys()]) settle(id, (p) => p.reject(error));
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`the article writer's thread stopped (exit ${code})`)));
    return w;
  };
  return {
    store(article, deals, match) {
      if (closing) return Promise.reject(new Error("the article writer is closed"));
      worker ??= start();
      worker.ref();
      const id = nextId++;
      const request: WriterRequest = { id, article, deals, isMatched: match !== undefined };
      return new Promise<CreatedArticle>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },
    close() {
      closing ??= (async () => {
        if (pending.size)
          await new Promise<void>((resolve) => {
            onIdle = resolve;
          });
        await worker?.terminate();
        worker = null;
      })();
      return closing;
    },
  };
}
