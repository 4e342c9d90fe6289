/**
 * The address a request came from, for the login throttle. `next start` puts the
 * socket's address in X-Forwarded-For when the request has none; a reverse proxy
 * appends the address it saw, so the last entry is the one a client cannot choose
 * (behind a proxy that passes a client's own header on, run it with
 * `proxy_set_header X-Forwarded-For $remote_addr` or the equivalent).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
