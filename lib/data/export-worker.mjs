// One full export, read and written on a worker thread: a million rows take a minute
// of CPU that must not come out of the server's request thread. The app built the
// query (every value bound); this reads it row by row, writes the rows with the app's
// own export-lines.mjs, and hands over one chunk at a time: the next only when the
// app asks ("more"), so a slow client slows the reading and memory stays flat.
// See lib/data/export-off-thread.ts.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { exportBatchText, exportClosing, exportOpening, exportRowOf } from "../deals/export-lines.mjs";

const BATCH = 2000;
const { file, sql, values, format, meta, centroids, columns } = workerData;
const encoder = new TextEncoder();

const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
db.pragma("mmap_size = 1073741824");
const rows = db
  .prepare(sql)
  .raw(true)
  .iterate(...values);
let isFirstBatch = true;

function send(text, isLast) {
  const bytes = encoder.encode(text);
  parentPort.postMessage({ type: "chunk", bytes, isLast }, [bytes.buffer]);
}

function produce() {
  try {
    const batch = [];
    let isDone = false;
    while (batch.length < BATCH) {
      const next = rows.next();
      if (next.done) {
        isDone = true;
        break;
      }
      batch.push(exportRowOf(next.value, columns));
    }
    const opening = isFirstBatch ? exportOpening(format, meta, columns) : "";
    send(
      opening +
        exportBatchText(batch, format, isFirstBatch, columns, centroids) +
        (isDone ? exportClosing(format) : ""),
      isDone,
    );
    isFirstBatch = false;
    if (isDone) db.close();
  } catch (error) {
    parentPort.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}

parentPort.on("message", (message) => {
  if (message === "more") produce();
});
produce();
