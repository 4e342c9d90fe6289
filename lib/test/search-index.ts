import { databaseProvider } from "../db/database-url";
import { tsQueryOf } from "../db/dialect";
import { prisma } from "../data/prisma";

// What the search index holds, on either engine: SQLite's FTS5 table (rowid = deal
// id) or PostgreSQL's tsvector table.

/** How many index rows a deal has (0 or 1), or the whole index's when no id is given. */
export async function countSearchRows(dealId?: number): Promise<number> {
  const isPostgres = databaseProvider() === "postgresql";
  const rows =
    dealId === undefined
      ? await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM deal_search`
      : isPostgres
        ? await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM deal_search WHERE "dealId" = ${dealId}`
        : await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM deal_search WHERE rowid = ${dealId}`;
  return Number(rows[0].n);
}

/** The ids of the deals the index finds for one word, ascending. */
export async function searchIds(word: string): Promise<number[]> {
  const rows =
    databaseProvider() === "postgresql"
      ? await prisma.$queryRaw<
          { id: number }[]
        >`SELECT "dealId" AS id FROM deal_search WHERE document @@ to_tsquery('simple', ${tsQueryOf(word)!.replace(/:\*$/, "")})`
      : await prisma.$queryRaw<{ id: bigint }[]>`SELECT rowid AS id FROM deal_search WHERE deal_search MATCH ${word}`;
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
