"use server";

import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { requireRole } from "@/lib/auth/current-user";
import { createUser } from "@/lib/data/create-user";
import { updateUserRole } from "@/lib/data/update-user";
import { NO_MESSAGE, refused, runAction, zodFieldErrors, type ActionState } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import { newUserSchema, roleChangeSchema } from "@/lib/schemas/user";
import type { NewUserFormState } from "@/components/admin/new-user-form";

export async function addUserAction(_prev: NewUserFormState, formData: FormData): Promise<NewUserFormState> {
  if (!isFormData(formData)) return { ...refused(MALFORMED_REQUEST), values: { email: "", role: "viewer" } };
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "viewer") };
  const allowed = await runAction(() => requireRole("admin"));
  if (!allowed.ok) return { ...allowed.state, values };
  const parsed = newUserSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success)
    return {
      ...refused("The account was not created: correct the fields marked.", zodFieldErrors(parsed.error)),
      values,
    };
  const { email, role, password } = parsed.data;
  const created = await runAction(async () => createUser({ email, role, passwordHash: await hashPassword(password) }));
  if (!created.ok) return { ...created.state, values };
  revalidatePath("/admin/users");
  return {
    ...NO_MESSAGE,
    values: { email: "", role: "viewer" },
    done: `Created ${created.value.email} (${created.value.role}).`,
  };
}

export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!isFormData(formData)) return refused(MALFORMED_REQUEST);
  const allowed = await runAction(() => requireRole("admin"));
  if (!allowed.ok) return allowed.state;
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused("Choose viewer, editor or admin.");
  const { userId, role } = parsed.data;
  const changed = await runAction(() => updateUserRole(userId, role));
  if (!changed.ok) return changed.state;
  revalidatePath("/admin/users");
  return { ...NO_MESSAGE, done: `${changed.value.email} is now ${changed.value.role}.` };
}
