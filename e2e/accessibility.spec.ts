import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, VIEWER } from "./accounts";
import { seedDeals, uniqueInvestor } from "./deal-factory";

/** axe over the whole page, WCAG 2.1 A and AA: serious and critical violations fail the test, by rule and element. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

async function seedOne(): Promise<{ dealId: number }> {
  const investor = uniqueInvestor("Ibis");
  const [dealId] = await seedDeals(
    [
      {
        investor,
        targetCountry: "HU",
        amount: 1e12,
        currency: "HUF",
        announcedOn: "2023-04",
        status: "announced",
        facilities: [{ type: "factory", city: "Kecskemét", name: null }],
      },
    ],
    `${investor} will invest 1,000 billion forints in a factory in Kecskemét, Hungary. ${"More words about it. ".repeat(80)}`,
  );
  return { dealId };
}

test.describe("as a visitor", () => {
  test("public pages have no serious axe violations", async ({ page }) => {
    test.slow(); // axe over a whole page takes seconds on a busy machine
    const { dealId } = await seedOne();
    for (const path of [
      "/",
      "/deals",
      "/deals?chart=amount&displayCurrency=EUR",
      `/deals/${dealId}`,
      "/articles",
      "/login",
      "/import",
      "/review",
      "/no-such-page",
    ]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
    await page.goto(`/deals/${dealId}`);
    await page.getByRole("region", { name: "Source article" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await expectNoSeriousViolations(page);
  });

  test("the deals page on a phone folds filters and facets into panels above the table", async ({ page }) => {
    test.slow(); // axe over a whole page takes seconds on a busy machine
    await seedOne();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/deals");
    const facets = page.getByText("Facets: filter with one click");
    await expect(facets).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Facets" })).toBeHidden();
    const facetsTop = (await facets.boundingBox())!.y;
    expect(facetsTop).toBeLessThan((await page.getByRole("table").boundingBox())!.y);
    await facets.click();
    await expect(page.getByRole("navigation", { name: "Facets" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: VIEWER.state });
  test("the deals page with saved views has no serious axe violations", async ({ page }) => {
    test.slow(); // axe over a whole page takes seconds on a busy machine
    await page.goto("/deals");
    await expectNoSeriousViolations(page);
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: EDITOR.state });
  test("editing pages and the review queue have no serious axe violations", async ({ page }) => {
    test.slow(); // axe over a whole page takes seconds on a busy machine
    const { dealId } = await seedOne();
    await page.goto(`/deals/${dealId}/edit`);
    await expectNoSeriousViolations(page);
    await page.goto(`/deals/${dealId}`);
    await expectNoSeriousViolations(page);
    await page.getByRole("region", { name: "Source article" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/\d+$/);
    await page.getByRole("link", { name: "Add a deal the extractor missed" }).click();
    await expectNoSeriousViolations(page);
    for (const path of ["/review", "/import", "/articles"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page);
    }
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: ADMIN.state });
  test("the accounts page has no serious axe violations", async ({ page }) => {
    test.slow(); // axe over a whole page takes seconds on a busy machine
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
