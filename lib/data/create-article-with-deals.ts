import type { Prisma } from "../generated/prisma/client";
import type { ExtractedDealInput } from "../schemas/deal";
import { recombineDeal } from "./deal-sources";
import { contentColumns } from "./deal-state";
import { findMatchCandidates, readAliasTable, type MatchDeal, type MatchDecision } from "./find-match-candidates";
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

/** The deals an article made (dealIds: new and joined alike), which it joined, and which may duplicate another. */
export type CreatedArticle = {
  articleId: number;
  dealIds: number[];
  joinedDealIds: number[];
  possibleDuplicateIds: number[];
};

/** Who stores an extracted deal, and the text its evidence and search row come from. */
export type ExtractionSource = { text: string; userId: number | null; actor: string; publishedOn?: string | null };

/** Stores one extracted deal for an article, with its first revision and search row, inside `tx`. */
export async function insertExtractedDeal(
  tx: Prisma.TransactionClient,
  articleId: number,
  deal: ExtractedDealInput,
  source: ExtractionSource,
): Promise<number> {
  const c = deal.content;
  const reportedOn = source.publishedOn ?? c.announcedOn;
  const created = await tx.deal.create({
    data: {
      ...contentColumns(c),
      confidence: deal.confidence,
      firstReportedOn: reportedOn,
      lastReportedOn: reportedOn,
      facilities: {
        create: c.facilities.map((f, position) => ({ type: f.type, city: f.city, name: f.name, position })),
      },
      articles: { create: { articleId, content: JSON.stringify(c), confidence: deal.confidence } },
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

/** Adds an article to a stored deal as a further source: its record and evidence kept per article, fields recombined. */
export async function addDealSource(
  tx: Prisma.TransactionClient,
  dealId: number,
  articleId: number,
  deal: ExtractedDealInput,
  match: { score: number; reasons: unknown[] },
  source: ExtractionSource,
): Promise<void> {
  const { articles } = await tx.deal.findUniqueOrThrow({
    where: { id: dealId },
    select: { articles: { select: { articleId: true }, orderBy: { articleId: "asc" } } },
  });
  await tx.dealArticle.create({
    data: {
      dealId,
      articleId,
      content: JSON.stringify(deal.content),
      confidence: deal.confidence,
      matchScore: match.score,
      matchReasons: JSON.stringify(match.reasons),
    },
  });
  await tx.evidence.createMany({
    data: deal.evidence.map((e) => ({ dealId, articleId, field: e.field, start: e.start, end: e.end })),
  });
  const actor =
    source.userId === null ? { id: null, email: null, name: source.actor } : { id: source.userId, email: source.actor };
  await recombineDeal(tx, dealId, {
    action: "source",
    actor,
    sourcesBefore: articles.map((a) => a.articleId),
    isAlwaysRecorded: true,
  });
}

/**
 * Stores each of an article's records inside `tx` as `match` decides: as a further
 * source of a stored deal, as a new deal flagged as a possible duplicate of one, or
 * as a new deal. Without `match` every record is a new deal.
 */
export async function storeArticleDeals(
  tx: Prisma.TransactionClient,
  articleId: number,
  deals: ExtractedDealInput[],
  source: ExtractionSource,
  match?: MatchDeal,
): Promise<Omit<CreatedArticle, "articleId">> {
  const out: Omit<CreatedArticle, "articleId"> = { dealIds: [], joinedDealIds: [], possibleDuplicateIds: [] };
  const aliases = match ? await readAliasTable(tx) : new Map<string, string>();
  for (const deal of deals) {
    const decision: MatchDecision = match
      ? match(deal, await findMatchCandidates(tx, deal.content, articleId, aliases), aliases)
      : { kind: "new" };
    if (decision.kind === "join") {
      await addDealSource(tx, decision.dealId, articleId, deal, decision, source);
      out.dealIds.push(decision.dealId);
      out.joinedDealIds.push(decision.dealId);
      continue;
    }
    const dealId = await insertExtractedDeal(tx, articleId, deal, source);
    out.dealIds.push(dealId);
    if (decision.kind === "possible") {
      await tx.duplicateCandidate.create({
        data: {
          dealId,
          otherDealId: decision.dealId,
          score: decision.score,
          reasons: JSON.stringify(decision.reasons),
        },
      });
      out.possibleDuplicateIds.push(dealId);
    }
  }
  return out;
}

/**
 * Stores an article with its deals, facilities, evidence, first revisions and
 * search rows in one transaction: all of it, or (on any error) nothing. With
 * `match`, records of deals already stored join them instead (see storeArticleDeals).
 */
export async function createArticleWithDeals(
  article: NewArticle,
  deals: ExtractedDealInput[],
  match?: MatchDeal,
): Promise<CreatedArticle> {
  return writeTransaction(
    async (tx) => {
      const { id: articleId } = await tx.article.create({ data: article, select: { id: true } });
      const source = {
        text: article.text,
        userId: article.importedById,
        actor: article.importedVia === "seed" ? "seed" : "importer",
        publishedOn: article.publishedOn,
      };
      return { articleId, ...(await storeArticleDeals(tx, articleId, deals, source, match)) };
    },
    { timeout: 30_000 },
  );
}
