import { AppError } from "../errors";
import type { DealContent } from "../schemas/deal";
import { MERGE_FIELDS, type MergeField } from "../schemas/deal-merge";
import { refreshSourceColumns } from "./deal-sources";
import { contentOf, readDealState, type Tx } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { writeDealChange, type Actor } from "./write-deal-change";

/** Per field, whose value the merged deal keeps: the kept deal's or the merged one's. */
export type MergeChoices = Partial<Record<MergeField, "keep" | "merge">>;

export type MergeInput = { keepId: number; mergeId: number; choices: MergeChoices };

/** The kept deal's content with each field the editor chose from the other deal. */
export function chooseFields(keep: DealContent, other: DealContent, choices: MergeChoices): DealContent {
  const out: Record<string, unknown> = { ...keep };
  for (const field of MERGE_FIELDS) {
    if (choices[field] !== "merge") continue;
    out[field] = other[field];
    if (field === "amount") {
      out.currency = other.currency;
      out.amountText = other.amountText;
    }
  }
  return out as DealContent;
}

/** Moves an article's link and its evidence from one deal to another. */
export async function moveSources(tx: Tx, fromDealId: number, toDealId: number, articleIds: number[]): Promise<void> {
  if (!articleIds.length) return;
  await tx.dealArticle.updateMany({
    where: { dealId: fromDealId, articleId: { in: articleIds } },
    data: { dealId: toDealId },
  });
  await tx.evidence.updateMany({
    where: { dealId: fromDealId, articleId: { in: articleIds } },
    data: { dealId: toDealId },
  });
}

/**
 * Merges one deal into another in one transaction: the kept deal takes the chosen
 * value of each field (marked as an editor's, so re-extraction keeps them) and all
 * the other's source articles with their evidence; the other is deleted, pointing
 * to the kept one. Both get a revision; undoLinkChange takes it all back.
 */
export async function mergeDeals(input: MergeInput, actor: Actor): Promise<number> {
  const { keepId, mergeId, choices } = input;
  if (keepId === mergeId) throw new AppError("invalid_input", "A deal cannot be merged with itself.");
  return writeTransaction(
    async (tx) => {
      const keep = await readDealState(tx, keepId);
      const other = await readDealState(tx, mergeId);
      if (keep.deletedAt || other.deletedAt)
        throw new AppError("conflict", "One of the two deals was deleted or merged meanwhile; reload the page.");
      const moved = other.articleIds.filter((id) => !keep.articleIds.includes(id));
      const change = await tx.dealLinkChange.create({
        data: {
          kind: "merge",
          fromDealId: mergeId,
          toDealId: keepId,
          articleIds: JSON.stringify(moved),
          userId: actor.id,
          keptBefore: JSON.stringify({ snapshot: keep.snapshot, editedFields: keep.editedFields }),
        },
        select: { id: true },
      });
      await moveSources(tx, mergeId, keepId, moved);

      const kept = await readDealState(tx, keepId);
      await writeDealChange(tx, kept, {
        action: "merge",
        actor,
        markEdited: true,
        linkChangeId: change.id,
        after: { ...kept.snapshot, ...chooseFields(contentOf(keep.snapshot), contentOf(other.snapshot), choices) },
        extraChanges: {
          sources: { from: keep.articleIds, to: kept.articleIds },
          mergedFrom: { from: null, to: mergeId },
        },
      });
      await refreshSourceColumns(tx, keepId);

      const gone = await readDealState(tx, mergeId);
      await writeDealChange(tx, gone, {
        action: "merge",
        actor,
        linkChangeId: change.id,
        after: { ...gone.snapshot, deleted: true },
        extraChanges: {
          sources: { from: other.articleIds, to: gone.articleIds },
          mergedInto: { from: null, to: keepId },
        },
      });
      await tx.deal.update({ where: { id: mergeId }, data: { mergedIntoId: keepId } });
      await refreshSourceColumns(tx, mergeId);

      await tx.duplicateCandidate.updateMany({
        where: {
          OR: [
            { dealId: keepId, otherDealId: mergeId },
            { dealId: mergeId, otherDealId: keepId },
          ],
        },
        data: { state: "merged", decidedAt: new Date(), decidedById: actor.id },
      });
      return change.id;
    },
    { timeout: 30_000 },
  );
}
