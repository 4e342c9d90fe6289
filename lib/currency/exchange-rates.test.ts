import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  candidatePeriods,
  convertAmount,
  quoteFor,
  rateFor,
  SHIPPED_RATES,
  sourcesOf,
  type RateTable,
} from "./exchange-rates";

const TABLE: RateTable = {
  source: "test",
  sourceUrl: "",
  asOf: "2024",
  perEur: {
    USD: { "2022": 1.05, "2023": 1.08, "2023-06": 1.0844 },
    HUF: { "2022": 391.29, "2023": 381.85 },
    TRY: { "2023": 25.76 },
  },
  pegs: { perUsd: { AED: { rate: 3.6725, source: "peg" } } },
};

describe("rate lookup by date", () => {
  it("prefers the month, then the year, then the latest earlier period", () => {
    expect(candidatePeriods("2023-06-14", ["2022", "2023", "2023-06"])).toEqual(["2023-06", "2023", "2022"]);
    expect(rateFor("USD", "2023-06-14", TABLE)?.period).toBe("2023-06");
    // HUF has no June rate: its annual average of the same year is used
    expect(rateFor("HUF", "2023-06-14", TABLE)?.period).toBe("2023");
    expect(rateFor("HUF", "2022-03", TABLE)?.period).toBe("2022");
  });

  it("uses the newest average for a date after it, and none for a date before every rate", () => {
    expect(rateFor("HUF", "2026-02", TABLE)?.period).toBe("2023");
    expect(rateFor("HUF", "2019", TABLE)).toBeNull();
  });

  it("gives an undated amount the newest rate", () => {
    expect(rateFor("TRY", null, TABLE)?.period).toBe("2023");
  });

  it("has no rate for a currency the table does not hold", () => {
    expect(rateFor("XYZ", "2023", TABLE)).toBeNull();
    expect(convertAmount(1000, "XYZ", "2023", TABLE)).toBeNull();
  });

  it("converts pegged currencies through the period's EUR/USD rate", () => {
    const quote = rateFor("AED", "2022", TABLE)!;
    expect(quote.perUsd).toBeCloseTo(3.6725, 10);
    expect(quote.perEur).toBeCloseTo(3.6725 * 1.05, 10);
  });
});

describe("conversion", () => {
  it("converts to dollars and euros at the same period's rates", () => {
    expect(convertAmount(1e9, "EUR", "2023-02", TABLE)).toEqual({ amountUsd: 1.08e9, amountEur: 1e9, period: "2023" });
    expect(convertAmount(1e9, "USD", "2022", TABLE)).toEqual({
      amountUsd: 1e9,
      amountEur: 952380952.38,
      period: "2022",
    });
  });

  it("keeps cents and nothing finer, even for trillions in a weak currency", () => {
    const c = convertAmount(1.5e12, "HUF", "2023", TABLE)!;
    // 1.5e12 / 381.85 * 1.08
    expect(c.amountUsd).toBe(4242503600.89);
    expect(c.amountEur).toBe(3928244074.9);
    expect(convertAmount(0.015, "USD", "2023", TABLE)!.amountUsd).toBe(0.02);
  });

  it("ranks a HUF trillion below USD billions once converted", () => {
    expect(convertAmount(1e12, "HUF", "2023", TABLE)!.amountUsd).toBeLessThan(
      convertAmount(5e9, "USD", "2023", TABLE)!.amountUsd,
    );
  });

  it("converts nothing without an amount or a currency", () => {
    expect(convertAmount(null, "USD", "2023", TABLE)).toBeNull();
    expect(convertAmount(100, null, "2023", TABLE)).toBeNull();
  });

  it("quotes the stored period's rate for display", () => {
    expect(quoteFor("huf", "2023", TABLE)).toMatchObject({ currency: "HUF", period: "2023", perEur: 381.85 });
    expect(quoteFor("HUF", "2021", TABLE)).toBeNull();
  });
});

describe("the shipped rates", () => {
  it("name a source for every figure and cover the currencies the extractor reads most", () => {
    expect(SHIPPED_RATES.source).toMatch(/ECB/);
    for (const [code, periods] of Object.entries(SHIPPED_RATES.perEur)) {
      for (const period of Object.keys(periods)) {
        const id = SHIPPED_RATES.figureSources?.[code]?.[period];
        expect(id && SHIPPED_RATES.sources?.[id], `${code} ${period}`).toBeTruthy();
      }
    }
    for (const code of ["USD", "GBP", "JPY", "CNY", "TRY", "HUF", "PLN", "INR", "BRL", "CHF"])
      expect(rateFor(code, "2024-05")).not.toBeNull();
    // TRY 2023: 25.7365 per EUR (OECD), EUR/USD 1.08111 (the ECB's rate as the IMF republishes it)
    expect(rateFor("TRY", "2023")!.perUsd).toBeCloseTo(23.81, 2);
  });

  it("hold the ECB's own 2024 averages, computed from its daily rates", () => {
    expect(SHIPPED_RATES.perEur.USD["2024"]).toBe(1.08238);
    expect(SHIPPED_RATES.perEur.HUF["2024"]).toBe(395.304);
    expect(sourcesOf("HUF", "2024")).toBe("ECB");
  });

  it("name the publishers beside a figure, the euro-dollar rate's too where it differs", () => {
    expect(sourcesOf("HUF", "2023")).toBe("OECD; EUR/USD IMF");
    expect(sourcesOf("USD", "2023")).toBe("IMF");
    expect(sourcesOf("AED", "2024")).toBe("ECB");
  });

  it("are listed, figure by figure, in the audit file with their checks", () => {
    const lines = fs.readFileSync(path.join(__dirname, "rates-audit.csv"), "utf8").trim().split("\n");
    const figures = Object.values(SHIPPED_RATES.perEur).reduce((n, periods) => n + Object.keys(periods).length, 0);
    expect(lines.filter((l) => /^[A-Z]{3},\d{4},\d/.test(l))).toHaveLength(figures);
  });
});
