import dns from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { LookupFunction } from "node:net";
import { MAX_FILE_BYTES, megabytes } from "../schemas/article";

export type FetchedPage = { url: string; fileName: string; bytes: Uint8Array };
export type FetchResult = { ok: true; page: FetchedPage } | { ok: false; reason: string };

const MAX_REDIRECTS = 5;
const TIMEOUT_MS = 15_000;

// Addresses a server must not be made to fetch for a user: loopback, private
// networks, link-local (cloud metadata at 169.254.169.254), carrier NAT, multicast
// and the unspecified address, in IPv4 and IPv6 (with IPv4-mapped IPv6).
const BLOCKED = new net.BlockList();
for (const [net4, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  BLOCKED.addSubnet(net4, prefix, "ipv4");
}
for (const [net6, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  BLOCKED.addSubnet(net6, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  return family ? BLOCKED.check(address, family) : true;
}

/** Admins may allow private addresses (an intranet news archive; the tests' local server). */
export function privateUrlsAllowed(): boolean {
  return process.env.IMPORT_ALLOW_PRIVATE_URLS === "1";
}

class FetchRefusal extends Error {}

/**
 * Resolves the host and refuses private addresses at connect time, so a name that
 * resolves differently the second time (DNS rebinding) cannot slip through.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { all: true }).then(
    (addresses) => {
      const allowed = privateUrlsAllowed() ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (!allowed.length) {
        callback(
          new FetchRefusal(`${hostname} is a private or local address; only public web pages are fetched`),
          "",
          4,
        );
        return;
      }
      if (options.all) callback(null, allowed);
      else callback(null, allowed[0].address, allowed[0].family);
    },
    (error: NodeJS.ErrnoException) =>
      callback(new FetchRefusal(`${hostname} was not found (${error.code ?? "DNS error"}): check the link`), "", 4),
  );
};

function fileNameFor(url: URL, contentType: string): string | null {
  const type = contentType.split(";")[0].trim().toLowerCase();
  const base = url.pathname.split("/").filter(Boolean).pop() || url.hostname;
  const known = /\.(pdf|docx|txt|md|html?)$/i.test(base);
  if (type === "application/pdf") return known ? base : `${base}.pdf`;
  if (type.includes("wordprocessingml")) return known ? base : `${base}.docx`;
  if (type === "text/plain") return known ? base : `${base}.txt`;
  if (type === "text/html" || type === "application/xhtml+xml" || !type)
    return /\.html?$/i.test(base) ? base : `${base}.html`;
  return null;
}

function getOnce(
  url: URL,
  signal: AbortSignal,
): Promise<{ status: number; location: string | null; contentType: string; bytes: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup,
        signal,
        headers: {
          "user-agent": "investment-tracker importer",
          accept: "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "");
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location: res.headers.location ?? null, contentType, bytes: new Uint8Array() });
          return;
        }
        const declared = Number(res.headers["content-length"]);
        if (declared > MAX_FILE_BYTES) {
          res.destroy();
          reject(new FetchRefusal(`the page is ${megabytes(declared)}; the limit is ${megabytes(MAX_FILE_BYTES)}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_FILE_BYTES) {
            res.destroy();
            reject(new FetchRefusal(`the page is over the ${megabytes(MAX_FILE_BYTES)} limit`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({ status, location: null, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

/**
 * Fetches one page for import: http and https only, public addresses only (unless
 * IMPORT_ALLOW_PRIVATE_URLS=1), at most 5 redirects (each checked again), 15 s and
 * the per-file size limit. Failures come back as a reason a person can act on.
 */
export async function fetchPage(link: string): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { ok: false, reason: "not a link: give a full http:// or https:// address" };
  }
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return { ok: false, reason: `only http and https links are fetched, not ${url.protocol}` };
      const host = url.hostname.replace(/^\[|\]$/g, "");
      // An address written in the link skips DNS, so it is checked here.
      if (net.isIP(host) && isPrivateAddress(host) && !privateUrlsAllowed()) {
        return { ok: false, reason: `${host} is a private or local address; only public web pages are fetched` };
      }
      const res = await getOnce(url, signal);
      if (res.location) {
        url = new URL(res.location, url);
        continue;
      }
      if (res.status >= 400)
        return { ok: false, reason: `the server answered ${res.status}: check that the link opens in a browser` };
      if (res.bytes.length === 0) return { ok: false, reason: "the server sent an empty page" };
      const fileName = fileNameFor(url, res.contentType);
      if (!fileName)
        return {
          ok: false,
          reason: `the link gives ${res.contentType.split(";")[0]}, not a web page, PDF, Word or text file`,
        };
      return { ok: true, page: { url: url.href, fileName, bytes: res.bytes } };
    }
    return {
      ok: false,
      reason: `more than ${MAX_REDIRECTS} redirects: open the link in a browser and paste where it ends`,
    };
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, reason: error.message };
    if (signal.aborted) return { ok: false, reason: `the server did not answer within ${TIMEOUT_MS / 1000} s` };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `the page could not be fetched (${code ?? (error as Error).message}): check the link` };
  }
}
