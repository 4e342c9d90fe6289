import type { DealQuery } from "../schemas/deal-query";
import { filterOf } from "../schemas/deal-query";
import { Prisma } from "../generated/prisma/client";
import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { prisma } from "./prisma";
import { readRows } from "./read-connection";
import { countDeals } from "./summarize-deals";

export type DealPage = { deals: DealDto[]; total: number; page: number; pageSize: number; pages: number };

/**
 * One page of the deals that match a query, in its order, with the total count.
 * The ids come from one SQL query over the indexes (filters, search, sort); the
 * page's deals are then read with their facilities by id.
 */
export async function findDeals(query: DealQuery): Promise<DealPage> {
  const filter = filterOf(query);
  const total = countDeals(filter);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const offset = (query.page - 1) * query.pageSize;
  const ids = offset >= total ? [] : readRows<{ id: number }>(
    Prisma.sql`SELECT d.id FROM Deal d WHERE ${whereOf(filter)} ${orderByOf(query.sort)} LIMIT ${query.pageSize} OFFSET ${offset}`,
  ).map((r) => r.id);
  const rows = ids.length ? await prisma.deal.findMany({ where: { id: { in: ids } }, select: DEAL_SELECT }) : [];
  const byId = new Map(rows.map((r) => [r.id, toDealDto(r)]));
  const deals = ids.map((id) => byId.get(id)).filter((d): d is DealDto => d !== undefined);
  return { deals, total, page: query.page, pageSize: query.pageSize, pages };
}
