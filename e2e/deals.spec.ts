import fs from "node:fs";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { VIEWER } from "./accounts";
import { seedDeals, uniqueInvestor } from "./deal-factory";

const dataRows = (page: import("@playwright/test").Page) =>
  page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

test("a facet filters with one click, a column header sorts, and the back button undoes it", async ({ page }) => {
  const investor = uniqueInvestor();
  await seedDeals([
    { investor, targetCountry: "TR", amount: 5e8, currency: "USD", announcedOn: "2021-03", status: "announced" },
    { investor, targetCountry: "DE", amount: 2e9, currency: "USD", announcedOn: "2022", status: "completed" },
    { investor, targetCountry: "TR", amount: 1e8, currency: "USD", announcedOn: "2020-06-01", status: "completed" },
  ]);
  await page.goto(`/deals?investor=${investor}`);
  await expect(page.getByRole("status")).toHaveText(`3 deals by ${investor}, latest first`);

  await page.getByRole("navigation", { name: "Facets" }).getByRole("link", { name: "completed 2 deals" }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(page.getByRole("status")).toHaveText(`2 deals by ${investor}, completed, latest first`);
  await expect(dataRows(page)).toHaveCount(2);

  await page.getByRole("link", { name: "Sort by amount, descending" }).click();
  await expect(page.getByRole("columnheader", { name: /amount/i })).toHaveAttribute("aria-sort", "descending");
  await expect(dataRows(page).first()).toContainText("USD 2B");
  await page.getByRole("link", { name: "Sort by amount, ascending" }).click();
  await expect(dataRows(page).first()).toContainText("USD 100M");

  await page.goBack();
  await expect(dataRows(page).first()).toContainText("USD 2B");
  await page.getByRole("link", { name: "Remove filter: status completed" }).click();
  await expect(dataRows(page)).toHaveCount(3);
});

test("search finds deals by a word, and pages move through them", async ({ page }) => {
  const investor = uniqueInvestor("Plover");
  await seedDeals(
    Array.from({ length: 30 }, (_, i) => ({
      investor,
      targetCountry: "PL",
      announcedOn: `2023-01-${String(i + 1).padStart(2, "0")}`,
    })),
  );
  await page.goto("/deals?pageSize=25");
  await page.getByLabel("Search investor, partners, facilities, article text").fill(investor.toLowerCase());
  await page.getByLabel("Search investor, partners, facilities, article text").press("Enter");
  await expect(page.getByRole("status")).toHaveText(`30 deals, matching “${investor.toLowerCase()}”, latest first`);
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await expect(dataRows(page)).toHaveCount(25);

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(dataRows(page)).toHaveCount(5);
  await expect(dataRows(page).last()).toContainText("1 Jan 2023");

  await page.getByLabel("Rows per page").selectOption("50");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("Page 1 of 1")).toBeVisible();
  await expect(dataRows(page)).toHaveCount(30);
});

