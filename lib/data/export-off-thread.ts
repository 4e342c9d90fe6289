import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { databaseFile, databaseProvider } from "../db/database-url";
import { countryCentroids, exportStream, type ExportMeta, type TextExportFormat } from "../deals/export-format";
import type { DealQuery } from "../schemas/deal-query";
import { dealBatches, EXPORT_COLUMNS, exportDeals, exportStatement } from "./export-deals";

// Each export runs on a worker thread of its own (lib/data/export-worker.mjs): the
// request thread only passes finished chunks on. Where the worker file is missing (a
// bundle without it) the export runs here, yielding between batches.
const WORKER_FILE = path.join(process.cwd(), "lib", "data", "export-worker.mjs");

type WorkerMessage = { type: "chunk"; bytes: Uint8Array; isLast: boolean } | { type: "error"; message: string };

/** The export's bytes, read and written off the request thread; `onEnd` runs once when it ends, fails or is cancelled. */
export function exportDealsStream(
  query: DealQuery,
  format: TextExportFormat,
  meta: ExportMeta,
  onEnd: () => void = () => {},
): ReadableStream<Uint8Array> {
  // PostgreSQL reads through a cursor: the request thread only waits for batches
  if (databaseProvider() === "postgresql") return exportStream(dealBatches(query), format, meta, onEnd);
  if (!fs.existsSync(WORKER_FILE)) return exportStream(exportDeals(query), format, meta, onEnd);
  const statement = exportStatement(query);
  const centroids = format === "geojson" ? countryCentroids() : {};
  const worker = new Worker(WORKER_FILE, {
    workerData: {
      file: databaseFile(),
      sql: statement.sql,
      values: statement.values,
      format,
      meta,
      centroids,
      columns: EXPORT_COLUMNS,
    },
  });
  const inbox: WorkerMessage[] = [];
  let waiting: ((m: WorkerMessage) => void) | null = null;
  const deliver = (m: WorkerMessage) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(m);
    } else {
      inbox.push(m);
    }
  };
  let hasEnded = false;
  const end = () => {
    if (hasEnded) return;
    hasEnded = true;
    onEnd();
    void worker.terminate();
  };
  worker.on("message", deliver);
  worker.on("error", (error) => deliver({ type: "error", message: error.message }));
  worker.on("exit", () => deliver({ type: "error", message: "the export stopped before its end" }));
  const next = () =>
    inbox.length
      ? Promise.resolve(inbox.shift()!)
      : new Promise<WorkerMessage>((resolve) => {
          waiting = resolve;
        });

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const m = await next();
        if (hasEnded) return;
        if (m.type === "error") {
          end();
          controller.error(new Error(`the export failed: ${m.message}`));
          return;
        }
        controller.enqueue(m.bytes);
        if (m.isLast) {
          controller.close();
          end();
        } else {
          // the worker writes the next chunk while this one goes out
          worker.postMessage("more");
        }
      },
      cancel() {
        end();
      },
    },
    { highWaterMark: 0 },
  );
}
