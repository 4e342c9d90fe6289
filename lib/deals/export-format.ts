import type { ExportRow } from "../data/export-deals";
import { countryCentroid } from "./country-centroids";

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What every export says about itself: the filter in words and as a link, and when it was made. */
export type ExportMeta = { description: string; query: string; url: string; exportedAt: string; rates: string };

export const CSV_COLUMNS = [
  "id", "investor", "via", "investorCountry", "targetCountry", "amount", "currency", "amountText",
  "amountUsd", "amountEur", "fxPeriod", "announcedOn",
  "status", "kind", "stakePercent", "partners", "facilities", "confidence", "reviewState",
] as const;

// Excel reads a CSV as UTF-8 only when it starts with a byte order mark;
// without it "Türkiye" opens as "TÃ¼rkiye".
export const UTF8_BOM = "\uFEFF";

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  // a leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const facilityText = (f: ExportRow["facilities"][number]) => [f.type, f.city, f.name].filter(Boolean).join(" ");

export function csvHeader(): string {
  return `${UTF8_BOM}${CSV_COLUMNS.join(",")}\r\n`;
}

/** One deal as a CSV line (RFC 4180: CRLF, quotes doubled); lists are joined with "; ". */
export function csvLine(row: ExportRow): string {
  const cells = CSV_COLUMNS.map((c) => {
    if (c === "partners") return csvCell(row.partners.join("; "));
    if (c === "facilities") return csvCell(row.facilities.map(facilityText).join("; "));
    return csvCell(row[c]);
  });
  return `${cells.join(",")}\r\n`;
}

/** A deal as a GeoJSON feature: a point at its target country (null where the map has none). */
export function geoJsonFeature(row: ExportRow): string {
  const point = countryCentroid(row.targetCountry);
  return JSON.stringify({ type: "Feature", id: row.id, geometry: point && { type: "Point", coordinates: point }, properties: row });
}

// JSON and GeoJSON: an object that says what it holds, then the rows as they come.
function opening(format: "json" | "geojson", meta: ExportMeta): string {
  const about = { description: meta.description, filter: meta.query, url: meta.url, exportedAt: meta.exportedAt, rates: meta.rates };
  const head = format === "geojson" ? { type: "FeatureCollection", ...about } : about;
  return `${JSON.stringify(head).slice(0, -1)},"${format === "geojson" ? "features" : "deals"}":[`;
}

/**
 * A stream of a text export's bytes, pulled batch by batch so a slow client slows
 * the reading. CSV keeps one header line for the tools that read it; JSON and
 * GeoJSON open with the export's filter and time (the CSV's are in its file name).
 */
export function exportStream(batches: Generator<ExportRow[], void, undefined>, format: Exclude<ExportFormat, "xlsx">, meta: ExportMeta): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let isFirst = true;
  const item = format === "geojson" ? geoJsonFeature : (r: ExportRow) => JSON.stringify(r);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : opening(format, meta)));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) {
        if (format !== "csv") controller.enqueue(encoder.encode("\n]}\n"));
        controller.close();
        return;
      }
      const text = format === "csv"
        ? next.value.map(csvLine).join("")
        : next.value.map((r) => { const s = `${isFirst ? "\n" : ",\n"}${item(r)}`; isFirst = false; return s; }).join("");
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      batches.return(undefined);
    },
  });
}
