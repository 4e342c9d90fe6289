import type { DealFilter } from "../schemas/deal-query";
import { readStore } from "./read-store";

const dataVersion = () => readStore().changeVersion();

// Facet counts and totals over a million deals take a full index scan; they only
// change when the data does. Entries are keyed on the filter and dropped as soon
// as the change counter (SQLite's data_version, PostgreSQL's change_counter) moves.
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

// ---- off-thread aggregates, fresh when they are quick, else the last value at once ----

/** An aggregate and whether it predates the latest commit (being recomputed meanwhile). */
export type Fresh<T> = { value: T; isStale: boolean };

type Computed = { version: number; value: unknown; ms: number; startedAt: number };
type AsyncStore = { done: Map<string, Computed>; running: Map<string, Promise<Computed>> };
const globalForAsync = globalThis as unknown as { asyncAggregates?: AsyncStore };
// How long a request waits for a recomputation when it has an older value to show.
// A quick aggregate (a small database, a narrow filter) is always waited for, so it
// is never stale; a slow one (a full scan at a million deals) is not: the request
// shows the previous figures, says so, and the next request gets the new ones.
const QUICK_MS = 250;
const WAIT_FOR_QUICK_MS = 5_000;
const WAIT_FOR_SLOW_MS = 40;
// A slow aggregate is redone at most this often (or 4× its own time, if longer):
// during a bulk import the data changes many times a second, and redoing every
// reader's scans on every commit kept the scan worker busy and the readers waiting.
export const REFRESH_EVERY_MS = 5_000;

function asyncStore(): AsyncStore {
  return (globalForAsync.asyncAggregates ??= { done: new Map(), running: new Map() });
}

/** Whether an aggregate is computed for the first time (readers wait for it) or redone (it may wait for them). */
export type ComputeKind = { isRefresh: boolean };

function start(
  store: AsyncStore,
  key: string,
  version: number,
  compute: (kind: ComputeKind) => Promise<unknown>,
  kind: ComputeKind,
): Promise<Computed> {
  const running = store.running.get(key);
  // one computation per key at a time: during a bulk import each commit moves the
  // version, and the worker would otherwise queue one full scan per commit
  if (running) return running;
  const startedAt = Date.now();
  const started = performance.now();
  const promise = compute(kind)
    .then((value) => {
      const computed = { version, value, ms: performance.now() - started, startedAt };
      store.done.delete(key);
      store.done.set(key, computed);
      if (store.done.size > MAX_ENTRIES) store.done.delete(store.done.keys().next().value as string);
      return computed;
    })
    .finally(() => store.running.delete(key));
  store.running.set(key, promise);
  return promise;
}

const timeout = (ms: number) => new Promise<null>((resolve) => setTimeout(resolve, ms));

/** The value computed for the current data version, if there is one; never computes. */
export function peekFreshAggregate<T>(kind: string, filter: DealFilter): T | undefined {
  const last = asyncStore().done.get(`${kind}:${filterKey(filter)}`);
  return last && last.version === dataVersion() ? (last.value as T) : undefined;
}

/**
 * An aggregate for a filter, computed by `compute` (off the request thread) once per
 * data version. When the data changed since the last value and the recomputation is
 * slow, the last value is answered at once, marked stale; a slow one is redone at
 * most every REFRESH_EVERY_MS, as a refresh that queues behind first computations.
 */
export async function freshAggregate<T>(
  kind: string,
  filter: DealFilter,
  compute: (kind: ComputeKind) => Promise<T>,
): Promise<Fresh<T>> {
  // another instance may have committed: read the shared counter (a no-op on SQLite)
  await readStore().refreshChangeVersion();
  const store = asyncStore();
  const key = `${kind}:${filterKey(filter)}`;
  const version = dataVersion();
  const last = store.done.get(key);
  if (last && last.version === version) return { value: last.value as T, isStale: false };
  if (!last) {
    // nothing to show yet: wait. If a commit came in meanwhile (a bulk import commits
    // every few milliseconds), answer it marked stale rather than scan again
    const computed = await start(store, key, version, compute, { isRefresh: false });
    return { value: computed.value as T, isStale: computed.version !== dataVersion() };
  }
  const isQuick = last.ms < QUICK_MS;
  if (!isQuick && Date.now() - last.startedAt < Math.max(REFRESH_EVERY_MS, 4 * last.ms)) {
    return { value: last.value as T, isStale: true };
  }
  const waitMs = isQuick ? WAIT_FOR_QUICK_MS : WAIT_FOR_SLOW_MS;
  let computing = start(store, key, version, compute, { isRefresh: !isQuick });
  let computed = await Promise.race([computing, timeout(waitMs)]);
  if (computed && computed.version !== version && isQuick) {
    computing = start(store, key, version, compute, { isRefresh: false });
    computed = await Promise.race([computing, timeout(waitMs)]);
  }
  if (computed && computed.version === version) return { value: computed.value as T, isStale: false };
  // keep the in-flight computation's rejection from going unhandled
  computing.catch(() => undefined);
  return { value: last.value as T, isStale: true };
}
