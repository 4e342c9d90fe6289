import type { RateSource, RateTable } from "./exchange-rates";

export type ParsedRate = { currency: string; period: string; perEur: number };

// A CSV line: commas outside double quotes separate cells.
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (isQuoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else isQuoted = !isQuoted;
    } else if (ch === "," && !isQuoted) {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out.map((c) => c.trim());
}

/** One day's reference rates: units of each currency per euro. */
export type DailyRates = { date: string; perEur: Record<string, number> };

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** 6 significant digits: finer than the ECB's own daily figures (5). */
export const roundRate = (n: number) => Number(n.toPrecision(6));

/**
 * Annual (and, when asked, monthly) averages of daily rates: the mean of the
 * rates of every fixing day in the period, as the ECB computes its own averages.
 * Only complete periods count: the data must start no later than the period's
 * third day (the first fixing day of a month or year is at latest its 4th) and
 * go on past its end; a currency must have a rate on every day of the period
 * (the ECB stopped quoting RUB in March 2022: no 2022 average from two months).
 */
export function averagesOfDays(days: DailyRates[], options: { monthly?: boolean } = {}): ParsedRate[] {
  if (days.length === 0) return [];
  const dates = days.map((d) => d.date).sort();
  const [first, last] = [dayNumber(dates[0]), dayNumber(dates.at(-1)!)];
  const groups = new Map<string, DailyRates[]>();
  for (const day of days) {
    for (const period of [day.date.slice(0, 4), ...(options.monthly ? [day.date.slice(0, 7)] : [])]) {
      (groups.get(period) ?? groups.set(period, []).get(period)!).push(day);
    }
  }
  const rates: ParsedRate[] = [];
  for (const [period, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const start = dayNumber(period.length === 4 ? `${period}-01-01` : `${period}-01`);
    const [y, m] =
      period.length === 4 ? [Number(period) + 1, 1] : [Number(period.slice(0, 4)), Number(period.slice(5, 7)) + 1];
    const nextStart = Date.UTC(y, m - 1, 1) / DAY_MS;
    if (first > start + 3 || last < nextStart) continue;
    const currencies = new Set(group.flatMap((d) => Object.keys(d.perEur)));
    for (const currency of [...currencies].sort()) {
      const values = group.map((d) => d.perEur[currency]);
      if (values.some((v) => v === undefined)) continue;
      rates.push({ currency, period, perEur: roundRate(values.reduce((a, b) => a + b, 0) / values.length) });
    }
  }
  return rates;
}

/**
 * The ECB's daily file (eurofxref-hist.csv: a Date column, then one column per
 * currency, "N/A" where it has no rate) as days of rates.
 */
export function parseDailyCsv(lines: string[]): DailyRates[] {
  const header = cells(lines[0]).map((h) => h.toUpperCase());
  return lines.slice(1).map((line, i) => {
    const c = cells(line);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c[0] ?? ""))
      throw new Error(`line ${i + 2} does not start with a date (YYYY-MM-DD): ${line.slice(0, 60)}`);
    const perEur: Record<string, number> = {};
    header.forEach((code, k) => {
      if (k === 0 || !/^[A-Z]{3}$/.test(code) || c[k] === undefined || c[k] === "" || c[k] === "N/A") return;
      const value = Number(c[k]);
      if (!(value > 0)) throw new Error(`line ${i + 2}: ${code} is not a positive number: ${c[k]}`);
      perEur[code] = value;
    });
    return { date: c[0], perEur };
  });
}

/**
 * Reads exchange rates from a CSV: the ECB Data Portal's download of the EXR
 * series (columns CURRENCY, CURRENCY_DENOM, TIME_PERIOD, OBS_VALUE; only rates
 * against the euro are taken), the ECB's daily history file eurofxref-hist.csv
 * (turned into annual averages of complete years, and monthly ones with
 * `monthly`), or a plain file with columns currency, period, perEur. Periods are
 * YYYY or YYYY-MM; anything else is refused with its line.
 */
export function parseRateCsv(text: string, options: { monthly?: boolean } = {}): ParsedRate[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  if (lines.length < 2) throw new Error("the file has no rates: expected a header line and one line per rate");
  const header = cells(lines[0]).map((h) => h.toUpperCase());
  if (header[0] === "DATE" && !header.includes("CURRENCY")) return averagesOfDays(parseDailyCsv(lines), options);
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const [currency, period, value, denom] = [
    col("CURRENCY"),
    col("TIME_PERIOD", "PERIOD"),
    col("OBS_VALUE", "PEREUR"),
    col("CURRENCY_DENOM"),
  ];
  if (currency < 0 || period < 0 || value < 0) {
    throw new Error(
      "the header needs the columns CURRENCY, TIME_PERIOD and OBS_VALUE (ECB) or currency, period and perEur",
    );
  }
  const rates: ParsedRate[] = [];
  lines.slice(1).forEach((line, i) => {
    const c = cells(line);
    if (denom >= 0 && c[denom] && c[denom].toUpperCase() !== "EUR") return;
    const rate = { currency: c[currency].toUpperCase(), period: c[period], perEur: Number(c[value]) };
    if (c[value] === "" || c[value] === "NaN") return; // a period the ECB has no observation for
    if (!/^[A-Z]{3}$/.test(rate.currency) || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(rate.period) || !(rate.perEur > 0)) {
      throw new Error(`line ${i + 2} is not a rate (currency, YYYY or YYYY-MM, a positive number): ${line}`);
    }
    rates.push(rate);
  });
  return rates;
}

const sortedPeriods = <T>(periods: Record<string, T>) =>
  Object.fromEntries(Object.entries(periods).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The table with these rates added, replacing the same currency and period; with
 * a source, each merged figure is marked as coming from it.
 */
export function mergeRates(
  table: RateTable,
  rates: ParsedRate[],
  source?: { id: string } & RateSource,
): { table: RateTable; added: number; changed: number } {
  const perEur: RateTable["perEur"] = Object.fromEntries(Object.entries(table.perEur).map(([k, v]) => [k, { ...v }]));
  const figureSources: NonNullable<RateTable["figureSources"]> = Object.fromEntries(
    Object.entries(table.figureSources ?? {}).map(([k, v]) => [k, { ...v }]),
  );
  let added = 0;
  let changed = 0;
  for (const r of rates) {
    const periods = (perEur[r.currency] ??= {});
    if (periods[r.period] === undefined) added++;
    else if (periods[r.period] !== r.perEur) changed++;
    periods[r.period] = r.perEur;
    if (source) (figureSources[r.currency] ??= {})[r.period] = source.id;
  }
  for (const code of Object.keys(perEur)) perEur[code] = sortedPeriods(perEur[code]);
  for (const code of Object.keys(figureSources)) figureSources[code] = sortedPeriods(figureSources[code]);
  const newest = rates
    .map((r) => r.period)
    .sort()
    .at(-1);
  const sources = source
    ? { ...table.sources, [source.id]: { name: source.name, url: source.url, via: source.via } }
    : table.sources;
  return {
    table: { ...table, perEur, figureSources, sources, asOf: newest && newest > table.asOf ? newest : table.asOf },
    added,
    changed,
  };
}
