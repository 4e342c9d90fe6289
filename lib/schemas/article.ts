import { z } from "zod";
import { partialDate } from "./deal";

// Limits an import checks before it reads everything, named in every refusal.
/** A file's bytes: PDFs and saved pages carry images and scripts besides the article. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The article's text once converted: longer texts are books or dumps, not news. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** One upload or API request, all files together. */
export const MAX_REQUEST_BYTES = 50 * 1024 * 1024;
/** Files in one upload or API request. */
export const MAX_FILES_PER_REQUEST = 500;
/** Links in one import by link. */
export const MAX_URLS_PER_REQUEST = 20;

export const TEXT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
export const DOCUMENT_EXTENSIONS = [".pdf", ".docx"] as const;
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS] as const;
export const IMPORT_VIAS = ["upload", "api", "cli", "seed"] as const;

/** Where an article's publication date came from, as the import result says it. */
export const DATE_ORIGINS = ["given", "page", "text", "default"] as const;
export type DateOrigin = (typeof DATE_ORIGINS)[number];

export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const optionalPublished = z
  .preprocess(emptyToNull, partialDate.nullable().optional())
  .transform((v) => v ?? null);

/** The metadata that may come with an imported article (form, API, CLI). */
export const importMetadataSchema = z.object({
  published: optionalPublished,
  source: z
    .preprocess(
      emptyToNull,
      z.string().trim().max(2000, "the source is at most 2,000 characters").nullable().optional(),
    )
    .transform((v) => v ?? null),
});

/** `POST /api/articles` with a JSON body: one text, or `urls` to fetch. */
export const importTextSchema = importMetadataSchema.extend({
  text: z.string({ error: 'send the article as "text"' }).trim().min(1, "the text is empty: paste the article's text"),
  title: z.string().trim().max(300).nullable().optional(),
});

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "give a full http:// or https:// address");

/** One link per line (or separated by spaces), as pasted into the form or sent as JSON. */
export const importUrlsSchema = z.object({
  urls: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/\s+/).filter(Boolean) : v),
    z
      .array(httpUrl, { error: 'send "urls" as a list of links' })
      .min(1, "paste at least one link")
      .max(MAX_URLS_PER_REQUEST, `at most ${MAX_URLS_PER_REQUEST} links at once`),
  ),
  published: optionalPublished,
});

export type ImportMetadata = z.infer<typeof importMetadataSchema>;
export type ImportText = z.infer<typeof importTextSchema>;
