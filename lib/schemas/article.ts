import { z } from "zod";
import { partialDate } from "./deal";

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
export const IMPORT_VIAS = ["upload", "api", "cli", "seed"] as const;

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** The metadata that may come with an imported article (form, API, CLI). */
export const importMetadataSchema = z.object({
  published: z.preprocess(emptyToNull, partialDate.nullable().optional()).transform((v) => v ?? null),
  source: z.preprocess(
    emptyToNull,
    z.string().trim().max(2000, "the source is at most 2,000 characters").nullable().optional(),
  ).transform((v) => v ?? null),
});

/** `POST /api/articles` with a JSON body. */
export const importTextSchema = importMetadataSchema.extend({
  text: z.string({ error: "send the article as \"text\"" }).trim().min(1, "the text is empty: paste the article's text"),
  title: z.string().trim().max(300).nullable().optional(),
});

export type ImportMetadata = z.infer<typeof importMetadataSchema>;
export type ImportText = z.infer<typeof importTextSchema>;
