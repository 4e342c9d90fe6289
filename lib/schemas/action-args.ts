import { z } from "zod";

// A server action is an HTTP endpoint: its arguments are whatever a client sends,
// not what the page passed. Each action parses them here before anything else.

/** The arguments of the editor's "fill from selected words" action. */
export const selectionArgs = z.tuple([
  z.string().max(40),
  z.string().max(2000),
  z.string().max(20).nullable(),
  z.string().max(10).nullable(),
  z.string().max(2000),
]);

export const MALFORMED_REQUEST = "The request was malformed: reload the page and try again.";

export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}
