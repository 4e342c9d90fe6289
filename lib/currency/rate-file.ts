import type { RateTable } from "./exchange-rates";

export type ParsedRate = { currency: string; period: string; perEur: number };

// A CSV line: commas outside double quotes separate cells.
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (isQuoted && line[i + 1] === '"') { cell += '"'; i++; } else isQuoted = !isQuoted;
    } else if (ch === "," && !isQuoted) { out.push(cell); cell = ""; } else cell += ch;
  }
  out.push(cell);
  return out.map((c) => c.trim());
}

/**
 * Reads exchange rates from a CSV: the ECB Data Portal's download of the EXR
 * series (columns CURRENCY, CURRENCY_DENOM, TIME_PERIOD, OBS_VALUE; only rates
 * against the euro are taken) or a plain file with columns currency, period,
 * perEur. Periods are YYYY or YYYY-MM; anything else is refused with its line.
 */
export function parseRateCsv(text: string): ParsedRate[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) throw new Error("the file has no rates: expected a header line and one line per rate");
  const header = cells(lines[0]).map((h) => h.toUpperCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const [currency, period, value, denom] = [col("CURRENCY"), col("TIME_PERIOD", "PERIOD"), col("OBS_VALUE", "PEREUR"), col("CURRENCY_DENOM")];
  if (currency < 0 || period < 0 || value < 0) {
    throw new Error("the header needs the columns CURRENCY, TIME_PERIOD and OBS_VALUE (ECB) or currency, period and perEur");
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

/** The table with these rates added, replacing the same currency and period. */
export function mergeRates(table: RateTable, rates: ParsedRate[]): { table: RateTable; added: number; changed: number } {
  const perEur: RateTable["perEur"] = Object.fromEntries(Object.entries(table.perEur).map(([k, v]) => [k, { ...v }]));
  let added = 0;
  let changed = 0;
  for (const r of rates) {
    const periods = (perEur[r.currency] ??= {});
    if (periods[r.period] === undefined) added++;
    else if (periods[r.period] !== r.perEur) changed++;
    periods[r.period] = r.perEur;
  }
  for (const [code, periods] of Object.entries(perEur)) {
    perEur[code] = Object.fromEntries(Object.entries(periods).sort(([a], [b]) => a.localeCompare(b)));
  }
  const newest = rates.map((r) => r.period).sort().at(-1);
  return { table: { ...table, perEur, asOf: newest && newest > table.asOf ? newest : table.asOf }, added, changed };
}
