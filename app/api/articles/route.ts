import { requireRole } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/http";
import { guardWrite } from "@/lib/security/request-guard";
import type { ImportOutcome } from "@/lib/importer/import-article";
import { importBatch } from "@/lib/importer/import-batch";
import { readImportRequest } from "@/lib/importer/read-import-request";

export const dynamic = "force-dynamic";

function toJson(o: ImportOutcome) {
  switch (o.status) {
    case "imported":
      return {
        name: o.label,
        status: o.status,
        articleId: o.articleId,
        articleUrl: `/articles/${o.articleId}`,
        dealIds: o.dealIds,
        title: o.title,
        published: o.published,
        publishedFrom: o.publishedFrom,
      };
    case "duplicate":
      return {
        name: o.label,
        status: o.status,
        articleId: o.articleId,
        articleUrl: `/articles/${o.articleId}`,
        message: "already imported",
      };
    case "refused":
      return { name: o.label, status: o.status, message: `${o.label}: ${o.reason}` };
  }
}

/**
 * POST /api/articles — multipart with `file` fields (each may have its own
 * `published:<file name>`; `published` is the default for files stating no date),
 * `url` fields or `urls` (one per line), `text`, `source`; or JSON `{text, published,
 * source}` or `{urls, published}`. 201 when something was imported, 200 when all was
 * imported before, 400 when all was refused or over the file count, 413 over the
 * request size; 401 without a session, 403 for a viewer.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    guardWrite(request, { accept: ["multipart/form-data", "application/json"] });
    // The session cookie authenticates: 401 without one, 403 below the editor role.
    const user = await requireRole("editor");
    const outcomes = await importBatch(await readImportRequest(request), { importedVia: "api", importedById: user.id });
    const results = outcomes.map(toJson);
    if (outcomes.every((o) => o.status === "refused")) {
      return Response.json(
        { error: { code: "invalid_input", message: results.map((r) => r.message).join("; ") }, results },
        { status: 400 },
      );
    }
    const status = outcomes.some((o) => o.status === "imported") ? 201 : 200;
    return Response.json({ results }, { status });
  } catch (error) {
    return errorResponse(error);
  }
}
