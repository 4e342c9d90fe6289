import { AppError } from "../errors";
import { zodFieldErrors } from "../form-state";
import { readJson, readUploads } from "../http";
import {
  importTextSchema,
  importUrlsSchema,
  MAX_FILES_PER_REQUEST,
  MAX_REQUEST_BYTES,
  megabytes,
} from "../schemas/article";
import type { ImportBatchInput, UploadedFile } from "./import-batch";

const tooLarge = (size: string) =>
  new AppError(
    "too_large",
    `The request is ${size}; the limit is ${megabytes(MAX_REQUEST_BYTES)} per request: send the files in several requests, or use npm run import for folders.`,
    { file: [`at most ${megabytes(MAX_REQUEST_BYTES)} per request`] },
  );

const LIMITS = { limit: MAX_REQUEST_BYTES, tooLarge };

const isFile = (v: FormDataEntryValue): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v;

/**
 * The files of a multipart form with the date given for each (`published:<file name>`;
 * several files of one name take that field's values in order). Empty file inputs
 * send a nameless empty part; a chosen empty file keeps its name and is refused later.
 */
export async function filesFromForm(form: FormData): Promise<UploadedFile[]> {
  const chosen = form
    .getAll("file")
    .filter(isFile)
    .filter((f) => f.size > 0 || (f.name !== "" && f.name !== "undefined"));
  if (chosen.length > MAX_FILES_PER_REQUEST) return chosen.map((f) => ({ name: f.name, bytes: new Uint8Array() })); // counted, not read
  const used = new Map<string, number>();
  return Promise.all(
    chosen.map(async (f) => {
      const name = f.name || "unnamed file";
      const i = used.get(name) ?? 0;
      used.set(name, i + 1);
      return {
        name,
        bytes: new Uint8Array(await f.arrayBuffer()),
        published: form.getAll(`published:${name}`)[i] ?? null,
      };
    }),
  );
}

/** Links pasted one per line (`urls`) or sent as repeated `url` fields. */
export function urlsFromForm(form: FormData): string[] {
  const pasted = String(form.get("urls") ?? "").split(/\s+/);
  const single = form.getAll("url").map(String);
  return [...pasted, ...single].map((u) => u.trim()).filter(Boolean);
}

function checkUrls(urls: string[], published: unknown): string[] {
  if (urls.length === 0) return [];
  const parsed = importUrlsSchema.safeParse({ urls, published });
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "Check the links: each must be a full http:// or https:// address.",
      zodFieldErrors(parsed.error),
    );
  return parsed.data.urls;
}

async function readMultipart(request: Request): Promise<ImportBatchInput> {
  const form = await readUploads(request, 'one or more "file" fields', LIMITS);
  const text = form.get("text");
  const published = form.get("published");
  return {
    files: await filesFromForm(form),
    text: typeof text === "string" ? text : null,
    urls: checkUrls(urlsFromForm(form), published),
    published,
    source: form.get("source"),
  };
}

async function readJsonBatch(request: Request): Promise<ImportBatchInput> {
  const data = await readJson(
    request,
    '{"text": "…", "published": "YYYY-MM-DD", "source": "…"} or {"urls": ["https://…"]}',
    LIMITS,
  );
  if (data && typeof data === "object" && "urls" in data && !("text" in data)) {
    const parsed = importUrlsSchema.safeParse(data);
    if (!parsed.success)
      throw new AppError(
        "invalid_input",
        "The links could not be imported: check the fields named.",
        zodFieldErrors(parsed.error),
      );
    return { files: [], urls: parsed.data.urls, published: parsed.data.published };
  }
  const parsed = importTextSchema.safeParse(data);
  if (!parsed.success)
    throw new AppError(
      "invalid_input",
      "The article could not be imported: check the fields named.",
      zodFieldErrors(parsed.error),
    );
  return {
    files: [],
    text: parsed.data.text,
    title: parsed.data.title,
    textPublished: parsed.data.published,
    source: parsed.data.source,
  };
}

/** `POST /api/articles`'s body as an import batch, within the request limits. */
export async function readImportRequest(request: Request): Promise<ImportBatchInput> {
  const type = request.headers.get("content-type") ?? "";
  const isMultipart = type.startsWith("multipart/form-data");
  if (!isMultipart && !type.startsWith("application/json")) {
    throw new AppError(
      "unsupported",
      'Send multipart/form-data with "file" fields, or application/json with {"text": …} or {"urls": […]}.',
    );
  }
  return isMultipart ? readMultipart(request) : readJsonBatch(request);
}
