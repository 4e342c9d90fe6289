import type { Prisma } from "../generated/prisma/client";
import { databaseProvider } from "../db/database-url";
import { foldForSearch } from "../db/dialect";
import type { DealContent } from "../schemas/deal";

type Searchable = Pick<DealContent, "investor" | "via" | "partners" | "facilities">;

export type SearchRow = { investor: string; partners: string; facilities: string; article: string };

/**
 * The article text a deal with several sources is found by: each distinct paragraph of its
 * sources once, in order. Search matches words, so a paragraph repeated in another report
 * (wire copy, a re-published story) adds nothing to find; indexing it again made every new
 * source of a deal re-index all earlier ones in full (quadratic in the deal's sources).
 */
export function searchTextOf(texts: readonly string[]): string {
  if (texts.length <= 1) return texts[0] ?? "";
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts)
    for (const paragraph of text.split(/\n\s*\n/)) {
      const key = paragraph.trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      kept.push(key);
    }
  return kept.join("\n\n");
}

/** The text a deal is found by, per column of `deal_search`; bulk loaders use it too. */
export function searchRowOf(deal: Searchable, articleText: string): SearchRow {
  return {
    investor: [deal.investor, deal.via].filter(Boolean).join(" "),
    partners: deal.partners.join(" "),
    facilities: deal.facilities
      .map((f) => [f.type.replace(/_/g, " "), f.city, f.name].filter(Boolean).join(" "))
      .join(" "),
    article: articleText,
  };
}

// PostgreSQL: one tsvector per deal, positions stripped (searches need none, and a
// 2 MB article's would pass tsvector's 1 MB limit). The words are folded here as
// FTS5 folds them; `simple` keeps every word for the users' prefix search, the
// language of the deal's first article adds its stems (tracker_search_config).
async function writePostgresSearchRow(tx: Prisma.TransactionClient, dealId: number, row: SearchRow): Promise<void> {
  const names = foldForSearch([row.investor, row.partners, row.facilities].join(" "));
  const article = foldForSearch(row.article);
  await tx.$executeRaw`
    INSERT INTO "deal_search" ("dealId", "document")
    SELECT ${dealId}, strip(to_tsvector('simple', ${names}) || to_tsvector('simple', ${article}) || to_tsvector(tracker_search_config(
      (SELECT a."language" FROM "DealArticle" da JOIN "Article" a ON a."id" = da."articleId" WHERE da."dealId" = ${dealId} ORDER BY a."id" LIMIT 1)), ${article}))
    ON CONFLICT ("dealId") DO UPDATE SET "document" = EXCLUDED."document"`;
}

/** Takes a deal out of the search index (a deleted deal is never found). */
export async function deleteSearchRow(tx: Prisma.TransactionClient, dealId: number): Promise<void> {
  if (databaseProvider() === "postgresql") await tx.$executeRaw`DELETE FROM "deal_search" WHERE "dealId" = ${dealId}`;
  else await tx.$executeRaw`DELETE FROM deal_search WHERE rowid = ${dealId}`;
}

/**
 * Writes (or rewrites) a deal's row in the search index: SQLite's contentless FTS5
 * table `deal_search` (rowid = deal id), PostgreSQL's tsvector table. Called inside
 * the transaction of every deal write.
 */
export async function writeSearchRow(
  tx: Prisma.TransactionClient,
  dealId: number,
  deal: Searchable,
  articleText: string,
): Promise<void> {
  const row = searchRowOf(deal, articleText);
  if (databaseProvider() === "postgresql") return writePostgresSearchRow(tx, dealId, row);
  await tx.$executeRaw`DELETE FROM deal_search WHERE rowid = ${dealId}`;
  await tx.$executeRaw`INSERT INTO deal_search (rowid, investor, partners, facilities, article) VALUES (${dealId}, ${row.investor}, ${row.partners}, ${row.facilities}, ${row.article})`;
}
