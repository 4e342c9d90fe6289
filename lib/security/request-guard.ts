import { AppError } from "../errors";

// Every state-changing route handler calls guardWrite first. A browser marks where a
// request comes from (Origin, Sec-Fetch-Site); scripts such as curl send neither and
// carry no victim's cookie, so only what a browser says about another site is refused.
// Server actions get the same Origin check from Next itself.

const CROSS_SITE =
  "This request came from another site and was refused: use this tracker's own pages or a script (curl) instead.";

/** The host this request was addressed to, as the browser saw it (behind a proxy, its forwarded host). */
function requestHost(request: Request): string | null {
  return request.headers.get("x-forwarded-host") ?? request.headers.get("host");
}

/** Origins besides this one that may write (e.g. a second hostname), from ALLOWED_ORIGINS="https://a.example,…". */
function allowedOrigins(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  // "same-site" is another port or subdomain of this host: not this app
  if (site !== null && site !== "same-origin" && site !== "none") throw new AppError("forbidden", CROSS_SITE);
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (allowedOrigins().includes(origin)) return;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, file: pages) and garbage are refused below
  }
  if (host === null || host !== requestHost(request)) throw new AppError("forbidden", CROSS_SITE);
}

/** 415 unless the body is one of `types` (e.g. "application/json"; parameters such as charset are fine). */
export function assertContentType(request: Request, types: readonly string[]): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!types.includes(type)) {
    throw new AppError("unsupported", `Send the body as ${types.join(" or ")}${type ? `, not ${type}` : ""}.`);
  }
}

/**
 * The checks every state-changing route handler runs before anything else: the
 * request comes from this site (403 otherwise) and, when it has a body, in one of
 * the accepted content types (415 otherwise).
 */
export function guardWrite(request: Request, options: { accept?: readonly string[] } = {}): void {
  assertSameOrigin(request);
  if (options.accept) assertContentType(request, options.accept);
}
