import { AppError } from "../errors";
import { recombineDeal, refreshSourceColumns } from "./deal-sources";
import { readDealState, type Tx } from "./deal-state";
import { moveSources } from "./merge-deals";
import { writeTransaction } from "./write-transaction";
import type { DealSnapshot } from "./revision-snapshot";
import { writeDealChange, type Actor } from "./write-deal-change";

async function undoMerge(
  tx: Tx,
  change: { id: number; fromDealId: number; toDealId: number; articleIds: number[]; keptBefore: string | null },
  actor: Actor,
) {
  const { fromDealId: mergedId, toDealId: keptId, articleIds } = change;
  const keptBefore = await readDealState(tx, keptId);
  const mergedBefore = await readDealState(tx, mergedId);
  const present = articleIds.filter((id) => keptBefore.articleIds.includes(id));
  await moveSources(tx, keptId, mergedId, present);
  const prior = change.keptBefore
    ? (JSON.parse(change.keptBefore) as { snapshot: DealSnapshot; editedFields: string[] })
    : null;

  const kept = await readDealState(tx, keptId);
  await writeDealChange(tx, kept, {
    action: "unmerge",
    actor,
    linkChangeId: change.id,
    after: prior
      ? { ...prior.snapshot, reviewState: kept.snapshot.reviewState, deleted: kept.snapshot.deleted }
      : kept.snapshot,
    extraChanges: { sources: { from: keptBefore.articleIds, to: kept.articleIds } },
  });
  if (prior)
    await tx.deal.update({ where: { id: keptId }, data: { editedFields: JSON.stringify(prior.editedFields) } });
  await refreshSourceColumns(tx, keptId);

  const merged = await readDealState(tx, mergedId);
  await writeDealChange(tx, merged, {
    action: "unmerge",
    actor,
    linkChangeId: change.id,
    after: { ...merged.snapshot, deleted: false },
    extraChanges: {
      sources: { from: mergedBefore.articleIds, to: merged.articleIds },
      mergedInto: { from: keptId, to: null },
    },
  });
  await tx.deal.update({ where: { id: mergedId }, data: { mergedIntoId: null } });
  await refreshSourceColumns(tx, mergedId);
  // the pair is undecided again
  await tx.duplicateCandidate.updateMany({
    where: {
      OR: [
        { dealId: keptId, otherDealId: mergedId },
        { dealId: mergedId, otherDealId: keptId },
      ],
      state: "merged",
    },
    data: { state: "open", decidedAt: null, decidedById: null },
  });
}

async function undoSplit(
  tx: Tx,
  change: { id: number; fromDealId: number; toDealId: number; articleIds: number[] },
  actor: Actor,
) {
  const { fromDealId: originalId, toDealId: splitId, articleIds } = change;
  const original = await readDealState(tx, originalId);
  const split = await readDealState(tx, splitId);
  const present = articleIds.filter((id) => split.articleIds.includes(id));
  await moveSources(tx, splitId, originalId, present);
  const emptied = await readDealState(tx, splitId);
  await writeDealChange(tx, emptied, {
    action: "unsplit",
    actor,
    linkChangeId: change.id,
    after: { ...emptied.snapshot, deleted: true },
    extraChanges: {
      sources: { from: split.articleIds, to: emptied.articleIds },
      mergedInto: { from: null, to: originalId },
    },
  });
  await tx.deal.update({ where: { id: splitId }, data: { mergedIntoId: originalId } });
  await refreshSourceColumns(tx, splitId);
  await recombineDeal(tx, originalId, {
    action: "unsplit",
    actor,
    sourcesBefore: original.articleIds,
    isAlwaysRecorded: true,
    linkChangeId: change.id,
  });
}

/**
 * Takes a merge or a split back in one transaction: the moved articles return with
 * their evidence, the merged-away deal comes back (or the split-off one goes), and
 * each deal gets a revision saying so. History is never rewritten.
 */
export async function undoLinkChange(linkChangeId: number, actor: Actor): Promise<{ dealIds: number[] }> {
  return writeTransaction(
    async (tx) => {
      const change = await tx.dealLinkChange.findUnique({ where: { id: linkChangeId } });
      if (!change) throw new AppError("not_found", `There is no merge or split ${linkChangeId}.`);
      if (change.undoneAt) throw new AppError("conflict", "This was already undone.");
      const claimed = await tx.dealLinkChange.updateMany({
        where: { id: linkChangeId, undoneAt: null },
        data: { undoneAt: new Date() },
      });
      if (claimed.count === 0) throw new AppError("conflict", "This was already undone.");
      const input = { ...change, articleIds: JSON.parse(change.articleIds) as number[] };
      if (change.kind === "merge") await undoMerge(tx, input, actor);
      else await undoSplit(tx, input, actor);
      return { dealIds: [change.fromDealId, change.toDealId] };
    },
    { timeout: 30_000 },
  );
}
