/** Amount words over every language's lexicon: number, scale and currency words; symbols and codes are language-neutral. */
import { lexiconFor, unionList, unionMap, unionSource } from "./all";

/** Number words (folded) → value, all languages. */
export const NUMBER_WORDS: Record<string, number> = unionMap<number>("numberWords");

/** Scale words (folded, without trailing dot) → factor, all languages; English values win ("billion" = 10^9). */
export const SCALE_WORDS: Record<string, number> = unionMap<number>("scaleWords");

/** "two and a half billion", "dos y medio", "iki buçuk": half a unit after a number word or figure (folded), all languages. */
export const AND_A_HALF = unionList("andAHalfWords");
/** "or", "that is" between two figures of one sum (regex sources) */
export const SAME_SUM_WORDS = unionList("sameSumWords");

/** Scale abbreviations that may touch the digits ("5bn"), all languages. */
export const SHORT_SCALE_WORDS = unionList("shortScaleWords");
/** Scale words written as abbreviations with a dot ("Mio.", "mld."): the dot is part of the amount. */
export const ABBREVIATED_SCALES = unionList("abbreviations").filter((w) => w in SCALE_WORDS);
/** "about", "rund", "ca." before an amount (regex source). */
export const APPROXIMATE_SOURCE = unionSource("approximateWords");

/** "per cent" in every language (regex source, accent tolerant). */
export const PERCENT_SOURCE = unionSource("percentWords");

/** A scale word's factor in the article's language ("Billion" is 10^12 in German), else the union's. */
export function scaleOf(word: string, lang: string | null): number | undefined {
  return lexiconFor(lang)?.scaleWords[word] ?? SCALE_WORDS[word];
}

/** Currency symbols and prefixes as written (case-sensitive) -> ISO code. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  "US$": "USD", "U.S.$": "USD", "US $": "USD", "USD": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
  "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "N$": "NAD", "R$": "BRL", "€": "EUR",
  "£": "GBP", "¥": "JPY", "₹": "INR", "₺": "TRY", "₱": "PHP", "₩": "KRW", "Rs": "INR", "Rs.": "INR", "RM": "MYR",
  "Rp": "IDR", "EUR": "EUR", "GBP": "GBP", "BRL": "BRL", "INR": "INR", "CNY": "CNY", "RMB": "CNY", "JPY": "JPY",
  "CHF": "CHF", "TRY": "TRY", "RUB": "RUB", "PHP": "PHP", "MXN": "MXN", "COP": "COP", "CLP": "CLP", "ARS": "ARS",
  "AUD": "AUD", "CAD": "CAD", "KRW": "KRW", "ZAR": "ZAR", "PLN": "PLN", "HUF": "HUF", "CZK": "CZK", "SEK": "SEK",
  "NOK": "NOK", "DKK": "DKK", "AED": "AED", "SAR": "SAR", "QAR": "QAR", "EGP": "EGP", "PKR": "PKR", "IDR": "IDR",
  "VND": "VND", "THB": "THB", "NGN": "NGN", "MYR": "MYR", "SGD": "SGD", "HKD": "HKD", "NZD": "NZD", "KES": "KES",
  "P": "PHP", "R": "ZAR", "TL": "TRY", "Dhs": "AED", "SR": "SAR", "DT": "TND",
  // Argentina and Bolivia write the US dollar "u$s" and "$us"
  "u$s": "USD", "U$S": "USD", "$us": "USD", "U$D": "USD",
};

/** Currency words after the number (folded) → ISO code, all languages. "PESO" is resolved by the target country. */
export const CURRENCY_WORDS: Record<string, string> = unionMap<string>("currencyWords");

