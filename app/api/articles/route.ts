import { requireRole } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { guardWrite } from "@/lib/security/request-guard";
import type { ImportOutcome } from "@/lib/importer/import-article";
import { zodFieldErrors } from "@/lib/form-state";
import { importBatch, type ImportBatchInput } from "@/lib/importer/import-batch";
import { importTextSchema } from "@/lib/schemas/article";

export const dynamic = "force-dynamic";

async function readMultipart(request: Request): Promise<ImportBatchInput> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "The multipart body could not be read: send one or more \"file\" fields.");
  }
  const files = await Promise.all(
    form.getAll("file").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f)
      .map(async (f) => ({ name: f.name || "unnamed file", bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const text = form.get("text");
  return { files, text: typeof text === "string" ? text : null, published: form.get("published"), source: form.get("source") };
}

async function readJson(request: Request): Promise<ImportBatchInput> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("invalid_input", "The body is not valid JSON: send {\"text\": \"…\", \"published\": \"YYYY-MM-DD\", \"source\": \"…\"}.");
  }
  const parsed = importTextSchema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid_input", "The article could not be imported: check the fields named.", zodFieldErrors(parsed.error));
  return { files: [], ...parsed.data };
}

function toJson(o: ImportOutcome) {
  switch (o.status) {
    case "imported": return { name: o.label, status: o.status, articleId: o.articleId, articleUrl: `/articles/${o.articleId}`, dealIds: o.dealIds };
    case "duplicate": return { name: o.label, status: o.status, articleId: o.articleId, articleUrl: `/articles/${o.articleId}`, message: "already imported" };
    case "refused": return { name: o.label, status: o.status, message: `${o.label}: ${o.reason}` };
  }
}

/**
 * POST /api/articles — multipart with one or more `file` fields (plus optional
 * `published`, `source`), or JSON `{text, published, source}`. Answers 201 when
 * something was imported, 200 when all was imported before, 400 when all was refused;
 * 401 without a session, 403 for a viewer.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    guardWrite(request, { accept: ["multipart/form-data", "application/json"] });
    // The session cookie authenticates: 401 without one, 403 below the editor role.
    const user = await requireRole("editor");
    const type = request.headers.get("content-type") ?? "";
    let input: ImportBatchInput;
    if (type.startsWith("multipart/form-data")) input = await readMultipart(request);
    else if (type.startsWith("application/json")) input = await readJson(request);
    else throw new AppError("unsupported", "Send multipart/form-data with \"file\" fields, or application/json with {\"text\": …}.");

    const outcomes = await importBatch(input, { importedVia: "api", importedById: user.id });
    const results = outcomes.map(toJson);
    if (outcomes.every((o) => o.status === "refused")) {
      return Response.json({ error: { code: "invalid_input", message: results.map((r) => r.message).join("; ") }, results }, { status: 400 });
    }
    const status = outcomes.some((o) => o.status === "imported") ? 201 : 200;
    return Response.json({ results }, { status });
  } catch (error) {
    return errorResponse(error);
  }
}
