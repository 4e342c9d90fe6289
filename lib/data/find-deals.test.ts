import { beforeAll, describe, expect, it } from "vitest";
import { convertAmount } from "../currency/exchange-rates";
import { parseDealQueryOrThrow, filterOf, type RawParams } from "../schemas/deal-query";
import { seedDeals } from "../test/deal-factory";
import { collectBatches } from "../test/collect";
import { dealBatches } from "./export-deals";
import { findDeals } from "./find-deals";
import { prisma } from "./prisma";
import { suggestInvestors } from "./suggest-investors";
import { summarizeDeals } from "./summarize-deals";

// A real SQLite file per test file (lib/test/): these deals are all there is.
beforeAll(async () => {
  await seedDeals(
    [
      {
        investor: "Anvil Motors",
        targetCountry: "TR",
        amount: 2e9,
        currency: "USD",
        announcedOn: "2021-05-03",
        status: "announced",
        kind: "greenfield",
        facilities: [{ type: "factory", city: "Izmir", name: null }],
      },
      {
        investor: "Anvil Motors",
        targetCountry: "DE",
        amount: 5e8,
        currency: "EUR",
        announcedOn: "2020-11",
        status: "completed",
        kind: "expansion",
        facilities: [
          { type: "factory", city: null, name: null },
          { type: "rnd_center", city: "Munich", name: null },
        ],
      },
      {
        investor: "Borealis Cloud",
        targetCountry: "TR",
        amount: 3e8,
        currency: "USD",
        announcedOn: "2019",
        status: "proposed",
        kind: "greenfield",
        facilities: [{ type: "data_center", city: "Ankara", name: null }],
      },
    ],
    "Anvil Motors builds a battery plant. Borealis Cloud plans a data centre near Ankara.",
  );
  await seedDeals([
    {
      investor: "Cedar Logistics",
      targetCountry: "TR",
      amount: null,
      currency: null,
      announcedOn: "2022-01-10",
      status: "announced",
      kind: "joint_venture",
      partners: ["Dune Ports"],
      facilities: [{ type: "logistics_center", city: "Mersin", name: null }],
    },
    {
      investor: "anvil labs",
      targetCountry: "PL",
      amount: 7e7,
      currency: "EUR",
      announcedOn: null,
      status: "announced",
      kind: "stake",
    },
  ]);
  const [deleted] = await seedDeals([
    { investor: "Ghost Holdings", targetCountry: "TR", amount: 9e9, currency: "USD", announcedOn: "2021" },
  ]);
  await prisma.deal.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
});

const query = (params: RawParams) => parseDealQueryOrThrow(params);
const investors = async (params: RawParams) => (await findDeals(query(params))).deals.map((d) => d.investor);

describe("findDeals", () => {
  it("lists every deal not deleted, latest announcement first, undated last", async () => {
    const page = await findDeals(query({}));
    expect(page.total).toBe(5);
    expect(page.deals.map((d) => d.announcedOn)).toEqual(["2022-01-10", "2021-05-03", "2020-11", "2019", null]);
  });

  it("filters by country, status, kind, facility, investor, amount and date", async () => {
    expect(await investors({ targetCountry: "TR" })).toEqual(["Cedar Logistics", "Anvil Motors", "Borealis Cloud"]);
    expect(await investors({ targetCountry: ["DE", "PL"], sort: "investor" })).toEqual(["Anvil Motors", "anvil labs"]);
    expect(await investors({ status: "completed" })).toEqual(["Anvil Motors"]);
    expect(await investors({ kind: ["stake", "joint_venture"] })).toEqual(["Cedar Logistics", "anvil labs"]);
    expect(await investors({ facility: "factory" })).toEqual(["Anvil Motors", "Anvil Motors"]);
    expect(await investors({ investor: "Borealis Cloud" })).toEqual(["Borealis Cloud"]);
    expect(await investors({ amountMin: "3e8", amountMax: "1e9" })).toEqual(["Anvil Motors", "Borealis Cloud"]);
    expect(await investors({ from: "2020", to: "2021" })).toEqual(["Anvil Motors", "Anvil Motors"]);
    expect(await investors({ from: "2021-06" })).toEqual(["Cedar Logistics"]);
  });

  it("filters by the extractor's confidence, in percent", async () => {
    // a second reading of its sentence has less confidence than the first
    await prisma.deal.updateMany({ where: { investor: "anvil labs" }, data: { confidence: 0.45 } });
    expect(await investors({ confidenceMin: "50", sort: "investor" })).toEqual([
      "Anvil Motors",
      "Anvil Motors",
      "Borealis Cloud",
      "Cedar Logistics",
    ]);
    expect(await investors({ confidenceMin: "45" })).toContain("anvil labs");
    const page = await findDeals(query({ confidenceMin: "50" }));
    expect(page.total).toBe(4);
  });

  it("searches investor, partners, facilities and article text", async () => {
    expect(await investors({ q: "mersin" })).toEqual(["Cedar Logistics"]);
    // the article names Borealis, so all its deals match: search covers the article text
    expect(await investors({ q: "borealis", sort: "id" })).toEqual(["Anvil Motors", "Anvil Motors", "Borealis Cloud"]);
    expect(await investors({ q: "Dune" })).toEqual(["Cedar Logistics"]);
    expect(await investors({ q: "battery plant", sort: "id" })).toEqual([
      "Anvil Motors",
      "Anvil Motors",
      "Borealis Cloud",
    ]);
    expect(await investors({ q: "mers" })).toEqual(["Cedar Logistics"]);
    expect(await investors({ q: '"unbalanced AND (' })).toEqual([]);
  });

  it("sorts by amount with missing amounts last both ways, and pages without overlap", async () => {
    expect((await findDeals(query({ sort: "-amount" }))).deals.map((d) => d.amount)).toEqual([
      2e9,
      5e8,
      3e8,
      7e7,
      null,
    ]);
    expect((await findDeals(query({ sort: "amount" }))).deals.map((d) => d.amount)).toEqual([7e7, 3e8, 5e8, 2e9, null]);
    // in dollars, currencies compare: EUR 500 M (2020) outranks USD 300 M; the undated EUR 70 M takes the newest rate
    // EUR 500 M at the 2020 average, EUR 70 M undated at the newest (2024): about 571 M and 76 M dollars
    const usd = (amount: number, date: string | null) => convertAmount(amount, "EUR", date)!.amountUsd;
    expect((await findDeals(query({ sort: "-amountUsd" }))).deals.map((d) => d.amountUsd)).toEqual([
      2e9,
      usd(5e8, "2020-11"),
      3e8,
      usd(7e7, null),
      null,
    ]);
    expect(usd(5e8, "2020-11")).toBeCloseTo(571_000_000, -6);
    expect(await investors({ amountUsdMin: "4e8", amountUsdMax: "1e9" })).toEqual(["Anvil Motors"]);
    const pages = await Promise.all([1, 2, 3].map((page) => findDeals(query({ pageSize: "25", page: String(page) }))));
    expect(pages[0].pages).toBe(1);
    expect(pages[1].deals).toEqual([]);
  });
});

