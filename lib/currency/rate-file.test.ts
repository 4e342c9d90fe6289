import { describe, expect, it } from "vitest";
import type { RateTable } from "./exchange-rates";
import { mergeRates, parseRateCsv } from "./rate-file";

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
    expect(parseRateCsv("currency,period,perEur\ntry,2025,44.1\n")).toEqual([{ currency: "TRY", period: "2025", perEur: 44.1 }]);
  });

  it("refuses a line that is not a rate, naming it", () => {
    expect(() => parseRateCsv("currency,period,perEur\nUSD,2025-13,1.1")).toThrow(/line 2/);
    expect(() => parseRateCsv("a,b\n1,2")).toThrow(/header needs/);
  });

  it("merges: adds new periods, replaces changed ones, keeps the rest", () => {
    const table: RateTable = { source: "s", sourceUrl: "", asOf: "2024", perEur: { USD: { "2024": 1.08 } }, pegs: { perUsd: {} } };
    const merged = mergeRates(table, [{ currency: "USD", period: "2025", perEur: 1.13 }, { currency: "USD", period: "2024", perEur: 1.0824 }]);
    expect(merged).toMatchObject({ added: 1, changed: 1 });
    expect(merged.table.perEur.USD).toEqual({ "2024": 1.0824, "2025": 1.13 });
    expect(merged.table.asOf).toBe("2025");
    expect(table.perEur.USD).toEqual({ "2024": 1.08 });
  });
});
