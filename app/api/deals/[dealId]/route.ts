import { requireRole } from "@/lib/auth/current-user";
import { getDealById } from "@/lib/data/get-deal-by-id";
import { updateDeal } from "@/lib/data/update-deal";
import { AppError } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/form-state";
import { errorResponse, readJson } from "@/lib/http";
import { dealContentSchema, DEAL_FIELDS, type DealContent } from "@/lib/schemas/deal";
import { dealPatchSchema } from "@/lib/schemas/deal-patch";
import { recordIdSchema } from "@/lib/schemas/record-id";
import { guardWrite } from "@/lib/security/request-guard";

export const dynamic = "force-dynamic";

/** GET /api/deals/:id — one deal with its facilities, sources, evidence spans and history. */
type Params = { params: Promise<{ dealId: string }> };

async function dealIdOf(params: Params["params"]): Promise<number> {
  const raw = (await params).dealId;
  const id = recordIdSchema.safeParse(raw);
  if (!id.success)
    throw new AppError("invalid_input", `Parameter "id" is not valid: ${id.error.issues[0].message}, got "${raw}".`, {
      id: [id.error.issues[0].message],
    });
  return id.data;
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  try {
    const id = await dealIdOf(params);
    const deal = await getDealById(id);
    if (!deal) throw new AppError("not_found", `There is no deal ${id}; it may have been deleted.`);
    return Response.json({ deal });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * PATCH /api/deals/:id {"version": 3, "changes": {"amount": 5e8, "currency": "EUR"}} —
 * an editor's correction, as in the edit form: 200 with the new version, 409 with
 * the fields someone else changed when `version` is no longer current.
 */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  try {
    guardWrite(request, { accept: ["application/json"] });
    const user = await requireRole("editor");
    const dealId = await dealIdOf(params);
    const body = dealPatchSchema.safeParse(await readJson(request, '{"version": …, "changes": {…}}'));
    if (!body.success)
      throw new AppError(
        "invalid_input",
        'Send JSON: {"version": …, "changes": {…}}; check the fields named.',
        zodFieldErrors(body.error),
      );
    const deal = await getDealById(dealId);
    if (!deal) throw new AppError("not_found", `There is no deal ${dealId}; it may have been deleted.`);
    const current = Object.fromEntries(DEAL_FIELDS.map((f) => [f, deal[f]])) as DealContent;
    const content = dealContentSchema.safeParse({ ...current, ...body.data.changes });
    if (!content.success)
      throw new AppError(
        "invalid_input",
        "Nothing was saved: correct the fields named.",
        zodFieldErrors(content.error),
      );
    const result = await updateDeal(
      { dealId, expectedVersion: body.data.version, content: content.data, evidence: [] },
      user,
    );
    if (result.status === "conflict") {
      return Response.json(
        {
          error: {
            code: "conflict",
            message: "Someone saved this deal since you read it: nothing was saved.",
            conflict: result.conflict,
          },
        },
        { status: 409 },
      );
    }
    return Response.json({ deal: { id: dealId, version: result.version } });
  } catch (error) {
    return errorResponse(error);
  }
}
