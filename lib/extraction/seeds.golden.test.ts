/** Golden records for the three seed articles the app ships, written from SPEC's rules. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDeals, type ExtractedDeal } from "./index";

const SEEDS = path.resolve(__dirname, "../../seeds");
const seed = (prefix: string) => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
};
const byInvestor = (deals: ExtractedDeal[], name: string) =>
  deals.filter((d) => d.investor.includes(name) || d.via === name);

function checkEvidence(text: string, deals: ExtractedDeal[]): void {
  for (const d of deals) {
    for (const e of d.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.end).toBeGreaterThan(e.start);
    }
    const fields = new Set(d.evidence.map((e) => e.field));
    expect(fields.has("investor")).toBe(true);
    expect(fields.has("targetCountry")).toBe(true);
    if (d.amount !== null) expect(fields.has("amount")).toBe(true);
    if (d.facilities.length) expect(fields.has("facilities")).toBe(true);
    if (d.via) expect(fields.has("via")).toBe(true);
    if (d.investorCountry) expect(fields.has("investorCountry")).toBe(true);
    if (d.announcedOn) expect(fields.has("announcedOn")).toBe(true);
    if (d.stakePercent !== null) expect(fields.has("stakePercent")).toBe(true);
    if (d.partners.length) expect(fields.has("partners")).toBe(true);
    expect(fields.has("status")).toBe(true);
    expect(fields.has("kind")).toBe(true);
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  }
}

describe("seed 000: Alibaba in Türkiye, Tesla invited", () => {
  const text = seed("000_");
  const deals = extractDeals(text, { published: null });

  it("finds the Alibaba commitment with its facilities", () => {
    const main = byInvestor(deals, "Alibaba").find((d) => d.amount === 2_000_000_000);
    expect(main).toBeDefined();
    expect(main).toMatchObject({
      investor: "Alibaba",
      via: "Trendyol",
      investorCountry: "CN",
      targetCountry: "TR",
      currency: "USD",
      amountText: "zwei Milliarden Dollar",
      announcedOn: null,
      status: "announced",
      kind: "greenfield",
    });
    expect(main!.facilities.map((f) => [f.type, f.city])).toEqual([
      ["data_center", "Ankara"],
      ["logistics_center", "Ankara"],
      ["export_center", "Istanbul"],
    ]);
    expect(
      text.slice(main!.evidence.find((e) => e.field === "amount")!.start).startsWith("zwei Milliarden Dollar"),
    ).toBe(true);
  });

  it("finds Tesla's factory as proposed, with no amount and no date", () => {
    const tesla = byInvestor(deals, "Tesla");
    expect(tesla).toHaveLength(1);
    expect(tesla[0]).toMatchObject({
      targetCountry: "TR",
      investorCountry: null,
      amount: null,
      currency: null,
      status: "proposed",
      announcedOn: null,
    });
    expect(tesla[0].facilities.map((f) => f.type)).toEqual(["factory"]);
  });

  it("records nothing outside Türkiye and no people as investors", () => {
    expect(deals.every((d) => d.targetCountry === "TR")).toBe(true);
    expect(deals.some((d) => /Erdo|Musk|Evans|Çetin/.test(d.investor))).toBe(false);
    checkEvidence(text, deals);
  });
});

describe("seed 001: joint venture in Russia", () => {
  const text = seed("001_");
  const deals = extractDeals(text, { published: null });

  it("gives every investing partner its own joint-venture record in Russia", () => {
    for (const name of ["Alibaba", "Direct Investment Fund", "Megafon"]) {
      const d = byInvestor(deals, name);
      expect(d.length, name).toBe(1);
      expect(d[0].targetCountry).toBe("RU");
      expect(d[0].status).toBe("announced");
      expect(d[0].amount).toBeNull();
    }
    const alibaba = byInvestor(deals, "Alibaba")[0];
    expect(alibaba.kind).toBe("joint_venture");
    expect(alibaba.investorCountry).toBe("CN");
    expect(alibaba.partners).toEqual(expect.arrayContaining(["Megafon", "Mail.ru"]));
    expect(byInvestor(deals, "Direct Investment Fund")[0].stakePercent).toBe(13);
  });

  it("takes nothing from the closing boilerplate paragraph", () => {
    expect(deals.every((d) => d.targetCountry === "RU")).toBe(true);
    expect(deals.some((d) => /RT|EU/.test(d.investor))).toBe(false);
    checkEvidence(text, deals);
  });
});

describe("seed 002: Turkey courts Musk, no commitment", () => {
  const text = seed("002_");
  const deals = extractDeals(text, { published: "2024-11-15" });

  it("has no committed amount and nothing outside Turkey", () => {
    checkEvidence(text, deals);
    expect(deals.every((d) => d.amount === null)).toBe(true);
    expect(deals.every((d) => d.targetCountry === "TR" && d.status === "proposed")).toBe(true);
  });
});
