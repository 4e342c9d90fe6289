import { countryName, formatPartialDate, labelOf } from "../format";
import { parseSort, type DealQuery, type SortColumn } from "../schemas/deal-query";

const SORT_WORDS: Record<SortColumn, [asc: string, desc: string]> = {
  announcedOn: ["earliest first", "latest first"],
  amountUsd: ["smallest first", "largest first"],
  amount: ["smallest in its own currency first", "largest in its own currency first"],
  investor: ["by investor A–Z", "by investor Z–A"],
  targetCountry: ["by target country A–Z", "by target country Z–A"],
  investorCountry: ["by investor country A–Z", "by investor country Z–A"],
  status: ["by status A–Z", "by status Z–A"],
  kind: ["by kind A–Z", "by kind Z–A"],
  reviewState: ["by review state A–Z", "by review state Z–A"],
  confidence: ["least confident first", "most confident first"],
  sourceCount: ["fewest sources first", "most sources first"],
  id: ["oldest record first", "newest record first"],
};

function orList(values: string[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

function amountPhrase(min?: number, max?: number, unit = ""): string | null {
  const n = (v: number) =>
    `${unit}${new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 }).format(v)}`;
  if (min !== undefined && max !== undefined) return `amount ${n(min)}–${n(max)}`;
  if (min !== undefined) return `amount at least ${n(min)}`;
  if (max !== undefined) return `amount at most ${n(max)}`;
  return null;
}

function datePhrase(from?: string, to?: string): string | null {
  if (from && to)
    return from === to
      ? `in ${formatPartialDate(from)}`
      : `from ${formatPartialDate(from)} to ${formatPartialDate(to)}`;
  if (from) return `since ${formatPartialDate(from)}`;
  if (to) return `until ${formatPartialDate(to)}`;
  return null;
}

/**
 * The current view in one plain sentence, as Datasette does:
 * "142 deals into Türkiye since 2020, announced, largest first".
 */
export function describeQuery(query: DealQuery, total: number): string {
  const head = [`${total.toLocaleString("en")} ${total === 1 ? "deal" : "deals"}`];
  if (query.targetCountry.length) head.push(`into ${orList(query.targetCountry.map(countryName))}`);
  if (query.investor.length) head.push(`by ${orList(query.investor)}`);
  if (query.investorCountry.length) head.push(`from investors in ${orList(query.investorCountry.map(countryName))}`);
  const date = datePhrase(query.from, query.to);
  if (date) head.push(date);
  const parts = [head.join(" ")];
  if (query.q) parts.push(`matching “${query.q}”`);
  if (query.status.length) parts.push(orList(query.status));
  if (query.kind.length) parts.push(orList(query.kind.map(labelOf)));
  if (query.facility.length) parts.push(`with a ${orList(query.facility.map(labelOf))}`);
  if (query.review.length) parts.push(orList(query.review));
  if (query.sourcesMin !== undefined && query.sourcesMin > 1)
    parts.push(`reported by ${query.sourcesMin} or more articles`);
  if (query.confidenceMin !== undefined) parts.push(`extracted with ${query.confidenceMin} % confidence or more`);
  const amount = amountPhrase(query.amountMin, query.amountMax);
  if (amount) parts.push(`${amount} in its own currency`);
  const amountUsd = amountPhrase(query.amountUsdMin, query.amountUsdMax, "US$");
  if (amountUsd) parts.push(amountUsd);
  const { column, isDescending } = parseSort(query.sort);
  parts.push(SORT_WORDS[column][isDescending ? 1 : 0]);
  return parts.join(", ");
}
