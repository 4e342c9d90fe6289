import { z } from "zod";

const MESSAGE = "an id is a whole number from 1";
const positiveSafeInteger = z
  .number({ error: MESSAGE })
  .int(MESSAGE)
  .positive(MESSAGE)
  .max(Number.MAX_SAFE_INTEGER, MESSAGE);

/**
 * The one id schema: a record's id (deal, article, revision, user, saved view …) as it
 * arrives in a route parameter, a query or form field ("42") or JSON (42). Only plain
 * digits: "abc", "1e3", "-1", " 4 2", "99999999999999999999" are refused.
 */
export const recordIdSchema = z.union(
  [
    positiveSafeInteger,
    z
      .string()
      .regex(/^[1-9]\d{0,15}$/, MESSAGE)
      .transform(Number)
      .pipe(positiveSafeInteger),
  ],
  { error: MESSAGE },
);

/** An id bound into a server action (`saveDealAction.bind(null, id)`): the page passed a number, so only a number passes. */
export const recordIdArg = positiveSafeInteger;

/** A record id from the URL, or null for anything else (the page then says "not found"). */
export function parseRecordId(value: unknown): number | null {
  const parsed = recordIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
