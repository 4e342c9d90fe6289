"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import type { ImportOutcome } from "@/lib/importer/import-article";
import { importBatch } from "@/lib/importer/import-batch";
import { filesFromForm, urlsFromForm } from "@/lib/importer/read-import-request";

export type ImportFormState = {
  outcomes: ImportOutcome[];
  message: string | null;
  fieldErrors: Record<string, string[]>;
  // what the user typed, so a refused submission keeps the form filled (the chosen
  // files stay in the browser: the form never clears them on its own)
  values: { text: string; published: string; source: string; urls: string };
};

export async function importArticlesAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  if (!isFormData(formData)) return { outcomes: [], message: MALFORMED_REQUEST, fieldErrors: {}, values: { text: "", published: "", source: "", urls: "" } };
  const text = String(formData.get("text") ?? "");
  const published = String(formData.get("published") ?? "");
  const source = String(formData.get("source") ?? "");
  const urls = String(formData.get("urls") ?? "");
  const values = { text, published, source, urls };
  try {
    // Checked on the server for every submission: the page hiding the form is only a courtesy.
    const user = await requireRole("editor");
    const outcomes = await importBatch(
      { files: await filesFromForm(formData), text, urls: urlsFromForm(formData), published, textPublished: published, source },
      { importedVia: "upload", importedById: user.id },
    );
    if (outcomes.some((o) => o.status === "imported")) {
      revalidatePath("/deals");
      revalidatePath("/articles");
    }
    const allRefused = outcomes.every((o) => o.status === "refused");
    // Keep the pasted text and links when they were not stored, so nothing typed is lost.
    return { outcomes, message: null, fieldErrors: {}, values: allRefused ? values : { text: "", published, source, urls: "" } };
  } catch (error) {
    if (isAppError(error)) return { outcomes: [], message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
    throw error;
  }
}
