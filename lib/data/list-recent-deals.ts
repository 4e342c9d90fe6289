import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type DealPage = { deals: DealDto[]; total: number; page: number; pageSize: number };

/** Stored deals, newest announcement first, one page at a time. */
export async function listRecentDeals(page = 1, pageSize = 50): Promise<DealPage> {
  const where = { deletedAt: null };
  const [rows, total] = await Promise.all([
    prisma.deal.findMany({
      where,
      select: DEAL_SELECT,
      orderBy: [{ announcedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.deal.count({ where }),
  ]);
  return { deals: rows.map(toDealDto), total, page, pageSize };
}
