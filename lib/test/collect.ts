/** Every batch of a sync or async generator, in order (Array.fromAsync is Node 22's). */
export async function collectBatches<T>(batches: Iterable<T[]> | AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}
