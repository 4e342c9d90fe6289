import { getDealById } from "@/lib/data/get-deal-by-id";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { dealIdSchema } from "@/lib/schemas/deal-query";

export const dynamic = "force-dynamic";

/** GET /api/deals/:id — one deal with its facilities, sources, evidence spans and history. */
export async function GET(_request: Request, { params }: { params: Promise<{ dealId: string }> }): Promise<Response> {
  try {
    const raw = (await params).dealId;
    const id = dealIdSchema.safeParse(raw);
    if (!id.success) throw new AppError("invalid_input", `Parameter "id" is not valid: ${id.error.issues[0].message}, got "${raw}".`, { id: [id.error.issues[0].message] });
    const deal = await getDealById(id.data);
    if (!deal) throw new AppError("not_found", `There is no deal ${id.data}; it may have been deleted.`);
    return Response.json({ deal });
  } catch (error) {
    return errorResponse(error);
  }
}
