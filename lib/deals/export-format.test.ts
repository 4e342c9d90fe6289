import { describe, expect, it } from "vitest";
import { dealContent } from "../test/deal-content";
import type { ExportRow } from "../data/export-deals";
import { ftsMatchOf } from "../data/deal-filter-sql";
import { csvHeader, csvLine, exportStream, type ExportMeta } from "./export-format";

const META: ExportMeta = {
  description: "3 deals into Türkiye",
  query: "targetCountry=TR",
  url: "http://x/deals?targetCountry=TR",
  exportedAt: "2026-12-01T03:00:00.000Z",
  rates: "ECB",
};

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  ...dealContent({
    investor: "Acme",
    investorCountry: "DE",
    targetCountry: "TR",
    amount: 2e9,
    currency: "USD",
    announcedOn: "2024-05",
  }),
  id: 7,
  amountUsd: 2e9,
  amountEur: 1.8e9,
  fxPeriod: "2024",
  confidence: 0.7,
  reviewState: "unreviewed",
  sourceCount: 2,
  ...over,
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("csvLine", () => {
  it("quotes commas, quotes and line breaks, and joins lists", () => {
    const line = csvLine(
      row({
        investor: 'Acme, "the" Co',
        partners: ["A", "B"],
        facilities: [{ type: "factory", city: "Izmir", name: null }],
      }),
    );
    expect(line).toBe(
      '7,"Acme, ""the"" Co",,DE,TR,2000000000,USD,,2000000000,1800000000,2024,2024-05,announced,greenfield,,A; B,factory Izmir,0.7,unreviewed,2\r\n',
    );
    expect(csvHeader().split(",")).toHaveLength(20);
  });

  it("starts with a byte order mark, so Excel reads UTF-8", () => {
    expect(csvHeader().startsWith("\uFEFFid,investor,")).toBe(true);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvLine(row({ investor: "=HYPERLINK(1)" }))).toContain(",'=HYPERLINK(1),");
  });
});

describe("exportStream", () => {
  it("writes JSON that says its filter and time, then the rows across batches, and a CSV with one header", async () => {
    const batches = function* () {
      yield [row({ id: 1 }), row({ id: 2 })];
      yield [row({ id: 3 })];
    };
    const json = JSON.parse(await text(exportStream(batches(), "json", META))) as {
      deals: ExportRow[];
      description: string;
      exportedAt: string;
      filter: string;
    };
    expect(json.deals.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(json).toMatchObject({
      description: META.description,
      exportedAt: META.exportedAt,
      filter: "targetCountry=TR",
    });
    expect((await text(exportStream(batches(), "csv", META))).trim().split("\r\n")).toHaveLength(4);
    expect(JSON.parse(await text(exportStream((function* () {})(), "json", META))).deals).toEqual([]);
  });

  it("writes GeoJSON: a feature per deal at its target country", async () => {
    const geo = JSON.parse(
      await text(
        exportStream(
          (function* () {
            yield [row({ targetCountry: "TR" }), row({ id: 8, targetCountry: "MC" })];
          })(),
          "geojson",
          META,
        ),
      ),
    );
    expect(geo).toMatchObject({
      type: "FeatureCollection",
      exportedAt: META.exportedAt,
      description: META.description,
    });
    expect(geo.features[0]).toMatchObject({
      type: "Feature",
      id: 7,
      geometry: { type: "Point" },
      properties: { investor: "Acme" },
    });
    const [lon, lat] = geo.features[0].geometry.coordinates;
    expect(lon).toBeGreaterThan(26);
    expect(lon).toBeLessThan(45);
    expect(lat).toBeGreaterThan(36);
    expect(lat).toBeLessThan(42);
    // Monaco is too small for the 1:110m outlines: no point rather than a wrong one
    expect(geo.features[1].geometry).toBeNull();
  });
});

describe("ftsMatchOf", () => {
  it("quotes every word so FTS syntax in the input is just text, and makes the last a prefix", () => {
    expect(ftsMatchOf('battery "plant" AND -x')).toBe('"battery" "plant" "AND" "x"*');
    expect(ftsMatchOf("  ,;  ")).toBeNull();
  });
});
