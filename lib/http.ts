import { randomUUID } from "node:crypto";
import { httpStatus, isAppError, type ErrorCode } from "./errors";

export type ApiError = { error: { code: ErrorCode | "internal"; message: string; fields?: Record<string, string[]> } };

export function jsonError(code: ErrorCode, message: string, status: number, fields?: Record<string, string[]>): Response {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status });
}

/** The one mapping from a thrown error to an API answer: expected errors say what to fix, others are logged. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return jsonError(error.code, error.message, httpStatus(error), error.fieldErrors);
  // the same reference in the log line and the answer, so a report finds its log line
  const reference = randomUUID().slice(0, 8);
  const e = error instanceof Error ? error : new Error(String(error));
  console.error(JSON.stringify({ level: "error", at: new Date().toISOString(), reference, message: e.message, stack: e.stack }));
  const body: ApiError = { error: { code: "internal", message: `Something went wrong on the server; it was logged (reference ${reference}). Try again later.` } };
  return Response.json(body, { status: 500 });
}
