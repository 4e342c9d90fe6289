import { expect, test, type APIRequestContext } from "@playwright/test";
import { EDITOR } from "./accounts";
import { seedDeals, uniqueInvestor } from "./deal-factory";
import { germanInvestmentArticle, investmentArticle, possibleDuplicateArticles } from "./factories";

test.use({ storageState: EDITOR.state });

async function importText(
  request: APIRequestContext,
  text: string,
  published: string,
): Promise<{ articleId: number; dealIds: number[] }> {
  const res = await request.post("/api/articles", { data: { text, published } });
  expect(res.status()).toBe(201);
  return (await res.json()).results[0];
}

test("an English and a German report of one deal make one deal with a timeline; a source can be split out and the split undone", async ({
  page,
  request,
}) => {
  const { investor, text } = investmentArticle();
  const en = await importText(request, text, "2026-03-10");
  const de = await importText(request, germanInvestmentArticle(investor), "2026-03-11");
  expect(de.dealIds).toEqual(en.dealIds);
  const dealId = en.dealIds[0];

  await page.goto(`/deals/${dealId}`);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("2 reports · first seen 10 Mar 2026 · latest report 11 Mar 2026");
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline.getByRole("link", { name: `${investor} baut Batteriewerk in Polen` })).toHaveAttribute(
    "href",
    `/articles/${de.articleId}`,
  );
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText(
    "added a source article",
  );

  // the analysts' table counts it once and shows its two sources
  await page.goto(`/deals?q=${investor}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: investor }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(6)).toHaveText("2");
  await page.goto(`/deals?q=${investor}&sourcesMin=2`);
  await expect(page.getByRole("status").filter({ hasText: "reported by" })).toContainText(
    "reported by 2 or more articles",
  );
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: investor }) })).toHaveCount(1);

  await page.goto(`/deals/${dealId}`);
  await page.getByRole("button", { name: `Move “${investor} baut Batteriewerk in Polen” into its own deal` }).click();
  // on the new deal's page now, with the one article moved out
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("1 report");
  expect(page.url()).not.toMatch(new RegExp(`/deals/${dealId}$`));
  await page.goto(`/deals/${dealId}`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").first()).toContainText("split off a source");
  await history.getByRole("button", { name: "Undo split" }).click();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("2 reports");
  await expect(history.getByRole("listitem").first()).toContainText("undid a split");
});

test("the duplicates queue shows a possible duplicate side by side; the editor merges it choosing fields, and undoes the merge", async ({
  page,
  request,
}) => {
  const { investor, first, second } = possibleDuplicateArticles();
  const stored = await importText(request, first, "2020-01-10");
  const report = await importText(request, second, "2020-06-10");
  expect(report.dealIds).not.toEqual(stored.dealIds);
  const [keepId, mergeId] = [stored.dealIds[0], report.dealIds[0]];

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Duplicates" }).click();
  const pair = page.getByRole("region", { name: `Possible duplicate: ${investor} → Portugal` });
  await expect(pair).toBeVisible();
  await expect(pair.getByRole("list", { name: "Why they may be the same deal" })).toContainText(
    "same investor into PT",
  );
  await expect(pair.getByRole("link", { name: new RegExp(`deal ${keepId},`) })).toBeVisible();
  await expect(pair.getByRole("link", { name: new RegExp(`deal ${mergeId},`) })).toBeVisible();

  // the announcement date differs: take the later report's
  const announced = pair.getByRole("group", { name: "Announced" });
  await announced.getByLabel(/Jun 2020/).check();
  await pair.getByRole("button", { name: `Merge into deal ${keepId}` }).click();
  await expect(page.getByRole("status").first()).toContainText("Merged.");
  await expect(page.getByRole("region", { name: `Possible duplicate: ${investor} → Portugal` })).toHaveCount(0);

  await page.goto(`/deals/${keepId}`);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("2 reports");
  await expect(page.getByText("Jun 2020").first()).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").first()).toContainText("merged");
  await history.getByRole("button", { name: "Undo merge" }).click();
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("1 report");
  await expect(history.getByRole("listitem").first()).toContainText("undid a merge");

  // undone, the pair waits in the queue again
  await page.goto("/duplicates");
  await expect(page.getByRole("region", { name: `Possible duplicate: ${investor} → Portugal` })).toBeVisible();
});

test("a viewer cannot reach the duplicates queue's actions", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/duplicates");
  await expect(page.getByRole("status").filter({ hasText: "log in" })).toContainText("log in");
  await context.close();
});

test("an editor merges any deal into another from the deal page; the merged deal points to the kept one", async ({
  page,
}) => {
  const investor = uniqueInvestor("Tormund");
  const [keepId] = await seedDeals([
    {
      investor,
      targetCountry: "NO",
      amount: 2e8,
      currency: "EUR",
      facilities: [{ type: "energy", city: "Bergen", name: null }],
    },
  ]);
  const [mergeId] = await seedDeals([{ investor: `${investor} ASA`, targetCountry: "NO", announcedOn: "2025-02" }]);
  await page.goto(`/deals/${keepId}`);
  await page.getByLabel("Merge another deal into this one: deal number").fill(String(mergeId));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge two deals");
  // the kept deal has no date: the other's is preselected
  await expect(page.getByRole("group", { name: "Announced" }).getByLabel(/Feb 2025/)).toBeChecked();
  await page.getByRole("button", { name: `Merge into deal ${keepId}` }).click();
  await expect(page.getByRole("status").first()).toContainText("Merged.");

  await page.goto(`/deals/${mergeId}`);
  await expect(page.getByRole("status").filter({ hasText: "This deal was merged into" })).toBeVisible();
  await page
    .getByRole("link", { name: `deal ${keepId}` })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Fields" })).toContainText("Feb 2025");
});
