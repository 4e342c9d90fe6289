import { Prisma } from "../generated/prisma/client";
import { filterOf, parseSort, type DealQuery } from "../schemas/deal-query";
import { cachedAggregate } from "./aggregate-cache";
import type { DealDto } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { DEAL_ROW_COLUMNS, dealDtoOfRow, type RawDealRow } from "./deal-row-sql";
import { readStore } from "./read-store";
import { countDeals } from "./summarize-deals";

// From this many matches on, a page walks the sort column's index instead of sorting
// every match: about (all deals / matches) × page size rows are read, ≤ 25,000 at 1M.
const MANY_MATCHES = 2_000;

export type DealPage = { deals: DealDto[]; total: number; page: number; pageSize: number; pages: number };

async function pageIds(query: DealQuery, total: number): Promise<number[]> {
  const filter = filterOf(query);
  const offset = (query.page - 1) * query.pageSize;
  if (offset >= total) return [];
  // LIMIT and OFFSET are written into the SQL, not bound: with a bound LIMIT the
  // planner cannot tell the page is small and may sort a million rows instead of
  // walking an index. Both are integers the query schema has already checked.
  const window = Prisma.raw(`LIMIT ${Math.trunc(query.pageSize)} OFFSET ${Math.trunc(offset)}`);
  const where = whereOf(filter, {
    isWalkingSortIndex: total >= MANY_MATCHES && offset < MANY_MATCHES,
    sortColumn: parseSort(query.sort).column,
  });
  return (
    await readStore().rows<{ id: number }>(
      Prisma.sql`SELECT d.id FROM Deal d WHERE ${where} ${orderByOf(query.sort)} ${window}`,
    )
  ).map((r) => r.id);
}

/**
 * One page of the deals that match a query, in its order, with the total count
 * (cached per filter and data version). The page's ids are found over the
 * indexes first, then only those rows are read in full. A full-text search has to
 * collect every match (tens of milliseconds for common words at a million deals),
 * so its page ids are kept until the data changes, like the facet counts.
 */
export async function findDeals(query: DealQuery, known: { total?: number } = {}): Promise<DealPage> {
  const filter = filterOf(query);
  await readStore().refreshChangeVersion();
  // the page passes its summary's total: right after a change that may be the previous
  // one (and says so), while a count of its own would queue behind the summary's scan
  const total = known.total ?? (await countDeals(filter));
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const ids = await (filter.q
    ? cachedAggregate(`page:${query.sort}:${query.page}:${query.pageSize}`, filter, () => pageIds(query, total))
    : pageIds(query, total));
  const rows = ids.length
    ? await readStore().rows<RawDealRow>(
        Prisma.sql`SELECT ${DEAL_ROW_COLUMNS} FROM Deal d WHERE d.id IN (${Prisma.join(ids)})`,
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, dealDtoOfRow(r)]));
  const deals = ids.map((id) => byId.get(id)).filter((d): d is DealDto => d !== undefined);
  return { deals, total, page: query.page, pageSize: query.pageSize, pages };
}
