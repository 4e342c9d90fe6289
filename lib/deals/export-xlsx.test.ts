import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dealContent } from "../test/deal-content";
import type { ExportRow } from "../data/export-deals";
import type { ExportMeta } from "./export-format";
import { xlsxStream } from "./export-xlsx";

const META: ExportMeta = {
  description: "2 deals into Hungary",
  query: "targetCountry=HU",
  url: "http://x/deals?targetCountry=HU",
  exportedAt: "2026-12-01T03:00:00.000Z",
  rates: "ECB",
};

const row = (over: Partial<ExportRow>): ExportRow => ({
  ...dealContent({
    investor: "Kecskemét Motors",
    investorCountry: "DE",
    targetCountry: "HU",
    amount: 1e12,
    currency: "HUF",
    announcedOn: "2023-04",
    facilities: [{ type: "factory", city: "Kecskemét", name: null }],
  }),
  id: 1,
  amountUsd: 2.83e9,
  amountEur: 2.62e9,
  fxPeriod: "2023",
  confidence: 0.9,
  reviewState: "verified",
  sourceCount: 1,
  ...over,
});

describe("xlsxStream", () => {
  it("writes typed number and date cells and a sheet that says what the export holds", async () => {
    const batches = function* () {
      yield [row({}), row({ id: 2, announcedOn: "2022", amount: null, amountUsd: null, amountEur: null })];
    };
    const bytes = await new Response(xlsxStream(batches(), META)).arrayBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const sheet = book.getWorksheet("Deals")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("investor");
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe("Kecskemét Motors");
    expect(first.getCell(6).value).toBe(1e12);
    expect(first.getCell(9).value).toBe(2.83e9);
    expect(first.getCell(12).value).toEqual(new Date(Date.UTC(2023, 3, 1)));
    expect(first.getCell(12).numFmt).toBe("mmm yyyy");
    expect(sheet.getRow(3).getCell(12).numFmt).toBe("yyyy");
    expect(sheet.getRow(3).getCell(6).value).toBeNull();
    const about = book.getWorksheet("About")!;
    expect(about.getRow(1).getCell(2).value).toBe(META.description);
    expect(about.getRow(4).getCell(2).value).toBe(META.exportedAt);
  });
});
