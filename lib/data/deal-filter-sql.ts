import { Prisma } from "../generated/prisma/client";
import { databaseProvider } from "../db/database-url";
import { tsQueryOf } from "../db/dialect";
import { parseSort, type DealFilter, type SortColumn } from "../schemas/deal-query";

const { sql, join, raw } = Prisma;

/**
 * Turns free text into an FTS5 query that cannot be a syntax error: every word is
 * quoted (so AND, NEAR, "-" or quotes in the input are just words) and the last
 * word matches as a prefix, for search while typing. Null when nothing is left.
 */
export function ftsMatchOf(text: string): string | null {
  const words = text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((w, i, all) => `"${w}"${i === all.length - 1 ? "*" : ""}`)
    .join(" ");
}

/**
 * The WHERE clause of a filter over `Deal d`; soft-deleted deals are always left out.
 *
 * With `isWalkingSortIndex` (a page of a filter that matches many deals), every
 * column is written as `+d.column`, which stops SQLite from using an index for that
 * term: it then walks the sort column's index and checks each deal, reading about
 * (all deals / matches) × page size rows. Left to itself it would often collect
 * every match through a filter's index (or a facet index that leads with
 * deletedAt) and sort hundreds of thousands of rows for one page.
 */
// FTS5 on SQLite; on PostgreSQL the tsvector of deal_search, with the same meaning
function searchCondition(column: Prisma.Sql, text: string): Prisma.Sql | null {
  if (databaseProvider() === "postgresql") {
    const query = tsQueryOf(text);
    return query
      ? sql`${column} IN (SELECT "dealId" FROM deal_search WHERE document @@ to_tsquery('simple', ${query}))`
      : null;
  }
  const match = ftsMatchOf(text);
  return match ? sql`${column} IN (SELECT rowid FROM deal_search WHERE deal_search MATCH ${match})` : null;
}

export function whereOf(
  filter: DealFilter,
  options: { isWalkingSortIndex?: boolean; sortColumn?: SortColumn } = {},
): Prisma.Sql {
  // the sort column's own range (amountUsdMin with sort=-amountUsd, from with the date
  // sort) stays usable: the walk then starts and stops inside the range
  const col = (name: string) => raw(`${options.isWalkingSortIndex && name !== options.sortColumn ? "+" : ""}d.${name}`);
  const inList = (name: string, values: readonly (string | number)[]) => sql`${col(name)} IN (${join(values)})`;
  const parts: Prisma.Sql[] = [sql`${col("deletedAt")} IS NULL`];
  if (filter.targetCountry.length) parts.push(inList("targetCountry", filter.targetCountry));
  if (filter.investor.length) parts.push(inList("investor", filter.investor));
  if (filter.investorCountry.length) parts.push(inList("investorCountry", filter.investorCountry));
  if (filter.status.length) parts.push(inList("status", filter.status));
  if (filter.kind.length) parts.push(inList("kind", filter.kind));
  if (filter.review.length) parts.push(inList("reviewState", filter.review));
  if (filter.facility.length) {
    // walking: a lookup per deal checked; otherwise the matching deal ids drive the query
    parts.push(
      options.isWalkingSortIndex
        ? sql`EXISTS (SELECT 1 FROM Facility f WHERE f.dealId = d.id AND f.type IN (${join(filter.facility)}))`
        : sql`d.id IN (SELECT f.dealId FROM Facility f WHERE f.type IN (${join(filter.facility)}))`,
    );
  }
  if (filter.amountMin !== undefined) parts.push(sql`${col("amount")} >= ${filter.amountMin}`);
  if (filter.amountMax !== undefined) parts.push(sql`${col("amount")} <= ${filter.amountMax}`);
  if (filter.amountUsdMin !== undefined) parts.push(sql`${col("amountUsd")} >= ${filter.amountUsdMin}`);
  if (filter.amountUsdMax !== undefined) parts.push(sql`${col("amountUsd")} <= ${filter.amountUsdMax}`);
  if (filter.sourcesMin !== undefined && filter.sourcesMin > 1)
    parts.push(sql`${col("sourceCount")} >= ${filter.sourcesMin}`);
  if (filter.confidenceMin !== undefined) parts.push(sql`${col("confidence")} >= ${filter.confidenceMin / 100}`);
  // partial dates sort as text; "~" sorts after every digit and "-", so "2021~" ends 2021
  if (filter.from) parts.push(sql`${col("announcedOn")} >= ${filter.from}`);
  if (filter.to) parts.push(sql`${col("announcedOn")} <= ${`${filter.to}~`}`);
  const search = filter.q ? searchCondition(col("id"), filter.q) : null;
  if (search) parts.push(search);
  return join(parts, " AND ");
}

// Column names come from this fixed map, never from the request. Each sort lists
// the columns of an index (SQLite appends the id to every index), so a page is an
// index walk, not a sort of every match.
const SORT_SQL: Record<SortColumn, string[]> = {
  announcedOn: ["d.announcedOn"],
  amountUsd: ["d.amountUsd"],
  amount: ["d.amount"],
  investor: ["d.investor"],
  targetCountry: ["d.targetCountry", "d.announcedOn"],
  investorCountry: ["d.investorCountry"],
  status: ["d.status"],
  kind: ["d.kind"],
  reviewState: ["d.reviewState", "d.confidence"],
  confidence: ["d.confidence"],
  sourceCount: ["d.sourceCount"],
  id: [],
};

// the sort columns that can be missing (NULL) in the Deal table
const NULLABLE_SORTS = new Set<SortColumn>(["announcedOn", "amountUsd", "amount", "investorCountry"]);

/**
 * ORDER BY for a sort, with the id as tie-breaker so pages never overlap. Missing
 * values go last either way; descending gets that for free from the index order,
 * ascending needs a sort (slow on a broad filter at a million deals).
 */
export function orderByOf(sort: string): Prisma.Sql {
  const { column, isDescending } = parseSort(sort);
  const dir = isDescending ? "DESC" : "ASC";
  // PostgreSQL puts NULLs first when descending: say "last" there for a column that can
  // be missing (its partial indexes in prisma/migrations-postgresql match). A column
  // that never is gets plain ASC/DESC, so one index serves both directions.
  const isNullsLastSaid = databaseProvider() === "postgresql" ? NULLABLE_SORTS.has(column) : !isDescending;
  const terms = SORT_SQL[column].map((c, i) => `${c} ${dir}${i === 0 && isNullsLastSaid ? " NULLS LAST" : ""}`);
  return raw(`ORDER BY ${[...terms, `d.id ${dir}`].join(", ")}`);
}
