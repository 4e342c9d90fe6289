import { Prisma } from "../generated/prisma/client";
import { filterOf, type DealQuery } from "../schemas/deal-query";
import type { DealDto } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { DEAL_ROW_COLUMNS, dealDtoOfRow, type RawDealRow } from "./deal-row-sql";
import { readRows } from "./read-connection";
import { countDeals } from "./summarize-deals";

// From this many matches on, a page walks the sort column's index instead of sorting
// every match: about (all deals / matches) × page size rows are read, ≤ 25,000 at 1M.
const MANY_MATCHES = 2_000;

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
  // LIMIT and OFFSET are written into the SQL, not bound: with a bound LIMIT the
  // planner cannot tell the page is small and may sort a million rows instead of
  // walking an index. Both are integers the query schema has already checked.
  const window = Prisma.raw(`LIMIT ${Math.trunc(query.pageSize)} OFFSET ${Math.trunc(offset)}`);
  const deals = offset >= total ? [] : readRows<RawDealRow>(Prisma.sql`
    WITH page AS (SELECT d.id FROM Deal d WHERE ${whereOf(filter, { isWalkingSortIndex: total >= MANY_MATCHES && offset < MANY_MATCHES })} ${orderByOf(query.sort)} ${window})
    SELECT ${DEAL_ROW_COLUMNS} FROM page JOIN Deal d ON d.id = page.id ${orderByOf(query.sort)}`).map(dealDtoOfRow);
  return { deals, total, page: query.page, pageSize: query.pageSize, pages };
}
