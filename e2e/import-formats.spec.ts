import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { printedPdf, savedNewsPage, turkishCp1254 } from "./import-documents";

// Importing needs the editor role.
test.use({ storageState: EDITOR.state });

test("a saved news page, a PDF and a Windows-1254 Turkish file upload together as clean articles with their titles and dates", async ({
  page,
  browser,
}) => {
  // three conversions and a worker thread's first start: more than the default 30 s on a busy machine
  test.setTimeout(90_000);
  const news = savedNewsPage();
  const pdf = await printedPdf(browser);
  const turkish = turkishCp1254();
  await page.goto("/import");
  await page.getByLabel("Article files").setInputFiles([
    { name: news.name, mimeType: "text/html", buffer: news.buffer },
    { name: pdf.name, mimeType: "application/pdf", buffer: pdf.buffer },
    { name: turkish.name, mimeType: "text/plain", buffer: turkish.buffer },
  ]);
  await expect(page.getByRole("list", { name: "Chosen files" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Import" }).click();

  const results = page.getByRole("region", { name: "What happened" });
  const newsResult = results.getByRole("listitem").filter({ hasText: news.name });
  await expect(newsResult).toContainText(/imported with \d+ deals?/);
  await expect(newsResult).toContainText(`“${news.title}”, published 2019-01-14 (from the page)`);
  await expect(results.getByRole("listitem").filter({ hasText: pdf.name })).toContainText(
    "published 2024-05-06 (from the text)",
  );
  const turkishResult = results.getByRole("listitem").filter({ hasText: turkish.name });
  await expect(turkishResult).toContainText(/imported with \d+ deals?/);
  const turkishArticle = await turkishResult.getByRole("link").getAttribute("href");

  // The page's article: its title and date, none of its menus, consent banner or teasers.
  await newsResult.getByRole("link", { name: /\d+ deals?/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(news.title);
  await expect(page.getByText("Published 14 Jan 2019")).toBeVisible();
  const text = page.getByRole("article");
  await expect(text).toContainText("JCB is to invest £65 million in a new plant in India");
  await expect(text).toContainText(news.marker);
  for (const clutter of [
    "We use cookies",
    "Related stories",
    "Amazon",
    "Sign up for our daily newsletter",
    "Advertisement",
    "Comments (2)",
  ]) {
    await expect(text).not.toContainText(clutter);
  }

  // The Turkish file's letters came through its legacy encoding intact.
  await page.goto(turkishArticle!);
  await expect(page.getByRole("article")).toContainText(turkish.sentence);
});

test("files over the size limit are named before anything is sent, and the form keeps every file and field", async ({
  page,
}) => {
  await page.goto("/import");
  await page.getByLabel("Article files").setInputFiles([
    { name: "small.txt", mimeType: "text/plain", buffer: Buffer.from("Short article text.") },
    { name: "huge.html", mimeType: "text/html", buffer: Buffer.alloc(11 * 1024 * 1024, 0x61) },
  ]);
  await page.getByLabel("Publication date of small.txt").fill("2024-02");
  await page.getByLabel("Source URL (optional)").fill("https://example.org/batch");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "huge.html" })).toContainText(
    "huge.html (11 MB) is over the 10 MB limit per file. Remove it to import the others.",
  );
  const chosen = page.getByRole("list", { name: "Chosen files" });
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByLabel("Publication date of small.txt")).toHaveValue("2024-02");
  await expect(page.getByLabel("Source URL (optional)")).toHaveValue("https://example.org/batch");

  await page.getByRole("button", { name: "Remove huge.html" }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(1);
});
