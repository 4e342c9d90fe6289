import { Prisma } from "../generated/prisma/client";
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
  return words.slice(0, 12).map((w, i, all) => `"${w}"${i === all.length - 1 ? "*" : ""}`).join(" ");
}

const inList = (column: string, values: readonly (string | number)[]) => sql`${raw(column)} IN (${join(values)})`;

/** The WHERE clause of a filter over `Deal d`; soft-deleted deals are always left out. */
export function whereOf(filter: DealFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [sql`d.deletedAt IS NULL`];
  if (filter.targetCountry.length) parts.push(inList("d.targetCountry", filter.targetCountry));
  if (filter.investor.length) parts.push(inList("d.investor", filter.investor));
  if (filter.investorCountry.length) parts.push(inList("d.investorCountry", filter.investorCountry));
  if (filter.status.length) parts.push(inList("d.status", filter.status));
  if (filter.kind.length) parts.push(inList("d.kind", filter.kind));
  if (filter.review.length) parts.push(inList("d.reviewState", filter.review));
  if (filter.facility.length) parts.push(sql`d.id IN (SELECT f.dealId FROM Facility f WHERE ${inList("f.type", filter.facility)})`);
  if (filter.amountMin !== undefined) parts.push(sql`d.amount >= ${filter.amountMin}`);
  if (filter.amountMax !== undefined) parts.push(sql`d.amount <= ${filter.amountMax}`);
  // partial dates sort as text; "~" sorts after every digit and "-", so "2021~" ends 2021
  if (filter.from) parts.push(sql`d.announcedOn >= ${filter.from}`);
  if (filter.to) parts.push(sql`d.announcedOn <= ${`${filter.to}~`}`);
  const match = filter.q ? ftsMatchOf(filter.q) : null;
  if (match) parts.push(sql`d.id IN (SELECT rowid FROM deal_search WHERE deal_search MATCH ${match})`);
  return join(parts, " AND ");
}

// Column names come from this fixed map, never from the request.
const SORT_SQL: Record<SortColumn, string> = {
  announcedOn: "d.announcedOn", amount: "d.amount", investor: "d.investor", targetCountry: "d.targetCountry",
  investorCountry: "d.investorCountry", status: "d.status", kind: "d.kind", reviewState: "d.reviewState",
  confidence: "d.confidence", id: "d.id",
};

/**
 * ORDER BY for a sort, with the id as tie-breaker so pages never overlap. Missing
 * values go last either way; descending gets that for free from the index order.
 */
export function orderByOf(sort: string): Prisma.Sql {
  const { column, isDescending } = parseSort(sort);
  const expr = SORT_SQL[column];
  if (column === "id") return raw(`ORDER BY d.id ${isDescending ? "DESC" : "ASC"}`);
  const dir = isDescending ? "DESC" : "ASC";
  return raw(`ORDER BY ${expr} ${dir}${isDescending ? "" : " NULLS LAST"}, d.id ${dir}`);
}

