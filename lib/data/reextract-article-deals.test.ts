import { describe, expect, it } from "vitest";
import { extractedDeal, storeArticle, storeEditor } from "../test/deal-factory";
import { getDealById } from "./get-deal-by-id";
import { reextractArticleDeals } from "./reextract-article-deals";
import { updateDeal } from "./update-deal";

const CLI = { id: null, email: null, name: "cli" } as const;

describe("reextractArticleDeals", () => {
  it("takes the extractor's new values but never overwrites a field an editor corrected", async () => {
    const {
      articleId,
      dealIds: [id],
    } = await storeArticle();
    await updateDeal(
      { dealId: id, expectedVersion: 1, content: { ...extractedDeal().content, amount: 2e8 }, evidence: [] },
      await storeEditor(),
    );

    const better = extractedDeal(
      { amount: 1.5e8, status: "completed", facilities: [{ type: "factory", city: "Poznań", name: null }] },
      0.8,
    );
    const result = await reextractArticleDeals(articleId, [better], CLI);
    expect(result).toEqual({ updated: [id], unchanged: [], created: [], joined: [] });

    const deal = await getDealById(id);
    expect(deal).toMatchObject({ amount: 2e8, status: "completed", confidence: 0.8, version: 3 });
    expect(deal?.facilities).toEqual([{ type: "factory", city: "Poznań", name: null }]);
    expect(deal?.revisions[0]).toMatchObject({ action: "reextract", actor: "cli" });
    expect(Object.keys(deal!.revisions[0].changes).sort()).toEqual(["facilities", "status"]);
  });

  it("finds a deal whose investor an editor renamed, and adds the deals it did not have", async () => {
    const {
      articleId,
      dealIds: [id],
    } = await storeArticle();
    await updateDeal(
      {
        dealId: id,
        expectedVersion: 1,
        content: { ...extractedDeal().content, investor: "Testco Holding" },
        evidence: [],
      },
      await storeEditor(),
    );
    const result = await reextractArticleDeals(articleId, [extractedDeal(), extractedDeal({ investor: "Newco" })], CLI);
    expect(result.unchanged).toEqual([id]);
    expect(result.created).toHaveLength(1);
    expect((await getDealById(id))?.investor).toBe("Testco Holding");
    const added = await getDealById(result.created[0]);
    expect(added).toMatchObject({ investor: "Newco", reviewState: "unreviewed", version: 1 });
    expect(added?.sources.map((s) => s.id)).toEqual([articleId]);
    expect(added?.revisions[0]).toMatchObject({ action: "create", actor: "cli" });
  });
});
