import { Prisma } from "../generated/prisma/client";
import { filterOf, type DealQuery } from "../schemas/deal-query";
import type { DealDto } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { DEAL_ROW_COLUMNS, dealDtoOfRow, type RawDealRow } from "./deal-row-sql";
import { readRows } from "./read-connection";
import { countDeals } from "./summarize-deals";

export type DealPage = { deals: DealDto[]; total: number; page: number; pageSize: number; pages: number };

/**
 * One page of the deals that match a query, in its order, with the total count
 * (cached per filter and data version). The page's ids are found over the
 * indexes first, then only those rows are read in full.
 */
export async function findDeals(query: DealQuery): Promise<DealPage> {
  const filter = filterOf(query);
  const total = countDeals(filter);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const offset = (query.page - 1) * query.pageSize;
  const deals = offset >= total ? [] : readRows<RawDealRow>(Prisma.sql`
    WITH page AS (SELECT d.id FROM Deal d WHERE ${whereOf(filter)} ${orderByOf(query.sort)} LIMIT ${query.pageSize} OFFSET ${offset})
    SELECT ${DEAL_ROW_COLUMNS} FROM page JOIN Deal d ON d.id = page.id ${orderByOf(query.sort)}`).map(dealDtoOfRow);
  return { deals, total, page: query.page, pageSize: query.pageSize, pages };
}
