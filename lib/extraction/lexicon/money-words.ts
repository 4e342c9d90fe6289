/** Word tables for amounts: number words, scale words and currency words per language (folded forms). */

export const NUMBER_WORDS: Record<string, number> = {
  // en
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, half: 0.5,
  // de
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, hundert: 100,
  halbe: 0.5, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5, funfeinhalb: 5.5,
  "half a": 0.5, "a quarter of a": 0.25, "a quarter": 0.25, "three quarters of a": 0.75, "eine viertel": 0.25, "dreiviertel": 0.75,
  // es / it / fr
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  veinte: 20, cien: 100, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  venti: 20, cento: 100, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  vingt: 20, cent: 100, mil: 1000,
  // tr
  bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yuz: 100,
};

/** "two and a half billion", "dos y medio", "iki buçuk": half a unit after a number word or figure (folded). */
export const AND_A_HALF = ["and a half", "und ein halb", "y medio", "y media", "et demi", "et demie", "e mezzo", "e meio", "e meia", "bucuk", "en een half", "i pol"];

/** Scale words (folded, without trailing dot). "billion" depends on language, see LONG_SCALE_LANGS. */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, tausend: 1e3, tsd: 1e3, mille: 1e3, mila: 1e3, bin: 1e3, mil: 1e3,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mio: 1e6, millionen: 1e6, millones: 1e6, millon: 1e6,
  milioni: 1e6, milione: 1e6, milyon: 1e6, mill: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, bln: 1e9, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
  milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mld: 1e9, miliardi: 1e9, miliardo: 1e9, milyar: 1e9,
  "mil millones": 1e9, "mil millon": 1e9,
  trillion: 1e12, trillions: 1e12, trn: 1e12, tn: 1e12, billionen: 1e12, billones: 1e12, billon: 1e12,
  crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5,
};

/** Languages where "billion" means 10^12. */
export const LONG_SCALE_LANGS = new Set(["de", "fr", "es", "it", "nl"]);

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
  "P": "PHP", "TL": "TRY", "Dhs": "AED", "SR": "SAR",
};

/** Currency words after the number (folded) -> ISO code. "PESO" is resolved by the target country. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", "us-dollar": "USD", "us dollar": "USD", "us-dollars": "USD", "us dollars": "USD",
  dolares: "USD", dollari: "USD", dollaro: "USD", dolar: "USD", "dolar americano": "USD",
  dolarlik: "USD", "dolar'lik": "USD", euroluk: "EUR", "euro'luk": "EUR", liralik: "TRY", sterlinlik: "GBP",
  "australian dollars": "AUD", "australische dollar": "AUD", "canadian dollars": "CAD", "kanadische dollar": "CAD",
  "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
  euro: "EUR", euros: "EUR", eur: "EUR",
  pfund: "GBP", pound: "GBP", pounds: "GBP", sterling: "GBP", "pounds sterling": "GBP", "britische pfund": "GBP",
  libras: "GBP", sterline: "GBP", "livres sterling": "GBP",
  reais: "BRL", real: "BRL", reales: "BRL",
  rupee: "INR", rupees: "INR", rupien: "INR", rupias: "INR",
  yuan: "CNY", renminbi: "CNY", rmb: "CNY", yen: "JPY", won: "KRW", ringgit: "MYR", rand: "ZAR",
  franken: "CHF", "schweizer franken": "CHF", "swiss francs": "CHF", "francs suisses": "CHF",
  lira: "TRY", "turkish lira": "TRY", "turkische lira": "TRY", "turk lirasi": "TRY", "tl": "TRY", lire: "TRY",
  rubel: "RUB", rubles: "RUB", roubles: "RUB", rublos: "RUB", rubli: "RUB",
  peso: "PESO", pesos: "PESO", zloty: "PLN", forint: "HUF", dirham: "DIRHAM", dirhams: "DIRHAM", dirhems: "DIRHAM", riyal: "RIYAL",
  riyals: "RIYAL", rial: "RIYAL", rials: "RIYAL", dinar: "DINAR", dinars: "DINAR", dinares: "DINAR", rupiah: "IDR", baht: "THB", naira: "NGN", dong: "VND", kronor: "SEK", kroner: "NOK",
  "egyptian pounds": "EGP", "agyptische pfund": "EGP", shillings: "KES",
};

/** Currency names several countries share ("dirham" is MAD in Morocco, AED in the Emirates): by target country, with a fallback. */
export const SHARED_CURRENCY_NAMES: Record<string, { byCountry: Record<string, string>; fallback: string | null }> = {
  DIRHAM: { byCountry: { MA: "MAD", AE: "AED" }, fallback: "AED" },
  RIYAL: { byCountry: { SA: "SAR", QA: "QAR", OM: "OMR", IR: "IRR", YE: "YER" }, fallback: "SAR" },
  DINAR: { byCountry: { DZ: "DZD", TN: "TND", KW: "KWD", BH: "BHD", JO: "JOD", RS: "RSD", IQ: "IQD", LY: "LYD", MK: "MKD" }, fallback: null },
};

/** Currency of countries whose money is called "peso" or written with "$". */
export const LOCAL_DOLLAR_OR_PESO: Record<string, string> = {
  MX: "MXN", CO: "COP", CL: "CLP", AR: "ARS", PH: "PHP", UY: "UYU", DO: "DOP", CU: "CUP",
  AU: "AUD", CA: "CAD", NZ: "NZD", HK: "HKD", SG: "SGD", TW: "TWD", NA: "NAD",
};
