import type { z } from "zod";
import { isAppError } from "./errors";

/** What a form action returns: a message for the form, messages per field, and the values to show again. */
export type FormState<V> = { message: string | null; fieldErrors: Record<string, string[]>; values: V; done?: string | null };

/** zod's issues as { "facilities.0.city": [messages] }: the keys the forms put their errors under. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return out;
}

/** Expected errors become form state; anything else is thrown on (logged by Next, error page shown). */
export function formStateFromError<V>(error: unknown, values: V): FormState<V> {
  if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
  throw error;
}

/** What a one-button action returns when it does not redirect: a message to show beside the button. */
export type ActionMessage = { message: string | null };