describe("summarizeDeals", () => {
  it("has facets, totals and charts that agree with the list", async () => {
    const q = query({ targetCountry: "TR" });
    const s = await summarizeDeals(filterOf(q));
    expect(s.total).toBe((await findDeals(q)).total);
    expect(s.total).toBe(3);
    expect(s.withoutAmount).toBe(1);
    expect(s.sums).toEqual([{ currency: "USD", amount: 2.3e9, count: 2 }]);
    expect(s.facets.status).toEqual([
      { value: "announced", count: 2 },
      { value: "proposed", count: 1 },
    ]);
    expect(s.facets.facility).toEqual([
      { value: "data_center", count: 1 },
      { value: "factory", count: 1 },
      { value: "logistics_center", count: 1 },
    ]);
    expect(s.facets.year).toEqual([
      { value: "2022", count: 1 },
      { value: "2021", count: 1 },
      { value: "2019", count: 1 },
    ]);
    expect(s.byCountry).toMatchObject([{ key: "TR", count: 3, amounts: { USD: 2.3e9 }, usd: 2.3e9, converted: 2 }]);
    expect(s.converted).toMatchObject({ usd: 2.3e9, converted: 2 });
    expect(s.byYearStatus.map((y) => [y.year, y.status, y.count])).toEqual([
      ["2019", "proposed", 1],
      ["2021", "announced", 1],
      ["2022", "announced", 1],
    ]);
  });

  it("totals in dollars and euros, each deal at its own date's rate", async () => {
    const s = await summarizeDeals(filterOf(query({ targetCountry: "DE" })));
    // EUR 500 M announced in November 2020: the 2020 average, about 1.142 USD per EUR
    expect(s.converted).toEqual({
      usd: convertAmount(5e8, "EUR", "2020-11")!.amountUsd,
      eur: 500_000_000,
      converted: 1,
    });
    expect(s.converted.usd).toBeCloseTo(571_000_000, -6);
    expect(s.withoutRate).toBe(0);
  });

  it("gives facet counts equal to the totals of the filter each would apply", async () => {
    const s = await summarizeDeals(filterOf(query({})));
    for (const f of s.facets.targetCountry)
      expect((await findDeals(query({ targetCountry: f.value }))).total).toBe(f.count);
    for (const f of s.facets.kind)
      expect((await summarizeDeals(filterOf(query({ kind: f.value })))).total).toBe(f.count);
    for (const f of s.facets.facility) expect((await findDeals(query({ facility: f.value }))).total).toBe(f.count);
    expect(s.facets.targetCountry.reduce((n, f) => n + f.count, 0)).toBe(s.total);
  });

  it("sees new deals at once: the cache is keyed on the data version", async () => {
    const before = (await summarizeDeals(filterOf(query({ targetCountry: "FR" })))).total;
    await seedDeals([{ investor: "Late Arrival", targetCountry: "FR" }]);
    expect((await summarizeDeals(filterOf(query({ targetCountry: "FR" })))).total).toBe(before + 1);
    expect((await findDeals(query({ targetCountry: "FR" }))).total).toBe(before + 1);
  });
});

describe("exportDeals and suggestInvestors", () => {
  it("exports every row of the filter in order, not just a page", async () => {
    const rows = await collectBatches(
      dealBatches(query({ targetCountry: "TR", sort: "-amount", pageSize: "25", page: "2" })),
    );
    expect(rows.map((r) => r.investor)).toEqual(["Anvil Motors", "Borealis Cloud", "Cedar Logistics"]);
    expect(rows[0].facilities).toEqual([{ type: "factory", city: "Izmir", name: null }]);
    expect(rows[2].partners).toEqual(["Dune Ports"]);
  });

  it("suggests investors by prefix, whatever the case of the first letter", async () => {
    expect(await suggestInvestors("anv")).toEqual(["anvil labs", "Anvil Motors"]);
    expect(await suggestInvestors("Gho")).toEqual([]);
  });
});
