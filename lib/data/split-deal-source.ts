import { AppError } from "../errors";
import { dealContentSchema } from "../schemas/deal";
import { recombineDeal, refreshSourceColumns } from "./deal-sources";
import { contentColumns, contentOf, facilityRows, readDealState } from "./deal-state";
import { moveSources } from "./merge-deals";
import { writeTransaction } from "./write-transaction";
import { diffSnapshots, type DealSnapshot } from "./revision-snapshot";
import { writeSearchRow } from "./search-index";
import type { Actor } from "./write-deal-change";

/**
 * Moves one source article out of a deal into a deal of its own, in one transaction:
 * the new deal starts from what the extractor found in that article, takes the
 * article's evidence, and the old deal's fields are recombined from the sources it
 * keeps. Both get a revision; undoLinkChange puts the article back. Returns the new deal's id.
 */
export async function splitDealSource(dealId: number, articleId: number, actor: Actor): Promise<number> {
  return writeTransaction(
    async (tx) => {
      const before = await readDealState(tx, dealId);
      if (!before.articleIds.includes(articleId))
        throw new AppError("not_found", `Article ${articleId} is not a source of deal ${dealId}.`);
      if (before.articleIds.length < 2) throw new AppError("invalid_input", "A deal with one source cannot be split.");
      const link = await tx.dealArticle.findUniqueOrThrow({
        where: { dealId_articleId: { dealId, articleId } },
        select: { content: true, confidence: true, article: { select: { text: true } } },
      });
      const parsed = link.content ? dealContentSchema.safeParse(JSON.parse(link.content)) : null;
      const content = parsed?.success ? parsed.data : contentOf(before.snapshot);

      const created = await tx.deal.create({
        data: {
          ...contentColumns(content),
          confidence: link.confidence ?? 0.5,
          facilities: { create: facilityRows(content) },
        },
        select: { id: true },
      });
      const change = await tx.dealLinkChange.create({
        data: {
          kind: "split",
          fromDealId: dealId,
          toDealId: created.id,
          articleIds: JSON.stringify([articleId]),
          userId: actor.id,
        },
        select: { id: true },
      });
      await moveSources(tx, dealId, created.id, [articleId]);
      const snapshot: DealSnapshot = { ...content, reviewState: "unreviewed", deleted: false };
      await tx.revision.create({
        data: {
          dealId: created.id,
          userId: actor.id,
          actor: actor.id === null ? actor.name : actor.email,
          action: "split",
          changes: JSON.stringify({
            ...diffSnapshots(null, snapshot),
            splitFrom: { from: null, to: dealId },
            sources: { from: [], to: [articleId] },
          }),
          snapshot: JSON.stringify(snapshot),
          version: 1,
          linkChangeId: change.id,
        },
      });
      await writeSearchRow(tx, created.id, content, link.article.text);
      await refreshSourceColumns(tx, created.id);
      await recombineDeal(tx, dealId, {
        action: "split",
        actor,
        sourcesBefore: before.articleIds,
        isAlwaysRecorded: true,
        linkChangeId: change.id,
      });
      return created.id;
    },
    { timeout: 30_000 },
  );
}
