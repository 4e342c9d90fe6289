import { randomUUID } from "node:crypto";
import { AppError, httpStatus, isAppError, type ErrorCode } from "./errors";
import { megabytes } from "./schemas/article";

export type ApiError = { error: { code: ErrorCode | "internal"; message: string; fields?: Record<string, string[]> } };

export function jsonError(
  code: ErrorCode,
  message: string,
  status: number,
  fields?: Record<string, string[]>,
): Response {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status });
}

/** The one mapping from a thrown error to an API answer: expected errors say what to fix, others are logged. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return jsonError(error.code, error.message, httpStatus(error), error.fieldErrors);
  // the same reference in the log line and the answer, so a report finds its log line
  const reference = randomUUID().slice(0, 8);
  const e = error instanceof Error ? error : new Error(String(error));
  console.error(
    JSON.stringify({ level: "error", at: new Date().toISOString(), reference, message: e.message, stack: e.stack }),
  );
  const body: ApiError = {
    error: {
      code: "internal",
      message: `Something went wrong on the server; it was logged (reference ${reference}). Try again later.`,
    },
  };
  return Response.json(body, { status: 500 });
}

/** Bodies the JSON endpoints take (a login, a deal correction): far below the import limit. */
export const MAX_JSON_BYTES = 1024 * 1024;

type BodyLimit = {
  // bytes; a body declared larger is refused before it is read, one that grows larger is cut off
  limit: number;
  // the refusal, naming the size ("3.2 MB", "over 50 MB"); by default a plain 413 naming the limit
  tooLarge?: (size: string) => AppError;
};

const defaultTooLarge = (limit: number) => (size: string) =>
  new AppError("too_large", `The request is ${size}; the limit is ${megabytes(limit)}: send less in one request.`);

/** The body, refused before it is read when its declared length is over the limit, and cut off as soon as it grows past it. */
export async function readBody(
  request: Request,
  { limit, tooLarge = defaultTooLarge(limit) }: BodyLimit,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(megabytes(declared));
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(`over ${megabytes(limit)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The one JSON reader of the API: the body within its limit, parsed; a body that is no
 * JSON is a 400 saying what to send (`expected`, e.g. `{"email": "…", "password": "…"}`).
 * The caller parses the value with its zod schema.
 */
export async function readJson(
  request: Request,
  expected: string,
  limits: BodyLimit = { limit: MAX_JSON_BYTES },
): Promise<unknown> {
  const body = await readBody(request, limits);
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError("invalid_input", `The body is not valid JSON: send ${expected}.`);
  }
}

/** The one multipart reader of the API: the body within its limit, as a form; a 400 saying what to send when it cannot be read. */
export async function readUploads(request: Request, expected: string, limits: BodyLimit): Promise<FormData> {
  const body = await readBody(request, limits);
  try {
    return await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("invalid_input", `The multipart body could not be read: send ${expected}.`);
  }
}
