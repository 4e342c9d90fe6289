/**
 * Memoizes a one-argument function. Articles repeat the same tokens, names and
 * clauses, so lookups are cached; the cache is emptied once it holds `limit`
 * entries, which keeps a long-running process (the app, a bulk import) flat in memory.
 */
export function memoize<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
