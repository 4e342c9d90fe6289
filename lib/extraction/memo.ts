/**
 * Memoizes a one-argument function. Articles repeat the same tokens, names and
 * clauses, so lookups are cached; the cache is emptied once it holds `limit`
 * entries, which keeps a long-running process (the app, a bulk import) flat in memory.
 */
const UNDEFINED: unique symbol = Symbol("undefined");

export function memoize<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const cache = new Map<K, V | typeof UNDEFINED>();
  return (key: K): V => {
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as V;
    // a miss is one lookup, not two (an undefined value is kept as UNDEFINED, so no has() is needed)
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value === undefined ? UNDEFINED : value);
    return value;
  };
}
