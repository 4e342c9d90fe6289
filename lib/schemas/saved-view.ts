import { z } from "zod";
import { toSearchParams } from "../deals/query-url";
import { paramsOf, parseDealQuery } from "./deal-query";
import { recordIdSchema } from "./record-id";

/**
 * A view to save: a name and the /deals query string it stands for. The query is
 * parsed by the deal query schema and stored as written back (defaults left out,
 * page 1), so a saved view is always a valid, canonical link.
 */
export const savedViewSchema = z.object({
  name: z.string().trim().min(1, "name the view").max(80, "at most 80 characters"),
  query: z
    .string()
    .max(4000)
    .transform((raw, ctx) => {
      const parsed = parseDealQuery(paramsOf(new URLSearchParams(raw.replace(/^\?/, ""))));
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error.message });
        return z.NEVER;
      }
      return toSearchParams({ ...parsed.query, page: 1 }).toString();
    }),
});

export type SavedViewInput = z.infer<typeof savedViewSchema>;

export const savedViewIdSchema = z.object({ viewId: recordIdSchema });
