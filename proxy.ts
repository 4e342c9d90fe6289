import { NextResponse, type NextRequest } from "next/server";
import { findSessionUser } from "@/lib/data/sessions";
import { hashSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
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
export async function proxy(request: NextRequest) {
  const refused = tooLarge(request);
  if (refused) return refused;
  if (process.env.READ_ACCESS !== "login") return NextResponse.next();
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token && (await findSessionUser(hashSessionToken(token)))) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthorized", message: "Log in first: reading needs an account on this tracker." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  // everything but the login page, the API login, Next's own files and static assets
  matcher: ["/((?!login|api/session|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|css|js)$).*)"],
};
