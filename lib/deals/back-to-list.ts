import { paramsOf, parseDealQuery } from "../schemas/deal-query";
import { toSearchParams } from "./query-url";

/**
 * The list a deal was opened from, as a /deals link: the `list` parameter holds
 * that view's query string. It is parsed by the deal query schema and written out
 * again, so only a valid /deals view comes back (never another address); anything
 * else falls back to the plain list.
 */
export function backToListHref(list: string | string[] | undefined): string {
  const search = listQueryOf(list);
  return search ? `/deals?${search}` : "/deals";
}

/** The `list` parameter checked and written canonically ("" for none or an invalid one), to pass on to the next page. */
export function listQueryOf(list: string | string[] | undefined): string {
  const raw = Array.isArray(list) ? list[0] : list;
  if (!raw || raw.length > 4000) return "";
  const parsed = parseDealQuery(paramsOf(new URLSearchParams(raw)));
  return parsed.ok ? toSearchParams(parsed.query).toString() : "";
}

/** `?list=…` (or "") that carries the list a deal was opened from to the next page. */
export function listParam(list: string, first: "?" | "&" = "?"): string {
  return list ? `${first}list=${encodeURIComponent(list)}` : "";
}
