import { describe, expect, it } from "vitest";
import { getDealById } from "../data/get-deal-by-id";
import { addInvestorAlias } from "../data/investor-aliases";
import { updateDeal } from "../data/update-deal";
import { prisma } from "../data/prisma";
import { importArticle } from "./import-article";
import { reextractArticle } from "./reextract-article";
import { pickContent } from "../schemas/deal";
import { searchIds } from "../test/search-index";

// Two real-world-style reports of one commitment, in two languages and different words.
const EN = [
  "Brennvik to build $1.2 billion battery plant in Hungary",
  "",
  "Swedish battery maker Brennvik AB said on Tuesday it will invest $1.2 billion in a new battery factory in Debrecen, Hungary.",
  "Production is due to start in 2026.",
].join("\n");
const DE = [
  "Brennvik baut Batteriewerk in Ungarn",
  "",
  "Der schwedische Batteriehersteller Brennvik will 1,2 Milliarden Dollar in ein neues Werk in Debrecen investieren.",
  "Das teilte das Unternehmen am Mittwoch mit.",
].join("\n");

const file = (name: string, text: string) => ({ kind: "file" as const, fileName: name, bytes: Buffer.from(text) });
const CLI = { importedVia: "cli" as const };
const ACTOR = { id: null, email: null, name: "cli" };

async function liveDeals(investor: string) {
  return prisma.deal.findMany({
    where: { investor: { contains: investor }, deletedAt: null },
    select: { id: true, sourceCount: true },
  });
}

describe("importing reports of one deal", () => {
  it("makes one deal with two sources from an English and a German report", async () => {
    const en = await importArticle(file("en.txt", EN), { ...CLI, published: "2024-05-14" });
    const de = await importArticle(file("de.txt", DE), { ...CLI, published: "2024-05-15" });
    if (en.status !== "imported" || de.status !== "imported") throw new Error("both should import");
    expect(de.joinedDealIds).toEqual(en.dealIds);

    const deals = await liveDeals("Brennvik");
    expect(deals).toEqual([{ id: en.dealIds[0], sourceCount: 2 }]);
    const deal = await getDealById(en.dealIds[0]);
    expect(deal?.sources.map((s) => s.id)).toEqual([en.articleId, de.articleId]);
    // each article keeps its own evidence
    expect(deal?.sources.every((s) => s.evidence.length > 0)).toBe(true);
    expect(deal?.sources[1].matchScore).toBeGreaterThanOrEqual(0.7);
    expect(deal).toMatchObject({ firstReportedOn: "2024-05-14", lastReportedOn: "2024-05-15" });
    expect(deal?.revisions[0]).toMatchObject({ action: "source" });
    // the deal is found by words of either report (its search row holds both texts' paragraphs)
    expect(await searchIds("Tuesday")).toEqual(en.dealIds);
    expect(await searchIds("Mittwoch")).toEqual(en.dealIds);

    // importing the same text again, and re-extracting both, never adds a deal
    expect((await importArticle(file("de-again.txt", DE), CLI)).status).toBe("duplicate");
    await reextractArticle(en.articleId, ACTOR);
    const again = await reextractArticle(de.articleId, ACTOR);
    expect(again.created).toEqual([]);
    expect(await liveDeals("Brennvik")).toEqual([{ id: en.dealIds[0], sourceCount: 2 }]);
  });

  it("never overwrites a field an editor corrected when a further report joins, and uses editors' aliases", async () => {
    const en = EN.replaceAll("Brennvik", "Solbakken");
    const first = await importArticle(file("sol-en.txt", en), { ...CLI, published: "2024-05-14" });
    if (first.status !== "imported") throw new Error("should import");
    const dealId = first.dealIds[0];
    const d = (await getDealById(dealId))!;
    const content = { ...pickContent(d), investorCountry: "NO" };
    await updateDeal(
      { dealId, expectedVersion: d.version, content, evidence: [] },
      { id: null, email: null, name: "cli" },
    );

    await addInvestorAlias("SBK Batteries", "Solbakken", { id: null, email: null, name: "cli" });
    const de = DE.replaceAll(
      "Der schwedische Batteriehersteller Brennvik",
      "Der Batteriehersteller SBK Batteries",
    ).replaceAll("Brennvik", "SBK Batteries");
    const second = await importArticle(file("sol-de.txt", de), { ...CLI, published: "2024-05-15" });
    if (second.status !== "imported") throw new Error("should import");
    expect(second.joinedDealIds).toEqual([dealId]);
    expect(await getDealById(dealId)).toMatchObject({ investorCountry: "NO", sourceCount: 2 });
  });

  it("keeps the same investor's deal in another country apart", async () => {
    const pl = EN.replaceAll("Hungary", "Poland").replaceAll("Debrecen", "Wroclaw").replaceAll("Brennvik", "Fjallmark");
    const hu = EN.replaceAll("Brennvik", "Fjallmark");
    await importArticle(file("hu.txt", hu), { ...CLI, published: "2024-05-14" });
    await importArticle(file("pl.txt", pl), { ...CLI, published: "2024-05-14" });
    expect(await liveDeals("Fjallmark")).toHaveLength(2);
  });

  it("queues a report that may be the same deal for an editor", async () => {
    const first =
      "Korvald to invest in Portugal\n\nKorvald will invest 50 million euros in a data centre in Sines, Portugal, the company said.";
    const second = "Korvald confirms Portugal plans\n\nKorvald will invest in Portugal, the company said on Monday.";
    const a = await importArticle(file("a.txt", first), { ...CLI, published: "2020-01-10" });
    const b = await importArticle(file("b.txt", second), { ...CLI, published: "2020-06-10" });
    if (a.status !== "imported" || b.status !== "imported") throw new Error("both should import");
    expect(b.joinedDealIds).toEqual([]);
    const pairs = await prisma.duplicateCandidate.findMany({ where: { otherDealId: a.dealIds[0] } });
    expect(b.possibleDuplicateIds).toHaveLength(1);
    expect(pairs.map((p) => p.dealId)).toEqual(b.possibleDuplicateIds);
  });
});
