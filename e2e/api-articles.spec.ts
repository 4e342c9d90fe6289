import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { investmentArticle } from "./factories";

// Importing needs the editor role.
test.use({ storageState: EDITOR.state });

test.describe("POST /api/articles", () => {
  test("imports JSON text and answers with the article and deal ids", async ({ request }) => {
    const article = investmentArticle();
    const res = await request.post("/api/articles", {
      data: { text: article.text, published: "2026-03-10", source: "https://example.org/a" },
    });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ status: "imported", articleUrl: `/articles/${body.results[0].articleId}` });
    expect(body.results[0].dealIds.length).toBeGreaterThanOrEqual(1);

    const again = await request.post("/api/articles", { data: { text: article.text } });
    expect(again.status()).toBe(200);
    expect((await again.json()).results[0]).toMatchObject({
      status: "duplicate",
      articleId: body.results[0].articleId,
    });
  });

  test("imports several multipart files, refusing the bad ones by name", async ({ request }) => {
    const a = investmentArticle();
    const b = investmentArticle();
    const res = await request.post("/api/articles", {
      multipart: {
        file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(a.text) },
        published: "2026-03",
      },
    });
    expect(res.status()).toBe(201);
    // Playwright's multipart option takes one value per key; send several files with FormData.
    const form = new FormData();
    form.append("file", new Blob([b.text], { type: "text/plain" }), "b.md");
    form.append("file", new Blob(["%PDF-1.7"]), "c.pdf");
    form.append("file", new Blob([""]), "empty.txt");
    const multi = await request.post("/api/articles", { multipart: form });
    expect(multi.status()).toBe(201);
    const results = (await multi.json()).results;
    expect(results.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ["b.md", "imported"],
      ["c.pdf", "refused"],
      ["empty.txt", "refused"],
    ]);
    expect(results[1].message).toContain("c.pdf: the PDF could not be read");
    expect(results[2].message).toBe("empty.txt: the file is empty");
  });

  test("answers 4xx with a message on bad input", async ({ request }) => {
    const badJson = await request.post("/api/articles", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(badJson.status()).toBe(400);
    expect((await badJson.json()).error.message).toContain("not valid JSON");

    const empty = await request.post("/api/articles", { data: { text: "   " } });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error.fields.text).toEqual(["the text is empty: paste the article's text"]);

    const badDate = await request.post("/api/articles", {
      data: { text: investmentArticle().text, published: "last Friday" },
    });
    expect(badDate.status()).toBe(400);
    expect((await badDate.json()).error.fields.published).toEqual(["use YYYY, YYYY-MM or YYYY-MM-DD"]);

    const wrongType = await request.post("/api/articles", {
      headers: { "content-type": "text/plain" },
      data: Buffer.from("hello"),
    });
    expect(wrongType.status()).toBe(415);

    const onlyBinary = await request.post("/api/articles", {
      multipart: { file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 7]) } },
    });
    expect(onlyBinary.status()).toBe(400);
    expect((await onlyBinary.json()).error.message).toContain("x.txt: the file is binary");
  });
});