test("a deal opens from the table and shows the words behind a field", async ({ page }) => {
  const investor = uniqueInvestor("Heron");
  const text = `${investor} will build a factory in Izmir, Türkiye, for 300 million dollars.`;
  await seedDeals(
    [
      {
        investor,
        targetCountry: "TR",
        amount: 3e8,
        currency: "USD",
        facilities: [{ type: "factory", city: "Izmir", name: null }],
      },
    ],
    text,
  );
  await page.goto(`/deals?q=${investor}`);
  await page.getByRole("table").getByRole("link", { name: investor }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${investor} → Türkiye`);

  const mark = page.locator("mark.evidence", { hasText: investor });
  await expect(mark).toBeVisible();
  const background = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await background();
  // the field buttons work once the page has hydrated; on a busy machine that can lag the first click
  await expect(async () => {
    await page.getByRole("button", { name: "Investor: show its words in the article" }).click();
    expect(await background()).not.toBe(plain);
  }).toPass();
});

test("the CSV export holds exactly the rows of the filter, starts with a BOM and keeps the names whole", async ({
  page,
}) => {
  const investor = uniqueInvestor("Avocet");
  const ids = await seedDeals([
    { investor, targetCountry: "BR", status: "announced", amount: 1e9, currency: "BRL", partners: ['Vale, "Grupo"'] },
    { investor, targetCountry: "BR", status: "proposed" },
    { investor, targetCountry: "TR", status: "announced", via: "Kecskemét Türkiye Holding" },
  ]);
  await page.goto(`/deals?investor=${investor}&status=announced`);
  await expect(dataRows(page)).toHaveCount(2);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const bytes = fs.readFileSync(await (await download).path());
  // EF BB BF: the UTF-8 byte order mark Excel needs to read "Türkiye" as such
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));
  expect(csv).toContain("Kecskemét Türkiye Holding");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,investor,/);
  expect(
    lines
      .slice(1)
      .map((l) => Number(l.split(",")[0]))
      .sort(),
  ).toEqual([ids[0], ids[2]].sort());
  expect(csv).toContain('"Vale, ""Grupo"""');
});

test("the CSV with its description: a ZIP whose README and datapackage.json say the filter, the link and the time", async ({
  page,
}) => {
  const investor = uniqueInvestor("Dunlin");
  const ids = await seedDeals([
    { investor, targetCountry: "TR", status: "announced", amount: 2e9, currency: "TRY", announcedOn: "2024-03" },
    { investor, targetCountry: "TR", status: "proposed" },
  ]);
  await page.goto(`/deals?investor=${investor}&status=announced`);
  await expect(dataRows(page)).toHaveCount(1);
  const before = Date.now();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV with its description (ZIP)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^deals-\d{4}-\d{2}-\d{2}T\d{4}Z\.zip$/);
  const zip = await JSZip.loadAsync(fs.readFileSync(await (await download).path()));
  const names = Object.keys(zip.files);
  expect(names.slice(0, 2)).toEqual(["README.txt", "datapackage.json"]);
  const readme = await zip.file("README.txt")!.async("string");
  expect(readme).toContain(`1 deal by ${investor}, announced`);
  expect(readme).toMatch(new RegExp(`Filter: +.*investor=${investor}`));
  expect(readme).toContain("/deals?");
  const exportedAt = Date.parse(/Exported at: (\S+)/.exec(readme)![1]);
  expect(exportedAt).toBeGreaterThanOrEqual(before - 60_000);
  const pkg = JSON.parse(await zip.file("datapackage.json")!.async("string"));
  expect(pkg.filter).toContain("status=announced");
  const csv = await zip.file(names[2])!.async("uint8array");
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(csv.subarray(3)).trim().split("\r\n");
  expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual([ids[0]]);
});

test("an invalid filter in the URL says which parameter is wrong", async ({ page }) => {
  await page.goto("/deals?amountMin=lots");
  await expect(page.getByRole("heading", { name: "This filter cannot be shown" })).toBeVisible();
  await expect(page.getByText('Parameter "amountMin" is not valid')).toBeVisible();
  await page.getByRole("link", { name: "Show all deals" }).click();
  await expect(page.getByRole("heading", { name: "Deals", exact: true })).toBeVisible();
});

test("amounts compare across currencies: the amount sort and range are in US dollars, with the original beside", async ({
  page,
}) => {
  const investor = uniqueInvestor("Godwit");
  await seedDeals([
    { investor, targetCountry: "HU", amount: 1.5e12, currency: "HUF", announcedOn: "2023-04" },
    { investor, targetCountry: "US", amount: 5e9, currency: "USD", announcedOn: "2023-06" },
    { investor, targetCountry: "DE", amount: 2e9, currency: "EUR", announcedOn: "2022" },
  ]);
  await page.goto(`/deals?investor=${investor}`);
  await page.getByRole("link", { name: "Sort by amount, descending" }).click();
  await expect(page.getByRole("status").first()).toContainText("largest first");
  await expect(dataRows(page).nth(0)).toContainText("USD 5B");
  // HUF 1.5 T at the 2023 average is about US$ 4.2 B: below USD 5 B, above EUR 2 B
  await expect(dataRows(page).nth(1)).toContainText("HUF 1.5T");
  await expect(dataRows(page).nth(1)).toContainText("≈ $4.25B");
  // the 2023 HUF average is the OECD's, the euro-dollar rate the ECB's as the IMF republishes it
  await expect(
    dataRows(page)
      .nth(1)
      .getByText(/HUF per US dollar, 2023 average \(OECD; EUR\/USD IMF\)/),
  ).toBeAttached();
  await expect(page.getByLabel("Totals")).toContainText("Total in USD");

  await page.getByLabel("Amount at least (US$)").fill("3000000000");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page).toHaveURL(/amountUsdMin=3000000000/);

  await page.getByLabel("Show amounts in").selectOption("EUR");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(dataRows(page).nth(0)).toContainText("≈ €");
});

test("the confidence filter leaves out the extractor's less certain records", async ({ page }) => {
  const investor = uniqueInvestor("Sanderling");
  await seedDeals(
    [{ investor, targetCountry: "PL", amount: 1e6, currency: "USD", announcedOn: "2024" }],
    undefined,
    0.85,
  );
  await seedDeals(
    [{ investor, targetCountry: "DE", amount: null, currency: null, announcedOn: "2024" }],
    undefined,
    0.35,
  );
  await page.goto(`/deals?investor=${investor}`);
  await expect(dataRows(page)).toHaveCount(2);
  await page.getByLabel("Confidence at least (%)").fill("50");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/confidenceMin=50/);
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).nth(0)).toContainText("Poland");
  await expect(page.getByRole("status").first()).toContainText("50 % confidence or more");
});

test("a header sort survives changing the page size, and '← Deals' returns to the filtered list", async ({ page }) => {
  test.slow(); // six page loads
  const investor = uniqueInvestor("Curlew");
  await seedDeals(
    Array.from({ length: 30 }, (_, i) => ({
      investor,
      targetCountry: i % 2 ? "PL" : "CZ",
      amount: (i + 1) * 1e6,
      currency: "USD",
      announcedOn: "2024",
    })),
  );
  await page.goto(`/deals?investor=${investor}&pageSize=25`);
  await page.getByRole("link", { name: "Sort by amount, descending" }).click();
  await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("-amountUsd");
  await page.getByLabel("Rows per page").selectOption("50");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sort=-amountUsd/);
  await expect(page.getByRole("columnheader", { name: /amount/i })).toHaveAttribute("aria-sort", "descending");
  await expect(dataRows(page)).toHaveCount(30);
  await expect(dataRows(page).first()).toContainText("USD 30M");

  await page
    .getByRole("navigation", { name: "Facets" })
    .getByRole("link", { name: /^Poland/ })
    .click();
  await expect(dataRows(page)).toHaveCount(15);
  await dataRows(page).first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Poland");
  await page.getByRole("link", { name: "← Deals" }).click();
  await expect(page).toHaveURL(/targetCountry=PL/);
  await expect(page).toHaveURL(/sort=-amountUsd/);
  await expect(dataRows(page)).toHaveCount(15);
});

test("the map names a country's figures on hover and filters by it on a click; its table view holds the same numbers", async ({
  page,
}) => {
  const investor = uniqueInvestor("Whimbrel");
  await seedDeals([
    { investor, targetCountry: "KE", amount: 2e8, currency: "USD", announcedOn: "2024-02" },
    { investor, targetCountry: "KE", amount: 1e8, currency: "USD", announcedOn: "2023" },
    { investor, targetCountry: "BR", amount: 5e7, currency: "USD", announcedOn: "2024" },
  ]);
  await page.goto(`/deals?investor=${investor}`);
  const map = page.getByRole("group", { name: /World map/ });
  const kenya = map.getByRole("link", { name: "Kenya: 2 deals, $300M: filter by Kenya" });
  await expect(kenya.locator("title")).toHaveText("Kenya: 2 deals, $300M");
  await kenya.click();
  await expect(page).toHaveURL(/targetCountry=KE/);
  await expect(dataRows(page)).toHaveCount(2);

  await page.getByText("Show the map and chart figures as tables").click();
  const byCountry = page.getByRole("table", { name: "By target country" });
  await expect(byCountry.getByRole("row", { name: /Kenya/ })).toContainText("$300M");
  await expect(
    page.getByRole("table", { name: /By year and status/ }).getByRole("row", { name: /2024/ }),
  ).toContainText("1; $200M");
});

test.describe("saved views", () => {
  test.use({ storageState: VIEWER.state });
  test("a logged-in user saves the current filter under a name and gets it back as a link", async ({ page }) => {
    const investor = uniqueInvestor("Stint");
    await seedDeals([
      { investor, targetCountry: "TR" },
      { investor, targetCountry: "GR" },
    ]);
    await page.goto(`/deals?investor=${investor}&targetCountry=TR`);
    const name = `Only Türkiye ${investor}`;
    await page.getByLabel("Save this view as").fill(name);
    await page.getByRole("button", { name: "Save view" }).click();
    await expect(page.getByText(`Saved the view “${name}”.`)).toBeVisible();
    await page.goto("/deals");
    await page.getByRole("region", { name: "Your saved views" }).getByRole("link", { name }).click();
    await expect(page.getByRole("status").first()).toHaveText(`1 deal into Türkiye by ${investor}, latest first`);
  });
});
