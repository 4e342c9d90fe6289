import type { Prisma } from "../generated/prisma/client";
import type { DealContent } from "../schemas/deal";

type Searchable = Pick<DealContent, "investor" | "via" | "partners" | "facilities">;

export type SearchRow = { investor: string; partners: string; facilities: string; article: string };

/** The text a deal is found by, per column of `deal_search`; bulk loaders use it too. */
export function searchRowOf(deal: Searchable, articleText: string): SearchRow {
  return {
    investor: [deal.investor, deal.via].filter(Boolean).join(" "),
    partners: deal.partners.join(" "),
    facilities: deal.facilities.map((f) => [f.type.replace(/_/g, " "), f.city, f.name].filter(Boolean).join(" ")).join(" "),
    article: articleText,
  };
}

/**
 * Writes (or rewrites) a deal's row in the contentless FTS5 index `deal_search`
 * (rowid = deal id). Called inside the transaction of every deal write.
 */
export async function writeSearchRow(tx: Prisma.TransactionClient, dealId: number, deal: Searchable, articleText: string): Promise<void> {
  const row = searchRowOf(deal, articleText);
  await tx.$executeRaw`DELETE FROM deal_search WHERE rowid = ${dealId}`;
  await tx.$executeRaw`INSERT INTO deal_search (rowid, investor, partners, facilities, article) VALUES (${dealId}, ${row.investor}, ${row.partners}, ${row.facilities}, ${row.article})`;
}