/** Currency names several countries share ("dirham" is MAD in Morocco, AED in the Emirates): by target country, with a fallback. */
export const SHARED_CURRENCY_NAMES: Record<string, { byCountry: Record<string, string>; fallback: string | null }> = {
  DIRHAM: { byCountry: { MA: "MAD", AE: "AED" }, fallback: "AED" },
  RIYAL: { byCountry: { SA: "SAR", QA: "QAR", OM: "OMR", IR: "IRR", YE: "YER" }, fallback: "SAR" },
  // the CFA franc: West Africa's (XOF) or Central Africa's (XAF)
  CFA: {
    byCountry: { BJ: "XOF", BF: "XOF", CI: "XOF", GW: "XOF", ML: "XOF", NE: "XOF", SN: "XOF", TG: "XOF", CM: "XAF", CF: "XAF", TD: "XAF", CG: "XAF", GQ: "XAF", GA: "XAF" },
    fallback: "XOF",
  },
  FRANC: {
    byCountry: { CH: "CHF", LI: "CHF", BJ: "XOF", BF: "XOF", CI: "XOF", GW: "XOF", ML: "XOF", NE: "XOF", SN: "XOF", TG: "XOF", CM: "XAF", CF: "XAF", TD: "XAF", CG: "XAF", GQ: "XAF", GA: "XAF", GN: "GNF", RW: "RWF", BI: "BIF", DJ: "DJF", KM: "KMF", MG: "MGA", CD: "CDF" },
    fallback: "CHF",
  },
  // Czech, Swedish, Danish, Norwegian and Icelandic crowns
  KRONE: { byCountry: { CZ: "CZK", SE: "SEK", DK: "DKK", NO: "NOK", IS: "ISK", GL: "DKK", FO: "DKK" }, fallback: null },
  DINAR: { byCountry: { DZ: "DZD", TN: "TND", KW: "KWD", BH: "BHD", JO: "JOD", RS: "RSD", IQ: "IQD", LY: "LYD", MK: "MKD" }, fallback: null },
};

/** Currency of countries whose money is called "peso" or written with "$". */
/** The currency a country's own press counts in: a bare amount ("meer dan een half miljard investeren in de site in
 * Antwerpen") in an article that names no currency at all is in the target country's money. */
export const COUNTRY_CURRENCY: Record<string, string> = {
  AT: "EUR", BE: "EUR", CY: "EUR", DE: "EUR", EE: "EUR", ES: "EUR", FI: "EUR", FR: "EUR", GR: "EUR", HR: "EUR",
  IE: "EUR", IT: "EUR", LT: "EUR", LU: "EUR", LV: "EUR", MT: "EUR", NL: "EUR", PT: "EUR", SK: "EUR", SI: "EUR",
  ME: "EUR", XK: "EUR", AD: "EUR", MC: "EUR", SM: "EUR",
  GB: "GBP", CH: "CHF", PL: "PLN", TR: "TRY", CZ: "CZK", HU: "HUF", RO: "RON", BG: "BGN", SE: "SEK", NO: "NOK",
  DK: "DKK", RS: "RSD", UA: "UAH", RU: "RUB", US: "USD", BR: "BRL", IN: "INR", CN: "CNY", JP: "JPY", KR: "KRW",
  ZA: "ZAR", MA: "MAD", DZ: "DZD", TN: "TND", EG: "EGP", NG: "NGN", KE: "KES", AO: "AOA", MZ: "MZN",
  SN: "XOF", CI: "XOF", BJ: "XOF", BF: "XOF", ML: "XOF", NE: "XOF", TG: "XOF", GW: "XOF",
  CM: "XAF", GA: "XAF", CG: "XAF", TD: "XAF", CF: "XAF", GQ: "XAF",
  PE: "PEN", VN: "VND", ID: "IDR", TH: "THB", MY: "MYR", SA: "SAR", AE: "AED", QA: "QAR", IL: "ILS",
};

export const LOCAL_DOLLAR_OR_PESO: Record<string, string> = {
  MX: "MXN", CO: "COP", CL: "CLP", AR: "ARS", PH: "PHP", UY: "UYU", DO: "DOP", CU: "CUP",
  AU: "AUD", CA: "CAD", NZ: "NZD", HK: "HKD", SG: "SGD", TW: "TWD", NA: "NAD",
};
