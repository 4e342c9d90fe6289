import { describe, expect, it } from "vitest";
import type { ExportRow } from "../data/export-deals";
import { ftsMatchOf } from "../data/deal-filter-sql";
import { csvHeader, csvLine, exportStream } from "./export-format";

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  id: 7, investor: "Acme", via: null, investorCountry: "DE", targetCountry: "TR", amount: 2e9, currency: "USD", amountText: null,
  announcedOn: "2024-05", status: "announced", kind: "greenfield", stakePercent: null, partners: [], facilities: [],
  confidence: 0.7, reviewState: "unreviewed", sourceCount: 2, ...over,
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("csvLine", () => {
  it("quotes commas, quotes and line breaks, and joins lists", () => {
    const line = csvLine(row({ investor: 'Acme, "the" Co', partners: ["A", "B"], facilities: [{ type: "factory", city: "Izmir", name: null }] }));
    expect(line).toBe('7,"Acme, ""the"" Co",,DE,TR,2000000000,USD,,2024-05,announced,greenfield,,A; B,factory Izmir,0.7,unreviewed,2\r\n');
    expect(csvHeader().split(",")).toHaveLength(17);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvLine(row({ investor: "=HYPERLINK(1)" }))).toContain(",'=HYPERLINK(1),");
  });
});

describe("exportStream", () => {
  it("writes a JSON array across batches and a CSV with one header", async () => {
    const batches = function* () { yield [row({ id: 1 }), row({ id: 2 })]; yield [row({ id: 3 })]; };
    expect((JSON.parse(await text(exportStream(batches(), "json"))) as ExportRow[]).map((r) => r.id)).toEqual([1, 2, 3]);
    expect((await text(exportStream(batches(), "csv"))).trim().split("\r\n")).toHaveLength(4);
    expect(await text(exportStream((function* () {})(), "json"))).toBe("[]\n");
  });
});

describe("ftsMatchOf", () => {
  it("quotes every word so FTS syntax in the input is just text, and makes the last a prefix", () => {
    expect(ftsMatchOf('battery "plant" AND -x')).toBe('"battery" "plant" "AND" "x"*');
    expect(ftsMatchOf("  ,;  ")).toBeNull();
  });
});
