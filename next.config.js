// The import limits (lib/schemas/article.ts): 50 MB per request, checked by the
// importer with a message naming them. Next's own cuts sit just above, so the
// importer's message is what a user sees, not a truncated body or a crash.
const BODY_LIMIT = "52mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Article text and evidence never need the x-powered-by header either.
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: BODY_LIMIT },
    // proxy.ts buffers request bodies up to this size (default 10 MB) and silently cuts the rest.
    proxyClientMaxBodySize: BODY_LIMIT,
  },
};

module.exports = nextConfig;
