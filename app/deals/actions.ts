"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { deleteSavedView, saveView } from "@/lib/data/saved-views";
import { formStateFromError, zodFieldErrors, type ActionMessage, type FormState } from "@/lib/form-state";
import { savedViewIdSchema, savedViewSchema } from "@/lib/schemas/saved-view";

export type SaveViewState = FormState<{ name: string }>;

/** Saves the current /deals filter under a name, for the logged-in user. */
export async function saveViewAction(_prev: SaveViewState, formData: FormData): Promise<SaveViewState> {
  const values = { name: String(formData.get("name") ?? "") };
  try {
    const user = await requireRole("viewer");
    const parsed = savedViewSchema.safeParse({ name: values.name, query: String(formData.get("query") ?? "") });
    if (!parsed.success) return { message: "The view was not saved: correct the field marked.", fieldErrors: zodFieldErrors(parsed.error), values };
    const view = await saveView(user.id, parsed.data);
    revalidatePath("/deals");
    return { message: null, fieldErrors: {}, values: { name: "" }, done: `Saved the view “${view.name}”.` };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function deleteViewAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  try {
    const user = await requireRole("viewer");
    const parsed = savedViewIdSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: "The request was incomplete: reload the page and try again." };
    await deleteSavedView(user.id, parsed.data.viewId);
  } catch (error) {
    return { message: formStateFromError(error, null).message };
  }
  revalidatePath("/deals");
  return { message: null };
}
