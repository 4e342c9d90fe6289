import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { seedDeal } from "./deal-seed";

test.use({ storageState: EDITOR.state });

test("the review queue verifies with one key and moves on; a deleted deal can be brought back", async ({ page }) => {
  // skipping through a queue other tests fill takes a page load per deal
  test.slow();
  const { dealId, investor } = await seedDeal();
  // Skip everything before our deal, so other tests' deals do not matter.
  await page.goto("/review");
  for (let i = 0; i < 50; i++) {
    const heading = page.getByRole("heading", { level: 2 }).first();
    if ((await heading.getByRole("link").getAttribute("href")) === `/deals/${dealId}`) break;
    await page.keyboard.press("s");
    await page.waitForLoadState("domcontentloaded");
  }
  await expect(page.getByRole("link", { name: /→ Poland/ }).first()).toHaveAttribute("href", `/deals/${dealId}`);
  await expect(page.getByRole("button", { name: "Verify" })).toHaveAttribute("aria-keyshortcuts", "V");
  await page.keyboard.press("v");
  await expect(page.getByRole("status").first()).toContainText(/Verified .+ → Poland\./);
  // on to the next deal, or to "nothing left" when ours was the last
  await expect(page.getByRole("heading", { level: 2 }).getByRole("link", { name: new RegExp(investor) })).toHaveCount(
    0,
  );

  // undo: the deal is unreviewed again, and the keyboard stays in the queue
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").first()).toContainText(/Undone: .+ → Poland is back in the queue\./);
  await expect(page.getByRole("button", { name: "Verify" })).toBeFocused();
  await page.goto(`/deals/${dealId}`);
  await expect(page.getByRole("main").locator("header").getByText("unreviewed", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Verify" }).click();

  await expect(page.getByRole("main").locator("header").getByText("verified", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This deal was deleted" })).toBeVisible();
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(page.getByRole("link", { name: "Edit deal" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText(
    "restored from the bin",
  );
});
