"use server";

import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { requireRole } from "@/lib/auth/current-user";
import { createUser } from "@/lib/data/create-user";
import { updateUserRole } from "@/lib/data/update-user";
import { formStateFromError, zodFieldErrors, type FormState } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import { newUserSchema, roleChangeSchema } from "@/lib/schemas/user";

export type NewUserFormState = FormState<{ email: string; role: string }>;

export async function addUserAction(_prev: NewUserFormState, formData: FormData): Promise<NewUserFormState> {
  if (!isFormData(formData)) return { message: MALFORMED_REQUEST, fieldErrors: {}, values: { email: "", role: "viewer" } };
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "viewer") };
  try {
    await requireRole("admin");
    const parsed = newUserSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
    if (!parsed.success) return { message: "The account was not created: correct the fields marked.", fieldErrors: zodFieldErrors(parsed.error), values };
    const user = await createUser({ email: parsed.data.email, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) });
    revalidatePath("/admin/users");
    return { message: null, fieldErrors: {}, values: { email: "", role: "viewer" }, done: `Created ${user.email} (${user.role}).` };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function changeRoleAction(_prev: { message: string | null }, formData: FormData): Promise<{ message: string | null }> {
  if (!isFormData(formData)) return { message: MALFORMED_REQUEST };
  try {
    await requireRole("admin");
    const parsed = roleChangeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: "Choose viewer, editor or admin." };
    const user = await updateUserRole(parsed.data.userId, parsed.data.role);
    revalidatePath("/admin/users");
    return { message: `${user.email} is now ${user.role}.` };
  } catch (error) {
    return { message: formStateFromError(error, null).message };
  }
}
