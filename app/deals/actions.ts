"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { deleteSavedView, saveView } from "@/lib/data/saved-views";
import type { SaveViewState } from "@/components/deals/save-view-form";
import { INCOMPLETE_REQUEST, NO_MESSAGE, refused, runAction, zodFieldErrors, type ActionState } from "@/lib/form-state";
import { savedViewIdSchema, savedViewSchema } from "@/lib/schemas/saved-view";

/** Saves the current /deals filter under a name, for the logged-in user. */
export async function saveViewAction(_prev: SaveViewState, formData: FormData): Promise<SaveViewState> {
  const values = { name: String(formData.get("name") ?? "") };
  const user = await runAction(() => requireRole("viewer"));
  if (!user.ok) return { ...user.state, values };
  const parsed = savedViewSchema.safeParse({ name: values.name, query: String(formData.get("query") ?? "") });
  if (!parsed.success)
    return { ...refused("The view was not saved: correct the field marked.", zodFieldErrors(parsed.error)), values };
  const saved = await runAction(() => saveView(user.value.id, parsed.data));
  if (!saved.ok) return { ...saved.state, values };
  revalidatePath("/deals");
  return { ...NO_MESSAGE, values: { name: "" }, done: `Saved the view “${saved.value.name}”.` };
}

export async function deleteViewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = savedViewIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(INCOMPLETE_REQUEST);
  const deleted = await runAction(async () => deleteSavedView((await requireRole("viewer")).id, parsed.data.viewId));
  if (!deleted.ok) return deleted.state;
  revalidatePath("/deals");
  return NO_MESSAGE;
}
