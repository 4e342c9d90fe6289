import { AppError } from "../errors";
import type { EvidenceSelection } from "../schemas/deal-form";
import type { Tx } from "./deal-state";

/**
 * Stores words an editor selected as a field's evidence: for each field and article
 * named, the new spans replace the old ones. Spans must lie in one of the deal's articles.
 */
export async function saveEvidence(tx: Tx, dealId: number, selections: EvidenceSelection[]): Promise<void> {
  if (!selections.length) return;
  const articleIds = [...new Set(selections.map((s) => s.articleId))];
  const links = await tx.dealArticle.findMany({
    where: { dealId, articleId: { in: articleIds } },
    select: { article: { select: { id: true, text: true } } },
  });
  const lengths = new Map(links.map((l) => [l.article.id, l.article.text.length]));
  for (const s of selections) {
    const length = lengths.get(s.articleId);
    if (length === undefined || s.end > length) {
      throw new AppError("invalid_input", "The selected words are not in this deal's article: select them again.", {
        evidence: ["select the words in the article shown"],
      });
    }
  }
  const replaced = new Set(selections.map((s) => `${s.articleId}:${s.field}`));
  for (const key of replaced) {
    const [articleId, field] = key.split(":");
    await tx.evidence.deleteMany({ where: { dealId, articleId: Number(articleId), field } });
  }
  await tx.evidence.createMany({
    data: selections.map((s) => ({ dealId, articleId: s.articleId, field: s.field, start: s.start, end: s.end })),
  });
}
