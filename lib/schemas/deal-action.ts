import { z } from "zod";
import { recordIdSchema as id } from "./record-id";
import { nextPath } from "./user";

/** The hidden fields of the deal buttons (verify, reject, delete, undo, restore). */
export const dealActionSchema = z.object({
  dealId: id,
  revisionId: id.optional(),
  // where to go afterwards, e.g. back to the review queue: only a path on this site
  next: nextPath,
});

export type DealActionInput = z.infer<typeof dealActionSchema>;
