import { NextResponse, type NextRequest } from "next/server";
import { findSessionUser } from "@/lib/data/sessions";
import { hashSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { MAX_REQUEST_BYTES, megabytes } from "@/lib/schemas/article";

/** An upload over the import limit is answered before its body is buffered, naming the limit. */
function tooLarge(request: NextRequest): NextResponse | null {
  const length = Number(request.headers.get("content-length"));
  if (request.method !== "POST" || !(length > MAX_REQUEST_BYTES)) return null;
  const message = `The request is ${megabytes(length)}; the limit is ${megabytes(MAX_REQUEST_BYTES)} per request: send the files in several requests.`;
  return NextResponse.json({ error: { code: "too_large", message } }, { status: 413 });
}

// READ_ACCESS=login makes reading need an account; the default (open) lets anyone read.
// Writes are checked by every action and route handler themselves, whatever this says.
const OPEN_PATHS = /^\/(?:login|api\/session)(?:\/|$)|\.(?:svg|png|jpg|ico|css|js)$/;

async function readAccessRefusal(request: NextRequest): Promise<NextResponse | null> {
  if (process.env.READ_ACCESS !== "login" || OPEN_PATHS.test(request.nextUrl.pathname)) return null;
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token && (await findSessionUser(hashSessionToken(token)))) return null;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "unauthorized", message: "Log in first: reading needs an account on this tracker." } },
      { status: 401 },
    );
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

/** Every answer gets the security headers (a fresh CSP nonce per page) and a request id for the logs. */
export async function proxy(request: NextRequest) {
  const isHttps = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps });
  const requestId = crypto.randomUUID();
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", csp);
  forwarded.set("x-nonce", nonce);
  forwarded.set("x-request-id", requestId);

  const response =
    tooLarge(request) ?? (await readAccessRefusal(request)) ?? NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(securityHeaders(csp, isHttps))) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // everything but Next's own build files, which carry no user data
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
