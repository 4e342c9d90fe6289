import { findDeals } from "@/lib/data/find-deals";
import { describeQuery } from "@/lib/deals/describe-query";
import { hrefWith } from "@/lib/deals/query-url";
import { errorResponse } from "@/lib/http";
import { paramsOf, parseDealQueryOrThrow } from "@/lib/schemas/deal-query";

export const dynamic = "force-dynamic";

/**
 * GET /api/deals — the same parameters as /deals (q, targetCountry, investor,
 * investorCountry, status, kind, facility, review, amountMin, amountMax, sourcesMin, confidenceMin, from, to,
 * sort, page, pageSize; repeat a parameter for several values). Unknown or invalid
 * parameters get a 400 that names them.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseDealQueryOrThrow(paramsOf(new URL(request.url).searchParams), { strict: true });
    const result = await findDeals(query);
    const link = (page: number) => hrefWith("/api/deals", query, { page });
    return Response.json({
      deals: result.deals,
      pagination: {
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
        pages: result.pages,
        next: result.page < result.pages ? link(result.page + 1) : null,
        previous: result.page > 1 ? link(result.page - 1) : null,
      },
      description: describeQuery(query, result.total),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
