import {
  DEAL_QUERY_KEYS,
  DEFAULT_DISPLAY_CURRENCY,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  type DealQuery,
} from "../schemas/deal-query";

type Patch = Partial<DealQuery>;

/** The query as URL parameters, leaving out defaults so links stay short and canonical. */
export function toSearchParams(query: DealQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of DEAL_QUERY_KEYS) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (key === "sort" && value === DEFAULT_SORT) continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === DEFAULT_PAGE_SIZE) continue;
    if (key === "displayCurrency" && value === DEFAULT_DISPLAY_CURRENCY) continue;
    if (Array.isArray(value)) for (const v of value) out.append(key, String(v));
    else out.set(key, String(value));
  }
  return out;
}

/** A link to the same view with some parameters changed; any filter change goes back to page 1. */
export function hrefWith(base: string, query: DealQuery, patch: Patch): string {
  const isPaging = Object.keys(patch).every((k) => k === "page");
  const next = { ...query, ...(isPaging ? {} : { page: 1 }), ...patch } as DealQuery;
  const search = toSearchParams(next).toString();
  return search ? `${base}?${search}` : base;
}

type ListKey = "targetCountry" | "investor" | "investorCountry" | "status" | "kind" | "facility" | "review";

/** Adds a value to a repeatable filter, or takes it out when it is already there (facet clicks). */
export function toggled(query: DealQuery, key: ListKey, value: string): Patch {
  const current = query[key] as string[];
  return { [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] } as Patch;
}

export function isSelected(query: DealQuery, key: ListKey, value: string): boolean {
  return (query[key] as string[]).includes(value);
}
