import type { Instrumentation } from "next";

// Runs once when the server starts: the import worker thread starts then, not on the
// first upload (it loads tsx and the parsers, which takes seconds on a busy machine).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmExtractionPool } = await import("./lib/importer/worker/extraction-pool");
  warmExtractionPool();
}

/**
 * Every server error Next catches (pages, server actions, route handlers that throw),
 * logged as one JSON line with the request's path, its id (set by proxy.ts) and the
 * reference the error page shows the user (the error's digest), so a user's report
 * finds its log line.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const e = error instanceof Error ? error : new Error(String(error));
  const header = request.headers["x-request-id"];
  console.error(
    JSON.stringify({
      level: "error",
      at: new Date().toISOString(),
      reference: (error as { digest?: string }).digest ?? null,
      requestId: Array.isArray(header) ? header[0] : (header ?? null),
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      message: e.message,
      stack: e.stack,
    }),
  );
};
