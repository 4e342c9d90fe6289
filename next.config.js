/** @type {import('next').NextConfig} */
const nextConfig = {
  // Article text and evidence never need the x-powered-by header either.
  poweredByHeader: false,
  // The importer accepts uploads up to 2 MB per file through server actions.
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
};

module.exports = nextConfig;
