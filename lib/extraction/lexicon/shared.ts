/**
 * Tokens that belong to no language: codes, tickers, units, news agencies, legal forms of other countries,
 * acronyms of state bodies. Language words live in the per-language files (de.ts, en.ts, …).
 */

/** Capitalized tokens that are never an investor: agencies, indices, units, codes (folded). */
export const NEUTRAL_NOT_ORG_WORDS = [
  "ft", "ap", "afp", "dpa", "reuters", "bloomberg", "xinhua", "pa", "rt", "trt", "sawya", "wams", "upday", "usd", "eur",
  "nse", "bse", "nyse", "nasdaq", "dax", "mdax", "m-dax", "ftse", "uno",
  // technical and economic abbreviations, written in capitals in every language ("LED", "GPU", "IFRS", Turkish VAT "KDV")
  "led", "lcd", "oled", "pvc", "gpu", "gpus", "cpu", "ict", "ifrs", "gdp", "vat", "kdv", "pib", "bip", "iva", "tva", "ebitda",
  "ebit", "esg", "co2", "lng", "lpg", "gnl", "hvac", "erp", "crm", "saas", "iot", "fdi", "ide", "capex", "opex", "pnrr",
];

/** Legal forms of countries without a lexicon here, and firm-name endings seen in real names (folded). */
export const NEUTRAL_ORG_SUFFIXES = ["a/s", "as", "aps", "ab", "asa", "oyj", "nv", "bv", "cargobull", "trailercompany"];

/** Acronyms of state bodies and programmes (folded). */
export const NEUTRAL_STATE_BODIES = [
  "mimit", "caie", "sedeco", "peza", "boi", "ipo",
  // market and competition regulators
  "consob", "cnmv", "bafin", "finma", "knf", "spk", "cvm", "cmvm", "afm", "esma", "uokik", "bddk", "epdk", "cnbv", "sebi", "cnmc", "agcm",
];

/**
 * A language's forms written by country → form → country: `{ CL: "chilien chilienne" }` (one-word forms, space-separated)
 * or `{ CI: ["cote d'ivoire", "costa do marfim"] }` (names of several words).
 */
export function byCountry(forms: Record<string, string | readonly string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, words] of Object.entries(forms))
    for (const w of typeof words === "string" ? words.split(" ") : words) if (w) out[w] = code;
  return out;
}
