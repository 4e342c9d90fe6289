import { AppError } from "../errors";
import { DEAL_FIELDS, type DealContent } from "../schemas/deal";
import type { EvidenceSelection } from "../schemas/deal-form";
import { refreshSourceColumns } from "./deal-sources";
import { contentColumns, facilityRows } from "./deal-state";
import { writeTransaction } from "./write-transaction";
import { diffSnapshots, type DealSnapshot } from "./revision-snapshot";
import { saveEvidence } from "./save-evidence";
import { writeSearchRow } from "./search-index";
import type { Actor } from "./write-deal-change";

/**
 * Adds a deal the extractor missed to an article. An editor wrote every field, so all
 * count as edited (re-extraction never touches them) and the deal starts verified.
 */
export async function createDealForArticle(
  articleId: number,
  content: DealContent,
  evidence: EvidenceSelection[],
  actor: Actor,
): Promise<number> {
  return writeTransaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { text: true } });
    if (!article) throw new AppError("not_found", `Article ${articleId} does not exist.`);
    const { id } = await tx.deal.create({
      data: {
        ...contentColumns(content),
        confidence: 1,
        reviewState: "verified",
        editedFields: JSON.stringify(DEAL_FIELDS),
        facilities: { create: facilityRows(content) },
        // the editor's record is this article's report of the deal (what a split starts from)
        articles: { create: { articleId, content: JSON.stringify(content), confidence: 1 } },
      },
      select: { id: true },
    });
    const snapshot: DealSnapshot = { ...content, reviewState: "verified", deleted: false };
    await tx.revision.create({
      data: {
        dealId: id,
        userId: actor.id,
        actor: actor.id === null ? actor.name : actor.email,
        action: "create",
        changes: JSON.stringify(diffSnapshots(null, snapshot)),
        snapshot: JSON.stringify(snapshot),
        version: 1,
      },
    });
    await saveEvidence(
      tx,
      id,
      evidence.map((e) => ({ ...e, articleId })),
    );
    await writeSearchRow(tx, id, content, article.text);
    await refreshSourceColumns(tx, id);
    return id;
  });
}
