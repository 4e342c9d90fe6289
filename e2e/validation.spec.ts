import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { seedDeal } from "./deal-seed";
import { investmentArticle } from "./factories";

test.use({ storageState: EDITOR.state });

test("impossible dates are refused with a message, not stored", async ({ request }) => {
  for (const [published, message] of [
    ["2024-02-30", "this day does not exist"],
    ["0000", "use a year from 1900 to 2100"],
    ["2024-13", "use YYYY"],
  ]) {
    const res = await request.post("/api/articles", { data: { text: investmentArticle().text, published } });
    expect(res.status(), published).toBe(400);
    expect(JSON.stringify((await res.json()).error.fields.published), published).toContain(message);
  }
  const filter = await request.get("/api/deals?from=2023-02-29");
  expect(filter.status()).toBe(400);
});

test("missing deals and articles answer 404, malformed ids too", async ({ request }) => {
  for (const path of [
    "/deals/99999999",
    "/deals/abc",
    "/deals/1e3",
    "/deals/99999999/edit",
    "/articles/99999999",
    "/articles/x",
    "/api/deals/99999999",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("an absurd page number is the first page, not a server error", async ({ request }) => {
  for (const page of ["1e20", "99999999999999999999", "-4", "x"]) {
    const res = await request.get(`/articles?page=${page}`);
    expect(res.status(), page).toBe(200);
  }
});

test("an announcement year outside 1900–2100 is saved only after the editor confirms that year", async ({ page }) => {
  const { dealId } = await seedDeal();
  await page.goto(`/deals/${dealId}/edit`);
  const date = page.getByLabel("Announced on");
  await date.fill("1850-06");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(
    page.getByText("1850 is outside 1900–2100: correct the year, or confirm that 1850 is right and save again"),
  ).toBeVisible();
  await expect(date).toHaveValue("1850-06");

  const confirm = page.getByRole("checkbox", { name: /The year 1850 is right/ });
  await confirm.check();
  // another year than the one confirmed takes the question away again
  await date.fill("1851-06");
  await expect(confirm).toHaveCount(0);
  await date.fill("1850-06");
  await page.getByRole("checkbox", { name: /The year 1850 is right/ }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/deals/${dealId}\\?saved=1`));
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").filter({ hasText: "edited" })).toContainText("1850");
});
