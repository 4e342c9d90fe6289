import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { investmentArticle } from "./factories";

// Importing needs the editor role.
test.use({ storageState: EDITOR.state });

test("an upload imports the valid article with its deals and refuses the binary file", async ({ page }) => {
  const article = investmentArticle();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import articles" })).toBeVisible();

  await page.getByLabel("Article files").setInputFiles([
    { name: "announcement.txt", mimeType: "text/plain", buffer: Buffer.from(article.text, "utf8") },
    {
      name: "photo.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    },
  ]);
  await page.getByRole("button", { name: "Import" }).click();

  const results = page.getByRole("region", { name: "What happened" });
  await expect(results.getByRole("listitem").filter({ hasText: "announcement.txt" })).toContainText(
    /imported with \d+ deals?/,
  );
  await expect(results.getByRole("listitem").filter({ hasText: "photo.txt" })).toContainText(
    "refused: the file is binary",
  );

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deals" }).click();
  // other tests' deals may fill the first page: find ours by its name
  await page.getByLabel("Search investor, partners, facilities, article text").fill(article.investor);
  await page.getByLabel("Search investor, partners, facilities, article text").press("Enter");
  const row = page.getByRole("row").filter({ hasText: article.investor }).filter({ hasText: "Poland" }).first();
  await expect(row).toContainText("Poland");
  await expect(row).toContainText("USD 450M");
});

test("importing the same article twice says it is already imported and links to it", async ({ page }) => {
  const article = investmentArticle();
  await page.goto("/import");
  await page.getByLabel("Or paste an article").fill(article.text);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("region", { name: "What happened" })).toContainText(/imported with \d+ deals?/);

  await page.getByLabel("Or paste an article").fill(article.text);
  await page.getByRole("button", { name: "Import" }).click();
  const results = page.getByRole("region", { name: "What happened" });
  await expect(results).toContainText("already imported");
  await results.getByRole("link", { name: "see the article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(article.investor);
});

test("a bad publication date is reported at its field and the pasted text is kept", async ({ page }) => {
  const article = investmentArticle();
  await page.goto("/import");
  await page.getByLabel("Or paste an article").fill(article.text);
  await page.getByLabel("Publication date (optional)").fill("21.11.2026");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("use YYYY, YYYY-MM or YYYY-MM-DD")).toBeVisible();
  await expect(page.getByLabel("Or paste an article")).toHaveValue(article.text);
  await expect(page.getByLabel("Publication date (optional)")).toHaveValue("21.11.2026");
});
