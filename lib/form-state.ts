import type { z } from "zod";
import { isAppError } from "./errors";

/**
 * What every server action answers when it does not redirect: a message for the form,
 * messages per field, what was done; `Extra` adds what one form shows again (its
 * values, an edit conflict, import outcomes).
 */
export type ActionState<Extra extends object = object> = {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  done?: string | null;
} & Extra;

/** A server action as a component receives it (as a prop, from the page). */
export type FormAction<Extra extends object = object> = (
  state: ActionState<Extra>,
  data: FormData,
) => Promise<ActionState<Extra>>;

/** The state before anything was sent, and after a success with nothing to say. */
export const NO_MESSAGE: ActionState = { message: null, fieldErrors: {} };

/** A refusal: the message says what to do, fieldErrors which fields to correct. */
export function refused(message: string, fieldErrors: Record<string, string[]> = {}): ActionState {
  return { message, fieldErrors };
}

export const INCOMPLETE_REQUEST = "The request was incomplete: reload the page and try again.";

/** zod's issues as { "facilities.0.city": [messages] }: the keys the forms put their errors under. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return out;
}

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; state: ActionState };

/**
 * The one `catch` of every server action: runs its work (role check and data call);
 * an expected error (AppError) becomes a state the form shows, anything else is thrown
 * on (logged by Next, error page shown). Revalidate and redirect after it, outside.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, state: refused(error.message, error.fieldErrors) };
    throw error;
  }
}
