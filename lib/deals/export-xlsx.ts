import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ExportRow } from "../data/export-deals";
import { facilityText, type ExportMeta } from "./export-format";

type Column = { header: string; width: number; numFmt?: string; value: (r: ExportRow) => ExcelJS.CellValue };

// A partial date as a real date cell, shown at its own precision: 2024 stays "2024".
const DATE_FORMATS = { 4: "yyyy", 7: "mmm yyyy", 10: "d mmm yyyy" } as Record<number, string>;

function dateOf(partial: string | null): Date | null {
  if (!partial) return null;
  const [y, m = "1", d = "1"] = partial.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

const COLUMNS: Column[] = [
  { header: "id", width: 8, value: (r) => r.id },
  { header: "investor", width: 28, value: (r) => r.investor },
  { header: "via", width: 20, value: (r) => r.via },
  { header: "investor country", width: 10, value: (r) => r.investorCountry },
  { header: "target country", width: 10, value: (r) => r.targetCountry },
  { header: "amount", width: 16, numFmt: "#,##0", value: (r) => r.amount },
  { header: "currency", width: 9, value: (r) => r.currency },
  { header: "amount as written", width: 24, value: (r) => r.amountText },
  { header: "amount in USD", width: 16, numFmt: "#,##0", value: (r) => r.amountUsd },
  { header: "amount in EUR", width: 16, numFmt: "#,##0", value: (r) => r.amountEur },
  { header: "rate period", width: 10, value: (r) => r.fxPeriod },
  { header: "announced", width: 12, value: (r) => dateOf(r.announcedOn) },
  { header: "status", width: 11, value: (r) => r.status },
  { header: "kind", width: 13, value: (r) => r.kind },
  { header: "stake %", width: 8, numFmt: "0.##", value: (r) => r.stakePercent },
  { header: "partners", width: 24, value: (r) => r.partners.join("; ") || null },
  { header: "facilities", width: 30, value: (r) => r.facilities.map(facilityText).join("; ") || null },
  { header: "confidence", width: 10, numFmt: "0.00", value: (r) => r.confidence },
  { header: "review", width: 11, value: (r) => r.reviewState },
];
const ANNOUNCED = COLUMNS.findIndex((c) => c.header === "announced") + 1;

/**
 * The export as an Excel workbook: numbers as number cells, the announcement as a
 * date cell at its precision, a frozen header; a second sheet says which filter
 * it holds, from where and when. Streamed row by row (exceljs' streaming writer),
 * waiting whenever the client is slower than the database.
 */
export function xlsxStream(batches: Generator<ExportRow[], void, undefined> | AsyncGenerator<ExportRow[], void, undefined>, meta: ExportMeta, onEnd: () => void = () => {}): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // once, when the workbook is written, fails or the client goes away
  out.once("close", onEnd);
  const write = async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    book.created = new Date(meta.exportedAt);
    const sheet = book.addWorksheet("Deals", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of batches) {
      if (out.destroyed) { await batches.return(undefined); return; }
      for (const r of batch) {
        const row = sheet.addRow(COLUMNS.map((c) => c.value(r)));
        if (r.announcedOn) row.getCell(ANNOUNCED).numFmt = DATE_FORMATS[r.announcedOn.length];
        row.commit();
      }
      // let the response drain (and other requests run) between batches
      if (out.writableNeedDrain) await once(out, "drain");
      else await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
    const about = book.addWorksheet("About");
    about.columns = [{ width: 14 }, { width: 100 }];
    for (const line of [["Deals", meta.description], ["Filter", meta.query || "(none)"], ["Link", meta.url], ["Exported at", meta.exportedAt], ["Rates", meta.rates]]) {
      about.addRow(line).commit();
    }
    about.commit();
    await book.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
