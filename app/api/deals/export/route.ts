import { clientAddress } from "@/lib/auth/client-address";
import { exportDealsStream } from "@/lib/data/export-off-thread";
import { acquireExportSlot } from "@/lib/deals/export-slots";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/deals/export-format";
import { errorResponse } from "@/lib/http";
import { paramsOf, parseDealQueryOrThrow } from "@/lib/schemas/deal-query";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

/**
 * GET /api/deals/export?format=csv|json&… — every deal matching the filter (the
 * same parameters as /api/deals; page and pageSize are ignored), streamed.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const search = new URL(request.url).searchParams;
    const format = search.get("format") ?? "csv";
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AppError("invalid_input", `Parameter "format" is not valid: use ${EXPORT_FORMATS.join(" or ")}.`, { format: [`use ${EXPORT_FORMATS.join(" or ")}`] });
    }
    search.delete("format");
    const query = parseDealQueryOrThrow(paramsOf(search), { strict: true });
    const stamp = new Date().toISOString().slice(0, 10);
    const release = acquireExportSlot(clientAddress(request.headers));
    return new Response(exportDealsStream(query, format as ExportFormat, release), {
      headers: {
        "content-type": CONTENT_TYPES[format as ExportFormat],
        "content-disposition": `attachment; filename="deals-${stamp}.${format}"`,
        // no-transform: next start's gzip would halve the rows per second on a 2-core
        // machine (CSV is cheap to send, costly to compress); a proxy in front can
        // still compress where bandwidth matters more than CPU
        "cache-control": "no-store, no-transform",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
