import { describe, expect, it } from "vitest";
import { extractedDeal, seedDeals, storeArticle } from "../test/deal-factory";
import { findMatchCandidates } from "./find-match-candidates";
import { prisma } from "./prisma";

const candidatesFor = (
  over: Parameters<typeof extractedDeal>[0],
  articleId = -1,
  aliases = new Map<string, string>(),
) => prisma.$transaction((tx) => findMatchCandidates(tx, extractedDeal(over).content, articleId, aliases));

describe("findMatchCandidates", () => {
  it("finds stored deals into the same country by the investor's first word, its subsidiary, or an alias", async () => {
    const [parent] = await seedDeals([{ investor: "Oriskany Group", via: "Tarvel", targetCountry: "TR" }]);
    const [other] = await seedDeals([{ investor: "Oriskany", targetCountry: "DE" }]);
    const [longer] = await seedDeals([{ investor: "Oriskany Retail Holding", targetCountry: "TR" }]);

    expect((await candidatesFor({ investor: "Oriskany", targetCountry: "TR" })).map((c) => c.id).sort()).toEqual(
      [parent, longer].sort(),
    );
    expect((await candidatesFor({ investor: "Tarvel", targetCountry: "TR" })).map((c) => c.id)).toEqual([parent]);
    expect(await candidatesFor({ investor: "Oriskanyx", targetCountry: "TR" })).toEqual([]);
    const aliases = new Map([["orsk", "oriskany"]]);
    expect((await candidatesFor({ investor: "ORSK", targetCountry: "DE" }, -1, aliases)).map((c) => c.id)).toEqual([
      other,
    ]);
  });

  it("leaves out deals the article already reports and deleted deals", async () => {
    const {
      articleId,
      dealIds: [own],
    } = await storeArticle([extractedDeal({ investor: "Quessant", targetCountry: "FR" })]);
    const [gone] = await seedDeals([{ investor: "Quessant", targetCountry: "FR" }]);
    await prisma.deal.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    expect(await candidatesFor({ investor: "Quessant", targetCountry: "FR" }, articleId)).toEqual([]);
    expect((await candidatesFor({ investor: "Quessant", targetCountry: "FR" })).map((c) => c.id)).toEqual([own]);
  });
});
