import { EXPORT_COLUMNS, type ExportRow } from "../data/export-deals";
import { countryCentroid } from "./country-centroids";
import {
  csvHeader as csvHeaderOf,
  csvLine as csvLineOf,
  exportBatchText,
  exportClosing,
  exportOpening,
  type Centroids,
  type ExportMeta,
  type TextExportFormat,
} from "./export-lines.mjs";

export { facilityText, UTF8_BOM } from "./export-lines.mjs";

/** The CSV's columns: the export's (derived from the deal contract). */
export const CSV_COLUMNS = EXPORT_COLUMNS;
/** The CSV's header line: the export's columns. */
export const csvHeader = () => csvHeaderOf(EXPORT_COLUMNS);
/** One deal as a CSV line in the export's columns. */
export const csvLine = (row: ExportRow) => csvLineOf(row, EXPORT_COLUMNS);
export type { ExportMeta, TextExportFormat } from "./export-lines.mjs";

/** zip: the CSV with a README and a Frictionless datapackage.json that say its filter and time. */
export const EXPORT_FORMATS = ["csv", "zip", "xlsx", "json", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

let centroids: Centroids | null = null;

/** Every country's point for GeoJSON, as a plain object a worker thread can be given. */
export function countryCentroids(): Centroids {
  if (!centroids) {
    centroids = {};
    for (const code of ALPHA2) {
      const point = countryCentroid(code);
      if (point) centroids[code] = point;
    }
  }
  return centroids;
}

const ALPHA2 = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));

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
export function exportStream(
  batches: Generator<ExportRow[], void, undefined> | AsyncGenerator<ExportRow[], void, undefined>,
  format: TextExportFormat,
  meta: ExportMeta,
  onEnd: () => void = () => {},
): ReadableStream<Uint8Array> {
  const points = format === "geojson" ? countryCentroids() : {};
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
      controller.enqueue(encoder.encode(exportOpening(format, meta, EXPORT_COLUMNS)));
    },
    async pull(controller) {
      await nextTurn();
      if (hasEnded) return;
      let next: IteratorResult<ExportRow[], void>;
      try {
        next = await batches.next();
      } catch (error) {
        end();
        throw error;
      }
      if (next.done) {
        if (format !== "csv") controller.enqueue(encoder.encode(exportClosing(format)));
        controller.close();
        end();
        return;
      }
      const text = exportBatchText(next.value, format, isFirst, EXPORT_COLUMNS, points);
      isFirst = false;
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      batches.return(undefined);
      end();
    },
  });
}
