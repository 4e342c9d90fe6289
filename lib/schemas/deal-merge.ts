import { z } from "zod";
import { DEAL_FIELDS } from "./deal";
import { recordIdSchema as id } from "./record-id";

/** The fields an editor chooses between when merging; the amount brings its currency and wording along. */
export const MERGE_FIELDS = DEAL_FIELDS.filter((f) => f !== "currency" && f !== "amountText");
export type MergeField = (typeof MERGE_FIELDS)[number];

const side = z.enum(["keep", "merge"]).catch("keep");

/** The merge form: which deal stays, which goes into it, and per field whose value stays. */
export const mergeFormSchema = z
  .object({
    candidateId: id.optional(),
    keepId: id,
    mergeId: id,
    ...(Object.fromEntries(MERGE_FIELDS.map((f) => [f, side.optional()])) as Record<
      MergeField,
      z.ZodOptional<typeof side>
    >),
  })
  .refine((v) => v.keepId !== v.mergeId, { message: "A deal cannot be merged with itself.", path: ["mergeId"] });

export type MergeForm = z.infer<typeof mergeFormSchema>;

/** The one-button forms of the duplicates queue and the deal page (dismiss, split, undo). */
export const duplicateActionSchema = z.object({ candidateId: id });
export const splitActionSchema = z.object({ dealId: id, articleId: id });
export const undoLinkActionSchema = z.object({ dealId: id, linkChangeId: id });

/** An editor's investor alias: "JLR" names "Jaguar Land Rover". */
export const investorAliasSchema = z.object({
  alias: z.string().trim().min(1, "give the other name").max(200),
  canonical: z.string().trim().min(1, "give the investor's name").max(200),
});
