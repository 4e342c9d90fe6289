import { suggestInvestors } from "@/lib/data/suggest-investors";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** GET /api/deals/investors?prefix=… — up to ten investor names, for the filter's suggestions. */
export async function GET(request: Request): Promise<Response> {
  try {
    const prefix = new URL(request.url).searchParams.get("prefix") ?? "";
    if (prefix.length > 100)
      throw new AppError("invalid_input", 'Parameter "prefix" is not valid: at most 100 characters.', {
        prefix: ["at most 100 characters"],
      });
    return Response.json({ investors: await suggestInvestors(prefix) });
  } catch (error) {
    return errorResponse(error);
  }
}
