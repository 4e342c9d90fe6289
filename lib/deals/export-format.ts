import type { ExportRow } from "../data/export-deals";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_COLUMNS = [
  "id", "investor", "via", "investorCountry", "targetCountry", "amount", "currency", "amountText", "announcedOn",
  "status", "kind", "stakePercent", "partners", "facilities", "confidence", "reviewState", "sourceCount",
] as const;

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  // a leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const facilityText = (f: ExportRow["facilities"][number]) => [f.type, f.city, f.name].filter(Boolean).join(" ");

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
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

/** A stream of the export's bytes, pulled batch by batch so a slow client slows the reading. */
export function exportStream(batches: Generator<ExportRow[], void, undefined>, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let isFirst = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : "["));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode("]\n"));
        controller.close();
        return;
      }
      const text = format === "csv"
        ? next.value.map(csvLine).join("")
        : next.value.map((r) => { const s = `${isFirst ? "\n" : ",\n"}${JSON.stringify(r)}`; isFirst = false; return s; }).join("");
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      batches.return(undefined);
    },
  });
}
