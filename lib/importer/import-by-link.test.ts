import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../data/prisma";
import { fetchPage, isPrivateAddress } from "./fetch-url";
import { importBatch } from "./import-batch";

// A real local HTTP server that this test starts, serving a saved news page, a PDF,
// redirects and an oversized body. Loopback is private, so the admin setting is on
// for these tests, and one test turns it off to see the refusal.
const fixture = (...parts: string[]) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", ...parts));
let server: http.Server;
let base: string;

beforeAll(async () => {
  process.env.IMPORT_ALLOW_PRIVATE_URLS = "1";
  server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/news/voestalpine")
      return res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(fixture("pages", "de-voestalpine.html"));
    if (url === "/reports/orvane")
      return res.writeHead(200, { "content-type": "application/pdf" }).end(fixture("documents", "orvane-mexico.pdf"));
    if (url === "/moved") return res.writeHead(301, { location: "/news/voestalpine" }).end();
    if (url.startsWith("/loop")) return res.writeHead(302, { location: `/loop${url.length}` }).end();
    if (url === "/huge")
      return res.writeHead(200, { "content-type": "text/html", "content-length": String(20 * 1024 * 1024) }).end();
    if (url === "/image") return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50]));
    res.writeHead(404).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.IMPORT_ALLOW_PRIVATE_URLS;
  await new Promise((resolve) => server.close(resolve));
});

describe("importBatch with links", () => {
  it("fetches a news page (after a redirect) and a PDF, imports their articles with the page's title and date", async () => {
    const [page, pdf] = await importBatch(
      { files: [], urls: [`${base}/moved`, `${base}/reports/orvane`] },
      { importedVia: "api" },
    );
    expect(page).toMatchObject({
      status: "imported",
      label: `${base}/moved`,
      title: "Stahlkonzern Voestalpine baut Fabrik in Giurgiu",
      published: "2012-04-17",
      publishedFrom: "page",
    });
    expect(pdf).toMatchObject({
      status: "imported",
      title: "Orvane Steel to invest $900 million in Mexican mill",
      published: "2024-05-06",
      publishedFrom: "text",
    });
    if (page.status !== "imported" || pdf.status !== "imported") return;
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: page.articleId } });
    expect(stored.source).toBe(`${base}/news/voestalpine`); // where it was fetched from, after redirects
    expect(stored.text).not.toContain("Cookies");
    expect((await prisma.article.findUniqueOrThrow({ where: { id: pdf.articleId } })).source).toBe(
      `${base}/reports/orvane`,
    );
  });

  it("refuses bad links one by one with a reason, importing nothing for them", async () => {
    const before = await prisma.article.count();
    const outcomes = await importBatch(
      { files: [], urls: [`${base}/missing`, `${base}/loop`, `${base}/huge`, `${base}/image`] },
      { importedVia: "api" },
    );
    expect(outcomes.map((o) => (o.status === "refused" ? o.reason : o.status))).toEqual([
      "the server answered 404: check that the link opens in a browser",
      "more than 5 redirects: open the link in a browser and paste where it ends",
      "the page is 20 MB; the limit is 10 MB",
      "the link gives image/png, not a web page, PDF, Word or text file",
    ]);
    expect(await prisma.article.count()).toBe(before);
  });

  it("refuses links that are not http(s) before fetching anything", async () => {
    await expect(
      importBatch({ files: [], urls: ["file:///etc/passwd"] }, { importedVia: "api" }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { urls: ["file:///etc/passwd: give a full http:// or https:// address"] },
    });
  });
});

describe("fetchPage without the admin setting", () => {
  it("refuses loopback and private addresses, by name or by number, and redirects into them", async () => {
    delete process.env.IMPORT_ALLOW_PRIVATE_URLS;
    try {
      expect(await fetchPage(`${base}/news/voestalpine`)).toEqual({
        ok: false,
        reason: "127.0.0.1 is a private or local address; only public web pages are fetched",
      });
      const byName = await fetchPage(base.replace("127.0.0.1", "localhost") + "/news/voestalpine");
      expect(byName).toEqual({
        ok: false,
        reason: "localhost is a private or local address; only public web pages are fetched",
      });
      expect(await fetchPage("http://[::1]/")).toMatchObject({
        ok: false,
        reason: expect.stringContaining("private or local address"),
      });
    } finally {
      process.env.IMPORT_ALLOW_PRIVATE_URLS = "1";
    }
  });

  it("knows which addresses are private", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"]) expect(isPrivateAddress(a), a).toBe(false);
  });
});
