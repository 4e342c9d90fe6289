import type { DealFilter } from "../schemas/deal-query";
import { dataVersion } from "./read-connection";

// Facet counts and totals over a million deals take a full index scan; they only
// change when the data does. Entries are keyed on the filter and dropped as soon
// as SQLite's data_version says another connection committed.
const MAX_ENTRIES = 500;
const globalForCache = globalThis as unknown as { aggregateCache?: { version: number; entries: Map<string, unknown> } };

function store(): Map<string, unknown> {
  const version = dataVersion();
  const current = globalForCache.aggregateCache;
  if (current && current.version === version) return current.entries;
  const entries = new Map<string, unknown>();
  globalForCache.aggregateCache = { version, entries };
  return entries;
}

/** A stable key: the same filter written in another order is the same entry. */
export function filterKey(filter: DealFilter): string {
  const sorted = Object.entries(filter)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(sorted);
}

export function cachedAggregate<T>(kind: string, filter: DealFilter, compute: () => T): T {
  const entries = store();
  const key = `${kind}:${filterKey(filter)}`;
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    // refresh its place: the map's order is the eviction order
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = compute();
  entries.set(key, value);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

/** A cached value, if there is one for this data version; never computes. */
export function peekAggregate<T>(kind: string, filter: DealFilter): T | undefined {
  return store().get(`${kind}:${filterKey(filter)}`) as T | undefined;
}
