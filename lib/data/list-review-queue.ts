import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type ReviewQueue = { deals: DealDto[]; total: number };

/** Unreviewed deals, least confident first: where an editor's eye helps most. */
export async function listReviewQueue(take = 20, skipIds: number[] = []): Promise<ReviewQueue> {
  const where = { deletedAt: null, reviewState: "unreviewed" };
  const [rows, total] = await Promise.all([
    prisma.deal.findMany({
      where: { ...where, id: { notIn: skipIds } },
      select: DEAL_SELECT,
      orderBy: [{ confidence: "asc" }, { id: "asc" }],
      take,
    }),
    prisma.deal.count({ where }),
  ]);
  return { deals: rows.map(toDealDto), total };
}
