// The security headers of every answer, set by proxy.ts. Pages render per request (the
// layout reads the session cookie), so each gets a fresh nonce: Next reads it from the
// request's Content-Security-Policy header and puts it on the inline scripts it writes.

/** 16 random bytes, base64: unguessable, fresh per request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; isHttps: boolean }): string {
  return [
    "default-src 'self'",
    // the dev server's fast refresh evaluates code; production never does
    `script-src 'self' 'nonce-${nonce}'${options.isDev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (chart bar widths, legend colours): attributes, not scripts
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response, pages and API alike. */
export function securityHeaders(csp: string, isHttps: boolean): Record<string, string> {
  return {
    "content-security-policy": csp,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "cross-origin-opener-policy": "same-origin",
    ...(isHttps ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
