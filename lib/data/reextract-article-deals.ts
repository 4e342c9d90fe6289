import type { DealContent, ExtractedDealInput } from "../schemas/deal";
import { storeArticleDeals } from "./create-article-with-deals";
import { recombineDeal } from "./deal-sources";
import type { Tx } from "./deal-state";
import type { MatchDeal } from "./find-match-candidates";
import type { Actor } from "./write-deal-change";
import { writeTransaction } from "./write-transaction";

export type ReextractResult = { updated: number[]; unchanged: number[]; created: number[]; joined: number[] };

const key = (c: Pick<DealContent, "investor" | "targetCountry">) =>
  `${c.investor.trim().toLowerCase()}|${c.targetCountry}`;

/**
 * This article's record of the deal is replaced by the new extraction, its evidence
 * follows the fields no editor corrected, and the deal's fields are recombined from
 * all its sources. True when a field of the deal changed.
 */
async function refreshDeal(
  tx: Tx,
  dealId: number,
  articleId: number,
  extracted: ExtractedDealInput,
  actor: Actor,
): Promise<boolean> {
  const { version: before, editedFields } = await tx.deal.findUniqueOrThrow({
    where: { id: dealId },
    select: { version: true, editedFields: true },
  });
  await tx.dealArticle.update({
    where: { dealId_articleId: { dealId, articleId } },
    data: { content: JSON.stringify(extracted.content), confidence: extracted.confidence },
  });
  const edited = JSON.parse(editedFields) as string[];
  const owned = Object.keys(extracted.content).filter((f) => !edited.includes(f));
  const spans = extracted.evidence.filter((e) => owned.includes(e.field));
  await tx.evidence.deleteMany({ where: { dealId, articleId, field: { in: owned } } });
  await tx.evidence.createMany({
    data: spans.map((e) => ({ dealId, articleId, field: e.field, start: e.start, end: e.end })),
  });
  await recombineDeal(tx, dealId, { action: "reextract", actor });
  const after = await tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: { version: true } });
  await tx.deal.update({ where: { id: dealId }, data: { confidence: extracted.confidence } });
  return after.version !== before;
}

/**
 * Applies a new extraction of an article to the deals it reports (found by investor
 * and target country as extracted from this article, as first extracted, or as they
 * are now) in one transaction, never overwriting a field an editor corrected.
 * Records with no such deal go through `match` like an import, so a re-run never
 * duplicates a deal another article already made; stored deals the extractor no
 * longer finds are left alone, since an editor may have verified them.
 */
export async function reextractArticleDeals(
  articleId: number,
  extracted: ExtractedDealInput[],
  actor: Actor,
  match?: MatchDeal,
): Promise<ReextractResult> {
  return writeTransaction(
    async (tx) => {
      const links = await tx.dealArticle.findMany({
        where: { articleId, deal: { deletedAt: null } },
        select: {
          content: true,
          deal: {
            select: {
              id: true,
              investor: true,
              targetCountry: true,
              revisions: { where: { action: "create" }, select: { snapshot: true }, take: 1 },
            },
          },
        },
        orderBy: { dealId: "asc" },
      });
      const stored = new Map<string, number>();
      for (const { deal, content } of links) {
        const first = deal.revisions[0] ? (JSON.parse(deal.revisions[0].snapshot) as DealContent) : null;
        if (first?.investor && first.targetCountry) stored.set(key(first), deal.id);
        stored.set(key(deal), deal.id);
        if (content) stored.set(key(JSON.parse(content) as DealContent), deal.id);
      }
      const done = new Set<number>();
      const result: ReextractResult = { updated: [], unchanged: [], created: [], joined: [] };
      const fresh: ExtractedDealInput[] = [];
      for (const deal of extracted) {
        const dealId = stored.get(key(deal.content));
        if (dealId === undefined || done.has(dealId)) {
          fresh.push(deal);
          continue;
        }
        done.add(dealId);
        ((await refreshDeal(tx, dealId, articleId, deal, actor)) ? result.updated : result.unchanged).push(dealId);
      }
      if (fresh.length) {
        const article = await tx.article.findUniqueOrThrow({
          where: { id: articleId },
          select: { text: true, publishedOn: true },
        });
        const source = {
          text: article.text,
          userId: actor.id,
          actor: actor.id === null ? actor.name : actor.email,
          publishedOn: article.publishedOn,
        };
        const placed = await storeArticleDeals(tx, articleId, fresh, source, match);
        result.joined = placed.joinedDealIds;
        result.created = placed.dealIds.filter((id) => !placed.joinedDealIds.includes(id));
      }
      return result;
    },
    { timeout: 30_000 },
  );
}
