import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { ExportRow } from "../data/export-deals";
import { CSV_COLUMNS, exportStream, type ExportMeta } from "./export-format";
import { exportPackageEntries } from "./export-package";
import { zipStream } from "./zip-stream";

const META: ExportMeta = {
  description: "2 deals into Türkiye by Acme",
  query: "targetCountry=TR&investor=Acme",
  url: "http://x/deals?targetCountry=TR&investor=Acme",
  exportedAt: "2026-12-01T05:30:00.000Z",
  rates: "annual averages (ECB, IMF), as of 2024",
};

const row = (id: number, investor: string): ExportRow => ({
  id,
  investor,
  via: null,
  investorCountry: "DE",
  targetCountry: "TR",
  amount: 2e9,
  currency: "USD",
  amountText: null,
  amountUsd: 2e9,
  amountEur: 1.8e9,
  fxPeriod: "2024",
  announcedOn: "2024-05",
  status: "announced",
  kind: "greenfield",
  stakePercent: null,
  partners: [],
  facilities: [],
  confidence: 0.7,
  reviewState: "unreviewed",
  sourceCount: 1,
});

function* batches(): Generator<ExportRow[], void, undefined> {
  yield [row(1, "Acme"), row(2, "Acme, Kecskemét")];
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("the ZIP writer", () => {
  it("stores text and streamed files that a ZIP reader opens, names in UTF-8", async () => {
    const stream = new Response("a,b\r\n1,2\r\n").body!;
    const zip = await JSZip.loadAsync(
      await bytes(
        zipStream(
          [
            { name: "Türkiye.txt", data: "é" },
            { name: "t.csv", data: stream },
          ],
          new Date("2026-12-01T05:30:00Z"),
        ),
      ),
    );
    expect(Object.keys(zip.files)).toEqual(["Türkiye.txt", "t.csv"]);
    expect(await zip.file("Türkiye.txt")!.async("string")).toBe("é");
    expect(await zip.file("t.csv")!.async("string")).toBe("a,b\r\n1,2\r\n");
    expect(zip.file("t.csv")!.date.toISOString()).toBe("2026-12-01T05:30:00.000Z");
  });

  it("opens with the system's unzip, where there is one", async (context) => {
    let hasUnzip = true;
    try {
      execFileSync("unzip", ["-v"], { stdio: "ignore" });
    } catch {
      hasUnzip = false;
    }
    if (!hasUnzip) context.skip();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zip-")), "a.zip");
    fs.writeFileSync(
      file,
      await bytes(
        zipStream([
          { name: "a.txt", data: "one" },
          { name: "b/c.txt", data: new Response("two").body! },
        ]),
      ),
    );
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(/No errors detected/);
    expect(execFileSync("unzip", ["-p", file, "b/c.txt"], { encoding: "utf8" })).toBe("two");
  });
});

describe("the CSV package", () => {
  it("holds the CSV as exported, with a README and a datapackage.json that say its filter, link and time", async () => {
    const csvName = "deals-2026-12-01T0530Z.csv";
    const archive = await bytes(zipStream(exportPackageEntries(META, csvName, exportStream(batches(), "csv", META))));
    const zip = await JSZip.loadAsync(archive);
    expect(Object.keys(zip.files)).toEqual(["README.txt", "datapackage.json", csvName]);

    const readme = await zip.file("README.txt")!.async("string");
    for (const fact of [
      META.description,
      `Filter:      ${META.query}`,
      `Link:        ${META.url}`,
      "Exported at: 2026-12-01T05:30:00.000Z (UTC)",
      META.rates,
    ])
      expect(readme).toContain(fact);
    for (const column of CSV_COLUMNS) expect(readme).toContain(`  ${column}`);

    const pkg = JSON.parse(await zip.file("datapackage.json")!.async("string"));
    expect(pkg).toMatchObject({
      profile: "tabular-data-package",
      title: META.description,
      created: META.exportedAt,
      homepage: META.url,
      filter: META.query,
    });
    expect(pkg.resources[0]).toMatchObject({ path: csvName, format: "csv", schema: { primaryKey: "id" } });
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual([...CSV_COLUMNS]);

    const csv = await zip.file(csvName)!.async("uint8array");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv.subarray(3)).trim().split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["1", "2"]);
    expect(lines[2]).toContain('"Acme, Kecskemét"');
  });
});
