import type { ExportRow } from "../data/export-deals";
import { exportBatchText, exportClosing, exportOpening } from "./export-lines.mjs";

export { CSV_COLUMNS, csvHeader, csvLine } from "./export-lines.mjs";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// Reading rows is synchronous (better-sqlite3). A fast client pulls the next batch as
// soon as the last one is written, through promise callbacks only, which never let the
// event loop reach other requests: a 1M-deal export held up every other request until
// it ended. Waiting for the event loop's next turn before each batch gives them theirs.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A stream of the export's bytes, pulled batch by batch so a slow client slows the
 * reading, and yielding to other requests between batches. `onEnd` runs once, when
 * the stream ends, fails or the client goes away.
 */
export function exportStream(batches: Generator<ExportRow[], void, undefined>, format: ExportFormat, onEnd: () => void = () => {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let isFirst = true;
  let hasEnded = false;
  const end = () => {
    if (hasEnded) return;
    hasEnded = true;
    onEnd();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(exportOpening(format)));
    },
    async pull(controller) {
      await nextTurn();
      if (hasEnded) return;
      let next: IteratorResult<ExportRow[], void>;
      try {
        next = batches.next();
      } catch (error) {
        end();
        throw error;
      }
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode(exportClosing(format)));
        controller.close();
        end();
        return;
      }
      const text = exportBatchText(next.value, format, isFirst);
      isFirst = false;
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      batches.return(undefined);
      end();
    },
  });
}
