/** For the stage tests: an article run through the stages before the sentence loop, with a fresh loop state. */
import { articleContext } from "./context";
import { findMentions } from "./mentions";
import { articleSentences } from "./sentences";
import { newArticleState } from "./state";

export function stagesOf(text: string, lang: string | null, published: string | null = "2024-05-02") {
  const sents = articleSentences(text, lang);
  const { infos, canonical } = findMentions(text, sents, lang, published);
  const ctx = articleContext(text, infos, canonical, lang, published);
  return { sents, infos, ctx, state: newArticleState(ctx.homes) };
}
