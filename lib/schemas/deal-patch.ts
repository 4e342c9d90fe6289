import { z } from "zod";
import { DEAL_FIELDS, dealFieldSchema } from "./deal";

/**
 * `PATCH /api/deals/<id>`: the version the client read and the fields it changes.
 * The fields are checked with dealContentSchema once merged into the stored deal.
 */
export const dealPatchSchema = z
  .object({
    version: z.number({ error: 'send the "version" you read (GET /api/deals/<id>)' }).int().positive(),
    changes: z.partialRecord(dealFieldSchema, z.unknown(), {
      error: `send "changes" with some of: ${DEAL_FIELDS.join(", ")}`,
    }),
  })
  .strict();

export type DealPatch = z.infer<typeof dealPatchSchema>;
