import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

// The library's English names are the formal ones; analysts read the short ones.
const SHORT_NAMES: Record<string, string> = {
  TR: "Türkiye",
  RU: "Russia",
  US: "United States",
  GB: "United Kingdom",
  KR: "South Korea",
  KP: "North Korea",
  IR: "Iran",
  SY: "Syria",
  VN: "Vietnam",
  LA: "Laos",
  BO: "Bolivia",
  VE: "Venezuela",
  TZ: "Tanzania",
  MD: "Moldova",
  TW: "Taiwan",
  CD: "DR Congo",
  CZ: "Czechia",
  CN: "China",
  CG: "Congo",
  GM: "Gambia",
  VA: "Vatican City",
  FM: "Micronesia",
  MK: "North Macedonia",
  PS: "Palestine",
  VG: "British Virgin Islands",
  VI: "US Virgin Islands",
  FK: "Falkland Islands",
};

/** "TR" → "Türkiye": the English short name; unknown codes come back as they are. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  return SHORT_NAMES[code] ?? countries.getName(code, "en") ?? code;
}

/** "USD 2 bn", "EUR 500 m": compact, with the currency code analysts expect. */
export function formatAmount(amount: number | null, currency: string | null): string {
  if (amount === null) return "—";
  const n = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(amount);
  return currency ? `${currency} ${n}` : n;
}

export function formatExactAmount(amount: number | null, currency: string | null): string {
  if (amount === null) return "no amount given";
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(amount)}${currency ? ` ${currency}` : ""}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Shows a partial date at its own precision: "2023", "Sep 2023", "8 Sep 2023". */
export function formatPartialDate(date: string | null): string {
  if (!date) return "—";
  const [y, m, d] = date.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function labelOf(value: string): string {
  return value.replace(/_/g, " ");
}

const MONEY = {
  USD: new Intl.NumberFormat("en", {
    style: "currency",
    currency: "USD",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }),
  EUR: new Intl.NumberFormat("en", {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }),
};

/** A converted figure in the display currency: "$2.6B", "€480M"; "—" when there is none. */
export function formatMoney(amount: number | null, currency: "USD" | "EUR"): string {
  return amount === null ? "—" : MONEY[currency].format(amount);
}

/** "2023 average", "Jun 2023 average": the period a rate is the average of. */
export function formatRatePeriod(period: string): string {
  return `${formatPartialDate(period)} average`;
}

/** A rate with enough digits to be checked against the source: 381.85, 0.92388, 1.0824. */
export function formatRate(rate: number): string {
  return new Intl.NumberFormat("en", { maximumSignificantDigits: 6 }).format(rate);
}
