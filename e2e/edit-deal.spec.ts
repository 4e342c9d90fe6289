import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { seedDeal } from "./deal-seed";
import { selectWords } from "./select-words";

test.use({ storageState: EDITOR.state });

test("an editor corrects the amount and the country beside the evidence, verifies, sees the revision and restores the old value", async ({
  page,
}) => {
  const { dealId } = await seedDeal();
  await page.goto(`/deals/${dealId}`);
  await page.getByRole("link", { name: "Edit deal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit:");

  // words selected in the article fill the field and become its evidence
  const source = page.getByRole("article").first().locator("[data-selectable-text]");
  await selectWords(source, "$450 million");
  await page.getByLabel("Field to fill").selectOption("amount");
  await page.getByRole("button", { name: "Use selected words" }).click();
  await expect(page.getByLabel("Amount", { exact: true })).toHaveValue("450000000");
  await expect(page.getByText("Evidence: “$450 million”")).toBeVisible();

  await page.getByLabel("Amount", { exact: true }).fill("475000000");
  await page.getByLabel("Target country").fill("CZ");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/deals/${dealId}\\?saved=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Saved: this is version 2." })).toBeFocused();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Czechia");
  await expect(page.getByText("475,000,000 USD")).toBeVisible();

  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("main").locator("header").getByText("verified", { exact: true })).toBeVisible();

  const history = page.getByRole("region", { name: "History" });
  const edit = history.getByRole("listitem").filter({ hasText: "edited" });
  await expect(edit).toContainText("Amount: 450,000,000 → 475,000,000");
  await expect(edit).toContainText("Target country: Poland → Czechia");
  await expect(history.getByRole("listitem").filter({ hasText: "verified ·" })).toContainText(EDITOR.email);

  await history.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("450,000,000 USD")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Poland");
  await expect(history.getByRole("listitem").first()).toContainText("restored an earlier state");
});

test("a save with an invalid value reports it at the field and keeps everything typed", async ({ page }) => {
  const { dealId } = await seedDeal();
  await page.goto(`/deals/${dealId}/edit`);
  await page.getByLabel("Investor", { exact: true }).fill("Renamed Investor");
  await page.getByLabel("Target country").fill("Czechia");
  await page.getByRole("button", { name: "Add a facility" }).click();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("use a two-letter ISO 3166 country code, e.g. TR")).toBeVisible();
  await expect(page.getByLabel("Target country")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Investor", { exact: true })).toHaveValue("Renamed Investor");
  await expect(page.getByRole("group", { name: "Facility 2" })).toBeVisible();
});

test("a save with several bad fields reports them all at once and puts the focus on the first", async ({ page }) => {
  const { dealId } = await seedDeal();
  await page.goto(`/deals/${dealId}/edit`);
  await page.getByLabel("Amount", { exact: true }).fill("abc");
  await page.getByLabel("Announced on").fill("2024-13-45");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText("2 fields");
  await expect(page.getByLabel("Amount", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Announced on")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("write the amount as a number, e.g. 450000000")).toBeVisible();
  await expect(page.getByText("use YYYY, YYYY-MM or YYYY-MM-DD")).toBeVisible();
  await expect(page.getByLabel("Amount", { exact: true })).toBeFocused();
});

test("two editors saving the same deal: the second is told what changed and can re-apply their changes", async ({
  browser,
}) => {
  const { dealId } = await seedDeal();
  const [a, b] = await Promise.all([
    browser.newContext({ storageState: EDITOR.state }),
    browser.newContext({ storageState: EDITOR.state }),
  ]);
  const [pageA, pageB] = await Promise.all([a.newPage(), b.newPage()]);
  await pageA.goto(`/deals/${dealId}/edit`);
  await pageB.goto(`/deals/${dealId}/edit`);

  await pageA.getByLabel("Amount", { exact: true }).fill("500000000");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  await expect(pageA).toHaveURL(/saved=1/);

  await pageB.getByLabel("Target country").fill("SK");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  const notice = pageB.getByRole("alert").filter({ hasText: "This deal changed while you were editing" });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("row", { name: /Amount/ })).toContainText("500,000,000");
  await expect(pageB.getByLabel("Target country")).toHaveValue("SK");

  await notice.getByRole("button", { name: "Re-apply my changes to the current version" }).click();
  await expect(pageB.getByLabel("Amount", { exact: true })).toHaveValue("500000000");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(pageB).toHaveURL(/saved=1/);
  await expect(pageB.getByRole("heading", { level: 1 })).toContainText("Slovakia");
  await expect(pageB.getByText("500,000,000 USD")).toBeVisible();
  await Promise.all([a.close(), b.close()]);
});
