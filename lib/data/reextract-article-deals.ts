import { DEAL_FIELDS, type DealContent, type ExtractedDealInput } from "../schemas/deal";
import { insertExtractedDeal } from "./create-article-with-deals";
import { contentOf, readDealState, type Tx } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { writeDealChange, type Actor } from "./write-deal-change";

export type ReextractResult = { updated: number[]; unchanged: number[]; created: number[] };

const key = (c: Pick<DealContent, "investor" | "targetCountry">) => `${c.investor.trim().toLowerCase()}|${c.targetCountry}`;

/** The extractor's new values for the fields no editor corrected; edited fields keep the editor's value. */
function mergeKeepingEdits(current: DealContent, extracted: DealContent, edited: string[]): DealContent {
  const merged: Record<string, unknown> = { ...current };
  for (const field of DEAL_FIELDS) if (!edited.includes(field)) merged[field] = extracted[field];
  return merged as DealContent;
}

async function refreshDeal(tx: Tx, dealId: number, articleId: number, extracted: ExtractedDealInput, actor: Actor): Promise<boolean> {
  const before = await readDealState(tx, dealId);
  const content = mergeKeepingEdits(contentOf(before.snapshot), extracted.content, before.editedFields);
  if (JSON.stringify(content) !== JSON.stringify(contentOf(before.snapshot))) {
    await writeDealChange(tx, before, { action: "reextract", actor, after: { ...before.snapshot, ...content } });
  }
  // Evidence follows the fields the extractor still owns.
  const owned = DEAL_FIELDS.filter((f) => !before.editedFields.includes(f));
  const spans = extracted.evidence.filter((e) => (owned as string[]).includes(e.field));
  await tx.evidence.deleteMany({ where: { dealId, articleId, field: { in: owned } } });
  await tx.evidence.createMany({ data: spans.map((e) => ({ dealId, articleId, field: e.field, start: e.start, end: e.end })) });
  await tx.deal.update({ where: { id: dealId }, data: { confidence: extracted.confidence } });
  return JSON.stringify(content) !== JSON.stringify(contentOf(before.snapshot));
}

/**
 * Applies a new extraction of an article to its stored deals (matched by investor and
 * target country) in one transaction, never overwriting a field an editor corrected
 * (Deal.editedFields). Extracted deals with no stored match are added (ids in
 * `created`); stored deals the extractor no longer finds are left alone, since an
 * editor may have verified them.
 */
export async function reextractArticleDeals(articleId: number, extracted: ExtractedDealInput[], actor: Actor): Promise<ReextractResult> {
  return writeTransaction(async (tx) => {
    const links = await tx.dealArticle.findMany({
      where: { articleId, deal: { deletedAt: null } },
      select: { deal: { select: {
        id: true, investor: true, targetCountry: true,
        revisions: { where: { action: "create" }, select: { snapshot: true }, take: 1 },
      } } },
      orderBy: { dealId: "asc" },
    });
    // A deal is found by its investor and country as they are now, or as first extracted
    // (an editor may have corrected either).
    const stored = new Map<string, number>();
    for (const { deal } of links) {
      const first = deal.revisions[0] ? (JSON.parse(deal.revisions[0].snapshot) as DealContent) : null;
      if (first?.investor && first.targetCountry) stored.set(key(first), deal.id);
      stored.set(key(deal), deal.id);
    }
    const done = new Set<number>();
    const result: ReextractResult = { updated: [], unchanged: [], created: [] };
    const fresh: ExtractedDealInput[] = [];
    for (const deal of extracted) {
      const dealId = stored.get(key(deal.content));
      if (dealId === undefined || done.has(dealId)) { fresh.push(deal); continue; }
      done.add(dealId);
      (await refreshDeal(tx, dealId, articleId, deal, actor) ? result.updated : result.unchanged).push(dealId);
    }
    if (fresh.length) {
      const { text } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
      const source = { text, userId: actor.id, actor: actor.id === null ? actor.name : actor.email };
      for (const deal of fresh) result.created.push(await insertExtractedDeal(tx, articleId, deal, source));
    }
    return result;
  }, { timeout: 30_000 });
}
