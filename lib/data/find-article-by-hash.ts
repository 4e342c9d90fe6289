import { Prisma } from "../generated/prisma/client";
import { databaseProvider } from "../db/database-url";
import { readRows } from "./read-connection";
import { prisma } from "./prisma";

/**
 * The article with this text, if one is stored. Every import asks before extracting; on
 * SQLite a plain read on the read connection answers in microseconds, where Prisma's
 * client spent about half a millisecond of the main thread's time per article.
 */
export async function findArticleIdByHash(contentHash: string): Promise<number | null> {
  if (databaseProvider() === "sqlite") {
    const rows = readRows<{ id: number }>(Prisma.sql`SELECT id FROM Article WHERE contentHash = ${contentHash}`);
    return rows[0]?.id ?? null;
  }
  const row = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}
