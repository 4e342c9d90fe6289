import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from "../data/export-deals";
import { facilityText, type ExportMeta } from "./export-format";
import { fieldLabel } from "./field-labels";

type Column = { header: string; width: number; numFmt?: string; value: (r: ExportRow) => ExcelJS.CellValue };

// A partial date as a real date cell, shown at its own precision: 2024 stays "2024".
const DATE_FORMATS = { 4: "yyyy", 7: "mmm yyyy", 10: "d mmm yyyy" } as Record<number, string>;

function dateOf(partial: string | null): Date | null {
  if (!partial) return null;
  const [y, m = "1", d = "1"] = partial.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

// How a column looks in the workbook where the default (its label, 14 wide, the value as is) does not fit.
const LOOKS: Partial<Record<ExportColumn, Partial<Column>>> = {
  id: { width: 8 },
  investor: { width: 28 },
  via: { width: 20 },
  investorCountry: { header: "investor country", width: 10 },
  targetCountry: { header: "target country", width: 10 },
  amount: { width: 16, numFmt: "#,##0" },
  currency: { width: 9 },
  amountText: { header: "amount as written", width: 24 },
  amountUsd: { header: "amount in USD", width: 16, numFmt: "#,##0" },
  amountEur: { header: "amount in EUR", width: 16, numFmt: "#,##0" },
  fxPeriod: { header: "rate period", width: 10 },
  announcedOn: { header: "announced", width: 12, value: (r) => dateOf(r.announcedOn) },
  status: { width: 11 },
  kind: { width: 13 },
  stakePercent: { header: "stake %", width: 8, numFmt: "0.##" },
  partners: { width: 24 },
  facilities: { width: 30, value: (r) => r.facilities.map(facilityText).join("; ") || null },
  confidence: { width: 10, numFmt: "0.00" },
  reviewState: { header: "review", width: 11 },
};

const cellOf = (value: unknown): ExcelJS.CellValue =>
  Array.isArray(value) ? value.join("; ") || null : (value as ExcelJS.CellValue);

/** Every export column (the deal contract's fields among them), in the export's order. */
const COLUMNS: Column[] = EXPORT_COLUMNS.map((c) => ({
  header: fieldLabel(c).toLowerCase(),
  width: 14,
  value: (r: ExportRow) => cellOf(r[c]),
  ...LOOKS[c],
}));
const ANNOUNCED = COLUMNS.findIndex((c) => c.header === "announced") + 1;

/**
 * The export as an Excel workbook: numbers as number cells, the announcement as a
 * date cell at its precision, a frozen header; a second sheet says which filter
 * it holds, from where and when. Streamed row by row (exceljs' streaming writer),
 * waiting whenever the client is slower than the database.
 */
export function xlsxStream(
  batches: Generator<ExportRow[], void, undefined> | AsyncGenerator<ExportRow[], void, undefined>,
  meta: ExportMeta,
  onEnd: () => void = () => {},
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // once, when the workbook is written, fails or the client goes away
  out.once("close", onEnd);
  const write = async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    book.created = new Date(meta.exportedAt);
    const sheet = book.addWorksheet("Deals", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({
      header: c.header,
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of batches) {
      if (out.destroyed) {
        await batches.return(undefined);
        return;
      }
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
    for (const line of [
      ["Deals", meta.description],
      ["Filter", meta.query || "(none)"],
      ["Link", meta.url],
      ["Exported at", meta.exportedAt],
      ["Rates", meta.rates],
    ]) {
      about.addRow(line).commit();
    }
    about.commit();
    await book.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
