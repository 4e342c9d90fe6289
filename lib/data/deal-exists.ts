import { prisma } from "./prisma";

/** Whether a deal with this id exists (deleted ones only when asked for). */
export async function dealExists(id: number, options: { includeDeleted?: boolean } = {}): Promise<boolean> {
  const row = await prisma.deal.findUnique({ where: { id }, select: { deletedAt: true } });
  return row !== null && (options.includeDeleted || row.deletedAt === null);
}
