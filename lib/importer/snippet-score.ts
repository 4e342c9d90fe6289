import { z } from "zod";

/**
 * Human annotation of a saved page, as in public extraction benchmarks: snippets the
 * article's text must contain ("with") and snippets of page furniture it must not
 * ("without").
 */
export const pageAnnotationSchema = z.object({
  file: z.string().regex(/^[^/\\]+\.html?$/, "file must be the name of an .html file in the same folder"),
  with: z.array(z.string().min(1)),
  without: z.array(z.string().min(1)),
  /** the page's language, for pages whose markup does not say it (optional) */
  lang: z.string().min(2).optional(),
});
export type PageAnnotation = z.infer<typeof pageAnnotationSchema>;
export const pageAnnotationsSchema = z.array(pageAnnotationSchema).min(1, "annotations.json lists no page");

export type SnippetScore = {
  /** "without" snippets still present in the kept text: clutter kept */
  clutterKept: string[];
  /** "with" snippets missing from the kept text: article lost */
  articleLost: string[];
  withTotal: number;
  withoutTotal: number;
};

/**
 * Whitespace squashed (non-breaking and other Unicode spaces too) and NFC, but case
 * kept: "Impressum" as a footer link is clutter, "impressum" in a sentence is not, and
 * a converter never changes case, so a case-blind match would only add false hits.
 */
export const squashForMatch = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f\u200b\ufeff]+/g, " ")
    .trim();

/** Which annotated snippets the text an importer kept still has (clutter) or lacks (article). */
export function scoreSnippets(kept: string, annotation: Pick<PageAnnotation, "with" | "without">): SnippetScore {
  const text = squashForMatch(kept);
  const has = (snippet: string) => text.includes(squashForMatch(snippet));
  return {
    clutterKept: annotation.without.filter(has),
    articleLost: annotation.with.filter((s) => !has(s)),
    withTotal: annotation.with.length,
    withoutTotal: annotation.without.length,
  };
}
