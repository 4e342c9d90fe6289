import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { savedNewsPage } from "./import-documents";
import { investmentArticle } from "./factories";

// Importing needs the editor role.
test.use({ storageState: EDITOR.state });

test("POST /api/articles answers 413 naming the limit for a body over 50 MB, and 400 for more than 500 files", async ({
  request,
}) => {
  const big = await request.post("/api/articles", {
    multipart: { file: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(51 * 1024 * 1024, 0x61) } },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toContain("the limit is 50 MB per request");

  const form = new FormData();
  for (let i = 0; i < 501; i++) form.append("file", new Blob([`tiny ${i}`]), `${i}.txt`);
  const many = await request.post("/api/articles", { multipart: form });
  expect(many.status()).toBe(400);
  expect((await many.json()).error.message).toContain("501 files were sent; the limit is 500 per upload");
});

test("POST /api/articles imports each file with its own date, and links fetched from a local server", async ({
  request,
}) => {
  const news = savedNewsPage();
  const server = http.createServer((req, res) => {
    if (req.url === "/story") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(news.buffer);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const byLink = await request.post("/api/articles", { data: { urls: [`${base}/story`, `${base}/gone`] } });
    expect(byLink.status()).toBe(201);
    const [story, gone] = (await byLink.json()).results;
    expect(story).toMatchObject({
      name: `${base}/story`,
      status: "imported",
      title: news.title,
      published: "2019-01-14",
      publishedFrom: "page",
    });
    expect(gone).toMatchObject({
      status: "refused",
      message: `${base}/gone: the server answered 404: check that the link opens in a browser`,
    });
  } finally {
    server.close();
  }

  const a = investmentArticle();
  const b = investmentArticle();
  const form = new FormData();
  form.append("file", new Blob([a.text]), "a.txt");
  form.append("file", new Blob([b.text]), "b.txt");
  form.append("published:b.txt", "2022-09-30");
  form.append("published", "2021");
  const res = await request.post("/api/articles", { multipart: form });
  expect(res.status()).toBe(201);
  expect(
    (await res.json()).results.map((r: { published: string; publishedFrom: string }) => [r.published, r.publishedFrom]),
  ).toEqual([
    ["2021", "default"],
    ["2022-09-30", "given"],
  ]);
});
