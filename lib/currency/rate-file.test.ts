import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RateTable } from "./exchange-rates";
import { averagesOfDays, mergeRates, parseRateCsv, type DailyRates } from "./rate-file";

// the ECB's eurofxref-hist.csv layout: 2023-12-15 … 2025-01-03, every fixing day of 2024
const DAILY = path.join(__dirname, "fixtures", "eurofxref-hist-2024.csv");

const ECB_CSV = [
  "KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS",
  "EXR.A.USD.EUR.SP00.A,A,USD,EUR,SP00,A,2025,1.1299,A",
  "EXR.M.HUF.EUR.SP00.A,M,HUF,EUR,SP00,A,2025-03,401.5,A",
  "EXR.A.EUR.USD.SP00.A,A,EUR,USD,SP00,A,2025,0.885,A",
].join("\r\n");

describe("rate files", () => {
  it("reads the ECB's CSV, annual and monthly, and only rates against the euro", () => {
    expect(parseRateCsv(`\uFEFF${ECB_CSV}`)).toEqual([
      { currency: "USD", period: "2025", perEur: 1.1299 },
      { currency: "HUF", period: "2025-03", perEur: 401.5 },
    ]);
  });

  it("reads a plain currency, period, perEur file", () => {
    expect(parseRateCsv("currency,period,perEur\ntry,2025,44.1\n")).toEqual([
      { currency: "TRY", period: "2025", perEur: 44.1 },
    ]);
  });

  it("refuses a line that is not a rate, naming it", () => {
    expect(() => parseRateCsv("currency,period,perEur\nUSD,2025-13,1.1")).toThrow(/line 2/);
    expect(() => parseRateCsv("a,b\n1,2")).toThrow(/header needs/);
  });

  it("merges: adds new periods, replaces changed ones, keeps the rest", () => {
    const table: RateTable = {
      source: "s",
      sourceUrl: "",
      asOf: "2024",
      perEur: { USD: { "2024": 1.08 } },
      pegs: { perUsd: {} },
    };
    const merged = mergeRates(table, [
      { currency: "USD", period: "2025", perEur: 1.13 },
      { currency: "USD", period: "2024", perEur: 1.0824 },
    ]);
    expect(merged).toMatchObject({ added: 1, changed: 1 });
    expect(merged.table.perEur.USD).toEqual({ "2024": 1.0824, "2025": 1.13 });
    expect(merged.table.asOf).toBe("2025");
    expect(table.perEur.USD).toEqual({ "2024": 1.08 });
  });

  it("marks merged figures with their source", () => {
    const table: RateTable = {
      source: "s",
      sourceUrl: "",
      asOf: "2024",
      perEur: { USD: { "2024": 1.08 } },
      figureSources: { USD: { "2024": "imf" } },
      pegs: { perUsd: {} },
    };
    const merged = mergeRates(table, [{ currency: "USD", period: "2024", perEur: 1.0824 }], {
      id: "ecb-file",
      name: "ECB",
      url: "",
      via: "test",
    });
    expect(merged.table.figureSources).toEqual({ USD: { "2024": "ecb-file" } });
    expect(merged.table.sources?.["ecb-file"]).toMatchObject({ via: "test" });
  });
});

describe("the ECB's daily file", () => {
  const rates = parseRateCsv(fs.readFileSync(DAILY, "utf8"), { monthly: true });
  const rate = (currency: string, period: string) =>
    rates.find((r) => r.currency === currency && r.period === period)?.perEur;

  it("gives the annual average of every fixing day of a complete year", () => {
    // the ECB's published 2024 averages: USD 1.0824, HUF 395.30, TRY 35.5734
    expect(rate("USD", "2024")).toBe(1.08238);
    expect(rate("HUF", "2024")).toBe(395.304);
    expect(rate("TRY", "2024")).toBe(35.5734);
    expect(rate("BGN", "2024")).toBe(1.9558);
  });

  it("gives monthly averages when asked, and only for complete periods", () => {
    const periods = [...new Set(rates.map((r) => r.period))];
    // the file starts on 15 December 2023 and ends on 3 January 2025
    expect(periods).toEqual([
      "2024",
      ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`),
    ]);
    expect(rate("USD", "2024-12")).toBeCloseTo(1.0479, 4);
    expect(parseRateCsv(fs.readFileSync(DAILY, "utf8")).every((r) => r.period === "2024")).toBe(true);
  });

  it("skips a currency without a rate on every day of the period", () => {
    const days: DailyRates[] = [
      { date: "2021-12-31", perEur: { USD: 1.1326, RUB: 85.3 } },
      { date: "2022-01-03", perEur: { USD: 1.1355, RUB: 84.6 } },
      { date: "2022-06-30", perEur: { USD: 1.0387 } },
      { date: "2023-01-02", perEur: { USD: 1.0683 } },
    ];
    expect(averagesOfDays(days)).toEqual([{ currency: "USD", period: "2022", perEur: 1.0871 }]);
  });

  it("refuses a line that does not start with a date, naming it", () => {
    expect(() => parseRateCsv("Date,USD,\n2024-01-02,1.0956,\nlast,1,\n")).toThrow(/line 3/);
  });

  it("updates a rates file with `npm run rates:update`, marking the figures as the ECB's", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rates-"));
    const file = path.join(dir, "rates.json");
    const table: RateTable = {
      source: "s",
      sourceUrl: "https://www.ecb.europa.eu/",
      asOf: "2023",
      perEur: { USD: { "2023": 1.08 } },
      pegs: { perUsd: {} },
    };
    fs.writeFileSync(file, JSON.stringify(table));
    const out = execFileSync("npx", ["tsx", "scripts/update-rates.ts", DAILY, "--no-convert", "--file", file], {
      encoding: "utf8",
    });
    expect(out).toMatch(/30 rates read: 30 added, 0 changed/);
    const updated = JSON.parse(fs.readFileSync(file, "utf8")) as RateTable;
    expect(updated.perEur.USD).toEqual({ "2023": 1.08, "2024": 1.08238 });
    expect(updated.figureSources?.HUF).toEqual({ "2024": "ecb-file" });
    expect(updated.asOf).toBe("2024");
    fs.rmSync(dir, { recursive: true });
  }, 60_000);
});
