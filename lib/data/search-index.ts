import type { Prisma } from "../generated/prisma/client";
import type { DealContent } from "../schemas/deal";

type Searchable = Pick<DealContent, "investor" | "via" | "partners" | "facilities">;

/**
 * Writes (or rewrites) a deal's row in the contentless FTS5 index `deal_search`
 * (rowid = deal id). Called inside the transaction of every deal write.
 */
export async function writeSearchRow(tx: Prisma.TransactionClient, dealId: number, deal: Searchable, articleText: string): Promise<void> {
  const investor = [deal.investor, deal.via].filter(Boolean).join(" ");
  const partners = deal.partners.join(" ");
  const facilities = deal.facilities.map((f) => [f.type.replace(/_/g, " "), f.city, f.name].filter(Boolean).join(" ")).join(" ");
  await tx.$executeRaw`DELETE FROM deal_search WHERE rowid = ${dealId}`;
  await tx.$executeRaw`INSERT INTO deal_search (rowid, investor, partners, facilities, article) VALUES (${dealId}, ${investor}, ${partners}, ${facilities}, ${articleText})`;
}
