import { expect, test } from "@playwright/test";
import { seedDeals, uniqueInvestor } from "./deal-factory";
import { EDITOR } from "./accounts";
import { seedDeal } from "./deal-seed";

test.describe("GET /api/deals", () => {
  test("filters, sorts and pages with the page's parameters", async ({ request }) => {
    const investor = uniqueInvestor("Curlew");
    const ids = await seedDeals([
      { investor, targetCountry: "TR", amount: 3e8, currency: "USD", status: "announced" },
      { investor, targetCountry: "DE", amount: 9e8, currency: "EUR", status: "announced" },
      { investor, targetCountry: "FR", amount: 1e8, currency: "EUR", status: "proposed" },
    ]);
    const res = await request.get(
      `/api/deals?investor=${investor}&targetCountry=TR&targetCountry=de&sort=-amountUsd&pageSize=25`,
    );
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.deals.map((d: { id: number }) => d.id)).toEqual([ids[1], ids[0]]);
    expect(body.pagination).toEqual({ page: 1, pageSize: 25, total: 2, pages: 1, next: null, previous: null });
    // undated: the newest average (2024, the ECB's 1.08238 USD per EUR)
    expect(body.deals[0]).toMatchObject({
      amount: 9e8,
      currency: "EUR",
      amountUsd: 974_142_000,
      amountEur: 9e8,
      fxPeriod: "2024",
    });
    expect(body.description).toBe(`2 deals into Türkiye or Germany by ${investor}, largest first`);

    const deal = await request.get(`/api/deals/${ids[2]}`);
    expect(deal.status()).toBe(200);
    expect((await deal.json()).deal).toMatchObject({
      id: ids[2],
      investor,
      targetCountry: "FR",
      sources: [{ evidence: [{ field: "investor" }] }],
    });
  });

  test("answers 400 naming the parameter, and 404 for a missing deal", async ({ request }) => {
    for (const [search, name] of [
      ["status=maybe", "status"],
      ["pageSize=7", "pageSize"],
      ["amountMin=abc", "amountMin"],
      ["contry=TR", "contry"],
      ["from=yesterday", "from"],
      ["sort=-price", "sort"],
    ]) {
      const res = await request.get(`/api/deals?${search}`);
      expect(res.status(), search).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_input");
      expect(body.error.message).toContain(`"${name}"`);
      expect(Object.keys(body.error.fields)).toContain(name);
    }
    expect((await request.get("/api/deals/abc")).status()).toBe(400);
    const missing = await request.get("/api/deals/987654321");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain("987654321");
  });
});

test.describe("GET /api/deals/export", () => {
  test("streams every row of the filter as JSON, CSV, GeoJSON or Excel, each saying its filter and time, and refuses an unknown format", async ({
    request,
  }) => {
    const investor = uniqueInvestor("Dunlin");
    const ids = await seedDeals(
      Array.from({ length: 24 }, (_, i) => ({
        investor,
        targetCountry: i % 2 ? "IN" : "VN",
        amount: (i + 1) * 1e6,
        currency: "USD",
      })),
    );
    const json = await request.get(
      `/api/deals/export?format=json&investor=${investor}&targetCountry=IN&sort=amount&pageSize=25`,
    );
    expect(json.status()).toBe(200);
    expect(json.headers()["content-disposition"]).toMatch(/attachment; filename="deals-.*\.json"/);
    const body = (await json.json()) as {
      deals: { id: number; amount: number }[];
      description: string;
      exportedAt: string;
    };
    expect(body.description).toBe(`12 deals into India by ${investor}, smallest in its own currency first`);
    expect(Date.parse(body.exportedAt)).toBeGreaterThan(Date.now() - 600_000);
    const rows = body.deals;
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.id)).toEqual(ids.filter((_, i) => i % 2));

    const csv = await request.get(`/api/deals/export?format=csv&investor=${investor}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(25);

    const geo = await request.get(`/api/deals/export?format=geojson&investor=${investor}&targetCountry=VN`);
    expect(geo.headers()["content-type"]).toContain("application/geo+json");
    const collection = await geo.json();
    expect(collection).toMatchObject({
      type: "FeatureCollection",
      description: `12 deals into Vietnam by ${investor}, latest first`,
    });
    expect(collection.features).toHaveLength(12);
    expect(collection.features[0].geometry.type).toBe("Point");

    const xlsx = await request.get(`/api/deals/export?format=xlsx&investor=${investor}`);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    // a zip file: Excel's container
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

    const bad = await request.get(`/api/deals/export?format=xml`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain('"format"');
  });

  test("suggests investors by prefix", async ({ request }) => {
    const investor = uniqueInvestor("Sanderling");
    await seedDeals([{ investor }]);
    const res = await request.get(
      `/api/deals/investors?prefix=${investor.charAt(0).toLowerCase()}${investor.slice(1, 13)}`,
    );
    expect((await res.json()).investors).toContain(investor);
  });
});

test.describe("PATCH /api/deals/:id", () => {
  test.use({ storageState: EDITOR.state });

  test("an editor corrects fields with the version read; a stale version gets 409, bad fields 400, another site 403", async ({
    request,
  }) => {
    const { dealId } = await seedDeal();
    const { deal } = await (await request.get(`/api/deals/${dealId}`)).json();
    const saved = await request.patch(`/api/deals/${dealId}`, {
      data: { version: deal.version, changes: { amount: 5e8, currency: "EUR" } },
    });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).deal.version).toBe(deal.version + 1);
    expect((await (await request.get(`/api/deals/${dealId}`)).json()).deal).toMatchObject({
      amount: 5e8,
      currency: "EUR",
    });

    const stale = await request.patch(`/api/deals/${dealId}`, {
      data: { version: deal.version, changes: { amount: 1 } },
    });
    expect(stale.status()).toBe(409);
    const bad = await request.patch(`/api/deals/${dealId}`, {
      data: { version: deal.version + 1, changes: { announcedOn: "2024-02-30" } },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields.announcedOn[0]).toContain("does not exist");
    const cross = await request.patch(`/api/deals/${dealId}`, {
      headers: { "sec-fetch-site": "cross-site" },
      data: { version: deal.version + 1, changes: { amount: 2 } },
    });
    expect(cross.status()).toBe(403);
  });
});
