import { getArticleSource } from "../data/get-article-source";
import { reextractArticleDeals, type ReextractResult } from "../data/reextract-article-deals";
import type { Actor } from "../data/write-deal-change";
import { AppError } from "../errors";
import { extractForStorage } from "./extract-for-storage";
import { matchDeal } from "./match-deal";

/**
 * Runs the current extractor over a stored article again and applies the result:
 * fields an editor corrected keep the editor's value, new deals are added, nothing
 * is deleted. One transaction per article.
 */
export async function reextractArticle(articleId: number, actor: Actor): Promise<ReextractResult> {
  const article = await getArticleSource(articleId);
  if (!article) throw new AppError("not_found", `There is no article ${articleId}.`);
  const { deals } = extractForStorage(article.text, article.publishedOn);
  return reextractArticleDeals(articleId, deals, actor, matchDeal);
}
