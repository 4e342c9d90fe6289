import { prisma } from "./prisma";

/** Where a deal merged into another went (following a chain of merges), or null if it was not merged. */
export async function findMergedInto(dealId: number): Promise<number | null> {
  let id = dealId;
  for (let hops = 0; hops < 20; hops++) {
    const row = await prisma.deal.findUnique({ where: { id }, select: { mergedIntoId: true, deletedAt: true } });
    if (!row?.mergedIntoId || !row.deletedAt) return id === dealId ? null : id;
    id = row.mergedIntoId;
  }
  return id;
}
