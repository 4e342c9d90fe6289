"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { NO_MESSAGE, refused, runAction } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import type { ImportFormState } from "@/components/import/import-form";
import { importBatch } from "@/lib/importer/import-batch";
import { filesFromForm, urlsFromForm } from "@/lib/importer/read-import-request";

export async function importArticlesAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  if (!isFormData(formData))
    return { ...refused(MALFORMED_REQUEST), outcomes: [], values: { text: "", published: "", source: "", urls: "" } };
  const text = String(formData.get("text") ?? "");
  const published = String(formData.get("published") ?? "");
  const source = String(formData.get("source") ?? "");
  const urls = String(formData.get("urls") ?? "");
  const values = { text, published, source, urls };
  const outcome = await runAction(async () => {
    // Checked on the server for every submission: the page hiding the form is only a courtesy.
    const user = await requireRole("editor");
    return importBatch(
      {
        files: await filesFromForm(formData),
        text,
        urls: urlsFromForm(formData),
        published,
        textPublished: published,
        source,
      },
      { importedVia: "upload", importedById: user.id },
    );
  });
  if (!outcome.ok) return { ...outcome.state, outcomes: [], values };
  const outcomes = outcome.value;
  if (outcomes.some((o) => o.status === "imported")) {
    revalidatePath("/deals");
    revalidatePath("/articles");
  }
  const allRefused = outcomes.every((o) => o.status === "refused");
  // Keep the pasted text and links when they were not stored, so nothing typed is lost.
  return { ...NO_MESSAGE, outcomes, values: allRefused ? values : { text: "", published, source, urls: "" } };
}
