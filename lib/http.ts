import { httpStatus, isAppError, type ErrorCode } from "./errors";

export type ApiError = { error: { code: ErrorCode | "internal"; message: string; fields?: Record<string, string[]> } };

export function jsonError(code: ErrorCode, message: string, status: number, fields?: Record<string, string[]>): Response {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status });
}

/** The one mapping from a thrown error to an API answer: expected errors say what to fix, others are logged. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return jsonError(error.code, error.message, httpStatus(error), error.fieldErrors);
  console.error(error);
  const body: ApiError = { error: { code: "internal", message: "Something went wrong on the server; it was logged. Try again later." } };
  return Response.json(body, { status: 500 });
}
