"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import { importBatch, type UploadedFile } from "@/lib/importer/import-batch";
import type { ImportOutcome } from "@/lib/importer/import-article";

export type ImportFormState = {
  outcomes: ImportOutcome[];
  message: string | null;
  fieldErrors: Record<string, string[]>;
  // what the user typed, so a refused submission keeps the form filled
  values: { text: string; published: string; source: string };
};

async function uploadedFiles(formData: FormData): Promise<UploadedFile[]> {
  const files = formData.getAll("file").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f);
  // An empty file input still sends one empty part, nameless (or named "undefined"
  // after React's form serialization); a chosen empty file keeps its real name.
  const chosen = files.filter((f) => f.size > 0 || (f.name !== "" && f.name !== "undefined"));
  return Promise.all(chosen.map(async (f) => ({ name: f.name || "unnamed file", bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export async function importArticlesAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  if (!isFormData(formData)) return { outcomes: [], message: MALFORMED_REQUEST, fieldErrors: {}, values: { text: "", published: "", source: "" } };
  const text = String(formData.get("text") ?? "");
  const published = String(formData.get("published") ?? "");
  const source = String(formData.get("source") ?? "");
  const values = { text, published, source };
  try {
    // Checked on the server for every submission: the page hiding the form is only a courtesy.
    const user = await requireRole("editor");
    const outcomes = await importBatch({ files: await uploadedFiles(formData), text, published, source }, { importedVia: "upload", importedById: user.id });
    if (outcomes.some((o) => o.status === "imported")) {
      revalidatePath("/deals");
      revalidatePath("/articles");
    }
    const allRefused = outcomes.every((o) => o.status === "refused");
    // Keep the pasted text when it was not stored, so nothing typed is lost.
    return { outcomes, message: null, fieldErrors: {}, values: allRefused ? values : { text: "", published, source } };
  } catch (error) {
    if (isAppError(error)) return { outcomes: [], message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
    throw error;
  }
}
