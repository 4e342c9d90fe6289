import { AppError } from "../errors";
import { zodFieldErrors } from "../form-state";
import { importMetadataSchema } from "../schemas/article";
import { importArticle, type ImportOptions, type ImportOutcome } from "./import-article";

export type UploadedFile = { name: string; bytes: Uint8Array };

export type ImportBatchInput = {
  files: UploadedFile[];
  text?: string | null;
  title?: string | null;
  published?: unknown;
  source?: unknown;
};

export type ImportActor = Pick<ImportOptions, "importedById" | "importedVia">;

/**
 * Imports every file and the pasted text of one upload, each on its own: a refused
 * file does not stop the others. Bad metadata refuses the whole batch up front.
 */
export async function importBatch(input: ImportBatchInput, actor: ImportActor): Promise<ImportOutcome[]> {
  const meta = importMetadataSchema.safeParse({ published: input.published, source: input.source });
  if (!meta.success) throw new AppError("invalid_input", "Check the publication date and source.", zodFieldErrors(meta.error));
  const text = input.text?.trim() ? input.text : null;
  if (input.files.length === 0 && !text) {
    throw new AppError("invalid_input", "Choose at least one file or paste an article's text.", { file: ["choose a file or paste text"] });
  }
  const options = { ...actor, ...meta.data };
  const outcomes: ImportOutcome[] = [];
  for (const file of input.files) {
    outcomes.push(await importArticle({ kind: "file", fileName: file.name, bytes: file.bytes }, { ...options, source: meta.data.source ?? file.name }));
  }
  if (text) outcomes.push(await importArticle({ kind: "text", text, title: input.title ?? null }, options));
  return outcomes;
}
