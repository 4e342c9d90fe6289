import { AppError } from "../errors";
import { zodFieldErrors } from "../form-state";
import { importMetadataSchema, importUrlsSchema, MAX_FILES_PER_REQUEST, optionalPublished } from "../schemas/article";
import { fetchPage } from "./fetch-url";
import { importArticle, type ImportOptions, type ImportOutcome } from "./import-article";

/** An uploaded file, with the publication date the user gave for it alone (if any). */
export type UploadedFile = { name: string; bytes: Uint8Array; published?: unknown };

export type ImportBatchInput = {
  files: UploadedFile[];
  text?: string | null;
  title?: string | null;
  urls?: string[];
  /** the batch's date: the default for files whose page or text states none */
  published?: unknown;
  /** a date given for the pasted text: it wins over any date the text states */
  textPublished?: unknown;
  source?: unknown;
};

export type ImportActor = Pick<ImportOptions, "importedById" | "importedVia">;

function checkInput(input: ImportBatchInput) {
  const meta = importMetadataSchema.safeParse({ published: input.published, source: input.source });
  const fieldErrors: Record<string, string[]> = meta.success ? {} : zodFieldErrors(meta.error);
  const filePublished = input.files.map((file) => {
    const parsed = optionalPublished.safeParse(file.published);
    if (!parsed.success) fieldErrors[`published:${file.name}`] = [`${file.name}: use YYYY, YYYY-MM or YYYY-MM-DD`];
    return parsed.success ? parsed.data : null;
  });
  const textPublished = optionalPublished.safeParse(input.textPublished);
  if (!textPublished.success) fieldErrors.published = ["use YYYY, YYYY-MM or YYYY-MM-DD"];
  if (input.urls?.length) {
    const urls = importUrlsSchema.shape.urls.safeParse(input.urls);
    if (!urls.success)
      fieldErrors.urls = urls.error.issues.map((i) =>
        typeof i.path[0] === "number" ? `${input.urls![i.path[0]]}: ${i.message}` : i.message,
      );
  }
  if (!meta.success || Object.keys(fieldErrors).length)
    throw new AppError("invalid_input", "Check the fields marked: publication dates, source and links.", fieldErrors);
  return { meta: meta.data, filePublished, textPublished: textPublished.success ? textPublished.data : null };
}

/**
 * Imports every file, link and the pasted text of one upload, each on its own: a
 * refused one does not stop the others. Bad metadata or too many files refuses the
 * whole batch up front, before anything is read.
 */
export async function importBatch(input: ImportBatchInput, actor: ImportActor): Promise<ImportOutcome[]> {
  const text = input.text?.trim() ? input.text : null;
  const urls = input.urls ?? [];
  if (input.files.length === 0 && !text && urls.length === 0) {
    throw new AppError("invalid_input", "Choose at least one file, paste an article's text or paste a link.", {
      file: ["choose a file, paste text or paste a link"],
    });
  }
  if (input.files.length > MAX_FILES_PER_REQUEST) {
    throw new AppError(
      "invalid_input",
      `${input.files.length} files were sent; the limit is ${MAX_FILES_PER_REQUEST} per upload: send them in several uploads, or use npm run import for folders.`,
      { file: [`at most ${MAX_FILES_PER_REQUEST} files per upload`] },
    );
  }
  const { meta, filePublished, textPublished } = checkInput(input);
  const options: ImportOptions = { ...actor, defaultPublished: meta.published, source: meta.source };
  // Files are prepared in parallel in the worker pool; outcomes keep the upload's order.
  const fileOutcomes = input.files.map((file, i) =>
    importArticle(
      { kind: "file", fileName: file.name, bytes: file.bytes },
      { ...options, published: filePublished[i] },
    ),
  );
  const outcomes = await Promise.all(fileOutcomes);
  for (const link of urls) outcomes.push(await importLink(link, options));
  if (text)
    outcomes.push(
      await importArticle(
        { kind: "text", text, title: input.title ?? null },
        { ...options, published: textPublished ?? meta.published },
      ),
    );
  return outcomes;
}

/** Fetches one link and imports what it gives, under the link's name. */
export async function importLink(link: string, options: ImportOptions): Promise<ImportOutcome> {
  const fetched = await fetchPage(link);
  if (!fetched.ok) return { status: "refused", label: link, reason: fetched.reason };
  const outcome = await importArticle(
    { kind: "file", fileName: fetched.page.fileName, bytes: fetched.page.bytes },
    { ...options, source: options.source ?? fetched.page.url },
  );
  return { ...outcome, label: link };
}
