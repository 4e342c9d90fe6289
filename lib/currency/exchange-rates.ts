import RATES from "./rates.json";

/** Where a figure comes from: a publisher's data and the way the project obtained it. */
export type RateSource = { name: string; url: string; via: string };

/** Units of a currency per 1 euro, by period: "YYYY" (annual average) or "YYYY-MM" (monthly). */
export type RateTable = {
  source: string;
  sourceUrl: string;
  asOf: string;
  perEur: Record<string, Record<string, number>>;
  /** the sources named in figureSources */
  sources?: Record<string, RateSource>;
  /** each figure's source id, by currency and period (lib/currency/rates-audit.csv says what it was checked against) */
  figureSources?: Record<string, Record<string, string>>;
  pegs: { perUsd: Record<string, { rate: number; source: string }> };
};

/** The rates the project ships (lib/currency/rates.json, built by scripts/build-shipped-rates.ts, refreshed by `npm run rates:update`). */
export const SHIPPED_RATES = RATES as unknown as RateTable;

/** How a source is named beside a converted figure. */
const SHORT_NAMES: Record<string, string> = {
  ecb: "ECB",
  fixed: "ECB",
  "ecb-file": "ECB",
  imf: "IMF",
  fred: "Federal Reserve H.10",
  oecd: "OECD",
  ifs: "IMF, estimated from month-end rates",
  "rates-file": "own rates file",
};

/**
 * The publishers behind the rate of a currency in a period, as shown beside a
 * converted figure: "ECB", or e.g. "IMF; EUR/USD IMF" where the currency's rate
 * and the euro-dollar rate come from different places. Pegged currencies are
 * converted through the period's EUR/USD rate.
 */
export function sourcesOf(currency: string, period: string, table: RateTable = SHIPPED_RATES): string {
  const short = (code: string) => {
    const id = table.figureSources?.[code]?.[period];
    return id ? (SHORT_NAMES[id] ?? id) : "unnamed source";
  };
  const code = currency.toUpperCase();
  const usd = short("USD");
  if (code === "USD" || code === "EUR" || table.pegs.perUsd[code]) return usd;
  const own = short(code);
  return own === usd ? own : `${own}; EUR/USD ${usd}`;
}

/** A converted amount: both equivalents, and the period whose rate was used. */
export type Conversion = { amountUsd: number; amountEur: number; period: string };

/** The rate of one currency in one period, as people read it: units of the currency per US dollar and per euro. */
export type RateQuote = { currency: string; period: string; perUsd: number; perEur: number };

const roundCents = (n: number) => Math.round(n * 100) / 100;

function perEurOf(table: RateTable, currency: string, period: string): number | undefined {
  if (currency === "EUR") return table.perEur.USD?.[period] === undefined ? undefined : 1;
  const peg = table.pegs.perUsd[currency];
  if (peg) {
    const usd = table.perEur.USD?.[period];
    return usd === undefined ? undefined : peg.rate * usd;
  }
  return table.perEur[currency]?.[period];
}

/** Every period with a EUR/USD rate, oldest first: the periods any conversion can use. */
function periodsOf(table: RateTable): string[] {
  return Object.keys(table.perEur.USD ?? {}).sort();
}

/**
 * The periods to try for a date, best first: its month, its year, then the latest
 * earlier period (a deal announced after the newest published average takes that
 * one, and says so by its period). A date before every period has no rate: an old
 * rate is not stretched backwards. An undated deal takes the newest period.
 */
export function candidatePeriods(date: string | null, periods: string[]): string[] {
  const newestFirst = [...periods].reverse();
  if (!date) return newestFirst;
  const year = date.slice(0, 4);
  const month = date.length >= 7 ? date.slice(0, 7) : null;
  // periods up to the date: for a month, its year's average and earlier months;
  // for a year ("~" sorts after every digit and "-"), each of its months too
  const bound = month ?? `${year}~`;
  return [...new Set([...(month ? [month] : []), year, ...newestFirst.filter((p) => p <= bound)])];
}

/** The rate used for a currency at a date, or null when the table has none that fits. */
export function rateFor(currency: string, date: string | null, table: RateTable = SHIPPED_RATES): RateQuote | null {
  const code = currency.toUpperCase();
  for (const period of candidatePeriods(date, periodsOf(table))) {
    const perEur = perEurOf(table, code, period);
    const usdPerEur = table.perEur.USD?.[period];
    if (perEur !== undefined && usdPerEur !== undefined)
      return { currency: code, period, perEur, perUsd: perEur / usdPerEur };
  }
  return null;
}

/** The quote for a stored conversion's period (to show beside a converted figure). */
export function quoteFor(currency: string, period: string, table: RateTable = SHIPPED_RATES): RateQuote | null {
  const perEur = perEurOf(table, currency.toUpperCase(), period);
  const usdPerEur = table.perEur.USD?.[period];
  return perEur === undefined || usdPerEur === undefined
    ? null
    : { currency: currency.toUpperCase(), period, perEur, perUsd: perEur / usdPerEur };
}

/**
 * An amount in US dollars and euros at the average rate of its announcement date's
 * month or year, rounded to cents; null without an amount, a currency or a rate.
 */
export function convertAmount(
  amount: number | null,
  currency: string | null,
  date: string | null,
  table: RateTable = SHIPPED_RATES,
): Conversion | null {
  if (amount === null || !currency || !Number.isFinite(amount)) return null;
  const rate = rateFor(currency, date, table);
  if (!rate) return null;
  return {
    amountUsd: roundCents(amount / rate.perUsd),
    amountEur: roundCents(amount / rate.perEur),
    period: rate.period,
  };
}

/** The Deal columns that hold the converted amount, for every write of a deal's amount. */
export function conversionColumns(
  amount: number | null,
  currency: string | null,
  date: string | null,
  table: RateTable = SHIPPED_RATES,
) {
  const c = convertAmount(amount, currency, date, table);
  return { amountUsd: c?.amountUsd ?? null, amountEur: c?.amountEur ?? null, fxPeriod: c?.period ?? null };
}
