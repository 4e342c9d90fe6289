import { clientAddress } from "@/lib/auth/client-address";
import { SHIPPED_RATES } from "@/lib/currency/exchange-rates";
import { dealBatches } from "@/lib/data/export-deals";
import { exportDealsStream } from "@/lib/data/export-off-thread";
import { countDeals } from "@/lib/data/summarize-deals";
import { describeQuery } from "@/lib/deals/describe-query";
import { EXPORT_FORMATS, type ExportFormat, type ExportMeta } from "@/lib/deals/export-format";
import { exportPackageEntries } from "@/lib/deals/export-package";
import { acquireExportSlot } from "@/lib/deals/export-slots";
import { xlsxStream } from "@/lib/deals/export-xlsx";
import { toSearchParams } from "@/lib/deals/query-url";
import { zipStream } from "@/lib/deals/zip-stream";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { filterOf, paramsOf, parseDealQueryOrThrow } from "@/lib/schemas/deal-query";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
};

/**
 * GET /api/deals/export?format=csv|zip|xlsx|json|geojson&… — every deal matching the
 * filter (the same parameters as /api/deals; page and pageSize are ignored), streamed.
 * Every format but the plain CSV says its filter and time inside: zip holds the CSV
 * with README.txt and datapackage.json, the workbook has an About sheet, JSON and
 * GeoJSON open with them. The plain CSV stays one header line and the rows (what
 * tools read); its file name has the time and a header the filter.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const search = url.searchParams;
    const format = search.get("format") ?? "csv";
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AppError("invalid_input", `Parameter "format" is not valid: use ${EXPORT_FORMATS.join(", ")}.`, {
        format: [`use ${EXPORT_FORMATS.join(", ")}`],
      });
    }
    search.delete("format");
    const query = parseDealQueryOrThrow(paramsOf(search), { strict: true });
    const exportedAt = new Date().toISOString();
    const filter = toSearchParams({ ...query, page: 1 }).toString();
    const meta: ExportMeta = {
      description: describeQuery(query, await countDeals(filterOf(query))),
      query: filter,
      exportedAt,
      url: `${url.origin}/deals${filter ? `?${filter}` : ""}`,
      rates: `${SHIPPED_RATES.source}, as of ${SHIPPED_RATES.asOf}`,
    };
    const release = await acquireExportSlot(clientAddress(request.headers));
    const stamp = exportedAt.slice(0, 16).replace(":", "");
    // text formats are written on a worker thread; the workbook here, yielding between batches
    const body =
      format === "xlsx"
        ? xlsxStream(dealBatches(query), meta, release)
        : format === "zip"
          ? zipStream(
              exportPackageEntries(meta, `deals-${stamp}Z.csv`, exportDealsStream(query, "csv", meta, release)),
              new Date(exportedAt),
            )
          : exportDealsStream(query, format as Exclude<ExportFormat, "xlsx" | "zip">, meta, release);
    // the file name says when; a CSV (one header line, for tools) says its filter in a header too
    return new Response(body, {
      headers: {
        "content-type": CONTENT_TYPES[format as ExportFormat],
        "content-disposition": `attachment; filename="deals-${stamp}Z.${format}"`,
        "x-export-filter": encodeURIComponent(meta.description),
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
