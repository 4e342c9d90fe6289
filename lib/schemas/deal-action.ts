import { z } from "zod";
import { nextPath } from "./user";

const id = z.coerce.number().int().positive();

/** The hidden fields of the deal buttons (verify, reject, delete, undo, restore). */
export const dealActionSchema = z.object({
  dealId: id,
  revisionId: id.optional(),
  // where to go afterwards, e.g. back to the review queue: only a path on this site
  next: nextPath,
});

export type DealActionInput = z.infer<typeof dealActionSchema>;
