// Where a form may send the browser afterwards (`next`): only a path on this site.
// Browsers read "/\evil.example" and "//evil.example" as another host, and a scheme
// ("javascript:", "https:") anywhere in front would leave the site too, so the value
// is resolved against a placeholder origin and must still be on it.
const PLACEHOLDER = "http://placeholder.invalid";

/** The value as a same-origin path ("/deals?x=1"), or null when it could lead elsewhere. */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  // control characters and backslashes are never in a path this app writes
  if (!value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value) || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function isSafeNextPath(value: unknown): value is string {
  return safeNextPath(value) !== null;
}
