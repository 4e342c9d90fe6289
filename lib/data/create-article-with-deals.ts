import { conversionColumns } from "../currency/exchange-rates";
import type { Prisma } from "../generated/prisma/client";
import type { ExtractedDealInput } from "../schemas/deal";
import { writeTransaction } from "./write-transaction";
import { diffSnapshots, type DealSnapshot } from "./revision-snapshot";
import { writeSearchRow } from "./search-index";

export type NewArticle = {
  title: string | null;
  text: string;
  source: string | null;
  publishedOn: string | null;
  language: string | null;
  contentHash: string;
  importedById: number | null;
  importedVia: string;
};

export type CreatedArticle = { articleId: number; dealIds: number[] };

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** Who stores an extracted deal, and the text its evidence and search row come from. */
export type ExtractionSource = { text: string; userId: number | null; actor: string };

/** Stores one extracted deal for an article, with its first revision and search row, inside `tx`. */
export async function insertExtractedDeal(tx: Prisma.TransactionClient, articleId: number, deal: ExtractedDealInput, source: ExtractionSource): Promise<number> {
  const c = deal.content;
  const created = await tx.deal.create({
    data: {
      investor: c.investor,
      via: c.via,
      investorCountry: c.investorCountry,
      targetCountry: c.targetCountry,
      amount: c.amount,
      currency: c.currency,
      amountText: c.amountText,
      ...conversionColumns(c.amount, c.currency, c.announcedOn),
      announcedOn: c.announcedOn,
      announcedYear: yearOf(c.announcedOn),
      status: c.status,
      kind: c.kind,
      stakePercent: c.stakePercent,
      partners: JSON.stringify(c.partners),
      confidence: deal.confidence,
      facilities: { create: c.facilities.map((f, position) => ({ type: f.type, city: f.city, name: f.name, position })) },
      articles: { create: { articleId } },
      evidence: { create: deal.evidence.map((e) => ({ articleId, field: e.field, start: e.start, end: e.end })) },
    },
    select: { id: true },
  });
  const snapshot: DealSnapshot = { ...c, reviewState: "unreviewed", deleted: false };
  await tx.revision.create({
    data: {
      dealId: created.id,
      userId: source.userId,
      actor: source.actor,
      action: "create",
      changes: JSON.stringify(diffSnapshots(null, snapshot)),
      snapshot: JSON.stringify(snapshot),
      version: 1,
    },
  });
  await writeSearchRow(tx, created.id, c, source.text);
  return created.id;
}

/**
 * Stores an article with its deals, facilities, evidence, first revisions and
 * search rows in one transaction: all of it, or (on any error) nothing.
 */
export async function createArticleWithDeals(article: NewArticle, deals: ExtractedDealInput[]): Promise<CreatedArticle> {
  return writeTransaction(async (tx) => {
    const { id: articleId } = await tx.article.create({ data: article, select: { id: true } });
    const dealIds: number[] = [];
    const source = { text: article.text, userId: article.importedById, actor: article.importedVia === "seed" ? "seed" : "importer" };
    for (const deal of deals) dealIds.push(await insertExtractedDeal(tx, articleId, deal, source));
    return { articleId, dealIds };
  }, { timeout: 30_000 });
}
