"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { authenticate, LOGIN_FAILED_MESSAGE, tooManyAttemptsMessage } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/auth/client-address";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import type { LoginFormState } from "@/components/auth/login-form";
import { refused, zodFieldErrors } from "@/lib/form-state";
import { isFormData, MALFORMED_REQUEST } from "@/lib/schemas/action-args";
import { loginSchema } from "@/lib/schemas/user";

export async function loginAction(_prev: LoginFormState, formData: FormData): Promise<LoginFormState> {
  if (!isFormData(formData)) return { ...refused(MALFORMED_REQUEST), values: { email: "", next: "" } };
  const values = { email: String(formData.get("email") ?? ""), next: String(formData.get("next") ?? "") };
  const parsed = loginSchema.safeParse({
    email: values.email,
    password: formData.get("password") ?? "",
    next: values.next || undefined,
  });
  if (!parsed.success) return { ...refused("Check the fields marked below.", zodFieldErrors(parsed.error)), values };
  const result = await authenticate(parsed.data.email, parsed.data.password, {
    address: clientAddress(await headers()),
  });
  if (!result.ok && result.reason === "too_many")
    return { ...refused(tooManyAttemptsMessage(result.retryAfterMs)), values };
  if (!result.ok) return { ...refused(LOGIN_FAILED_MESSAGE, { password: ["wrong email or password"] }), values };
  await startSession(result.user.id);
  redirect(parsed.data.next ?? "/");
}

export async function logoutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
