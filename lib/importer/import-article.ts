import { articleWriter } from "../data/article-writer";
import { findArticleIdByHash } from "../data/find-article-by-hash";
import type { DateOrigin } from "../schemas/article";
import { matchDeal } from "./match-deal";
// types only: the thread that stores articles never loads the converters or the engine (they run in the workers)
import type { ArticleInput, Prepared } from "./prepare-article";
import { extractionPool, TimeBudgetError, timeBudgetMs, type ExtractionPool } from "./worker/extraction-pool";

export type ImportOptions = {
  /** the date the user gave for this article: it wins over any date the article states */
  published?: string | null;
  /** the date for articles that state none (a batch's or the CLI's --published) */
  defaultPublished?: string | null;
  source?: string | null;
  /** the source when neither the user nor the page names one (a file's path); else the file's name */
  fallbackSource?: string | null;
  importedById?: number | null;
  importedVia: "upload" | "api" | "cli" | "seed";
  /** the worker pool to use; the process's shared one by default */
  pool?: ExtractionPool;
};

export type ImportedArticle = { title: string | null; published: string | null; publishedFrom: DateOrigin | null };

export type ImportOutcome =
  | ({
      status: "imported";
      label: string;
      articleId: number;
      dealIds: number[];
      skippedDeals: number;
      // the stored deals this article joined as a further source, and the new deals that may duplicate one
      joinedDealIds: number[];
      possibleDuplicateIds: number[];
    } & ImportedArticle)
  | { status: "duplicate"; label: string; articleId: number }
  | { status: "refused"; label: string; reason: string };

/** What a person calls this input in messages: the file's name, or "pasted text". */
function inputLabel(input: ArticleInput): string {
  return input.kind === "file" ? input.fileName : "pasted text";
}

function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
  return code === "P2002" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

function publicationDate(
  stated: { date: string; origin: "page" | "text" } | null,
  options: ImportOptions,
): { published: string | null; publishedFrom: DateOrigin | null } {
  if (options.published) return { published: options.published, publishedFrom: "given" };
  if (stated) return { published: stated.date, publishedFrom: stated.origin };
  if (options.defaultPublished) return { published: options.defaultPublished, publishedFrom: "default" };
  return { published: null, publishedFrom: null };
}

const slowReason = (e: TimeBudgetError, step: string) =>
  `${step} took longer than the ${e.budgetMs / 1000} s an article may take, so it was stopped: split it into its articles or paste the part that matters`;

/** Runs a job in the pool; a job past its budget or a failing converter becomes a refusal, not a crash. */
async function inPool<T>(run: () => Promise<T>, step: string, label: string): Promise<T | { refused: string }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TimeBudgetError) return { refused: slowReason(error, step) };
    console.error(`import of ${label}: ${step} failed`, error);
    return { refused: `${step} failed unexpectedly (logged on the server); check that the file opens, then try again` };
  }
}

/**
 * The one path by which articles enter: convert, clean, hash, dedupe, extract, store.
 * Converting and extracting run in worker threads with a time budget, so no article
 * holds up the thread that answers requests. Expected problems come back as a
 * "refused" outcome naming the reason; nothing is stored for them.
 */
export async function importArticle(input: ArticleInput, options: ImportOptions): Promise<ImportOutcome> {
  const label = inputLabel(input);
  const pool = options.pool ?? extractionPool();
  const budget = timeBudgetMs();
  const prepared = await inPool<Prepared>(
    () => pool.run({ type: "prepare", input }, budget),
    "reading the file",
    label,
  );
  if ("refused" in prepared) return { status: "refused", label, reason: prepared.refused };
  if (!prepared.ok) return { status: "refused", label, reason: prepared.reason };
  const { text, title, contentHash, statedDate, canonicalUrl, language } = prepared.article;

  const existing = await findArticleIdByHash(contentHash);
  if (existing !== null) return { status: "duplicate", label, articleId: existing };

  const date = publicationDate(statedDate, options);
  const extracted = await inPool(
    () => pool.run({ type: "extract", text, published: date.published }, budget),
    "finding the deals",
    label,
  );
  if ("refused" in extracted) return { status: "refused", label, reason: extracted.refused };
  try {
    // the process's writer stores articles one after another, many per transaction
    const created = await articleWriter().store(
      {
        title,
        text,
        contentHash,
        source:
          options.source ?? canonicalUrl ?? options.fallbackSource ?? (input.kind === "file" ? input.fileName : null),
        publishedOn: date.published,
        language,
        importedById: options.importedById ?? null,
        importedVia: options.importedVia,
      },
      extracted.deals,
      // reports of a deal already stored join it as a further source (issue 11)
      matchDeal,
    );
    const { articleId, dealIds, joinedDealIds, possibleDuplicateIds } = created;
    return {
      status: "imported",
      label,
      articleId,
      dealIds,
      skippedDeals: extracted.skipped,
      joinedDealIds,
      possibleDuplicateIds,
      title,
      ...date,
    };
  } catch (error) {
    // Two imports of the same text at once: the second loses the race on the unique hash.
    if (isUniqueViolation(error)) {
      const id = await findArticleIdByHash(contentHash);
      if (id !== null) return { status: "duplicate", label, articleId: id };
    }
    throw error;
  }
}
