import { detectLanguage, findPublicationDate } from "../extraction";
import { createArticleWithDeals } from "../data/create-article-with-deals";
import { findArticleIdByHash } from "../data/find-article-by-hash";
import { extractForStorage } from "./extract-for-storage";
import { matchDeal } from "./match-deal";
import { inputLabel, prepareArticle, type ArticleInput } from "./prepare-article";

export type ImportOptions = {
  published?: string | null;
  source?: string | null;
  importedById?: number | null;
  importedVia: "upload" | "api" | "cli" | "seed";
};

export type ImportOutcome =
  | { status: "imported"; label: string; articleId: number; dealIds: number[]; skippedDeals: number; joinedDealIds: number[]; possibleDuplicateIds: number[] }
  | { status: "duplicate"; label: string; articleId: number }
  | { status: "refused"; label: string; reason: string };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * The one path by which articles enter: clean, hash, dedupe, extract, store.
 * Expected problems come back as a "refused" outcome naming the reason.
 */
export async function importArticle(input: ArticleInput, options: ImportOptions): Promise<ImportOutcome> {
  const label = inputLabel(input);
  const prepared = prepareArticle(input);
  if (!prepared.ok) return { status: "refused", label, reason: prepared.reason };
  const { text, title, contentHash } = prepared.article;

  const existing = await findArticleIdByHash(contentHash);
  if (existing !== null) return { status: "duplicate", label, articleId: existing };

  const published = options.published ?? findPublicationDate(text);
  const { deals, skipped } = extractForStorage(text, published);
  try {
    const created = await createArticleWithDeals(
      {
        title, text, contentHash,
        source: options.source ?? (input.kind === "file" ? input.fileName : null),
        publishedOn: published,
        language: detectLanguage(text),
        importedById: options.importedById ?? null,
        importedVia: options.importedVia,
      },
      deals,
      // reports of a deal already stored join it as a further source (issue 11)
      matchDeal,
    );
    const { articleId, dealIds, joinedDealIds, possibleDuplicateIds } = created;
    return { status: "imported", label, articleId, dealIds, skippedDeals: skipped, joinedDealIds, possibleDuplicateIds };
  } catch (error) {
    // Two imports of the same text at once: the second loses the race on the unique hash.
    if (isUniqueViolation(error)) {
      const id = await findArticleIdByHash(contentHash);
      if (id !== null) return { status: "duplicate", label, articleId: id };
    }
    throw error;
  }
}
