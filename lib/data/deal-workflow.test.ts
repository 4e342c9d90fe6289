import { countSearchRows } from "../test/search-index";
import { describe, expect, it } from "vitest";
import { extractedDeal, storeArticle, storeEditor } from "../test/deal-factory";
import { createDealForArticle } from "./create-deal-for-article";
import { deleteDeal, undeleteDeal } from "./delete-deal";
import { getDealById } from "./get-deal-by-id";
import { listReviewQueue } from "./list-review-queue";
import { prisma } from "./prisma";
import { restoreDealRevision } from "./restore-deal-revision";
import { rejectDeal, verifyDeal } from "./review-deal";
import { updateDeal } from "./update-deal";

const searchRows = (id: number) => countSearchRows(id);

describe("review, delete and restore", () => {
  it("verifies and rejects with a revision each", async () => {
    const {
      dealIds: [id],
    } = await storeArticle();
    const ann = await storeEditor();
    await verifyDeal(id, ann);
    await rejectDeal(id, ann);
    const deal = await getDealById(id);
    expect(deal?.reviewState).toBe("rejected");
    expect(deal?.revisions.map((r) => [r.action, r.version])).toEqual([
      ["reject", 3],
      ["verify", 2],
      ["create", 1],
    ]);
    expect(deal?.revisions[1].changes).toEqual({ reviewState: { from: "unreviewed", to: "verified" } });
  });

  it("deletes softly, out of the search index, and the delete can be undone", async () => {
    const {
      dealIds: [id],
    } = await storeArticle();
    const ann = await storeEditor();
    await deleteDeal(id, ann);
    expect(await getDealById(id)).toBeNull();
    expect((await getDealById(id, { includeDeleted: true }))?.deletedAt).not.toBeNull();
    expect(await searchRows(id)).toBe(0);
    await undeleteDeal(id, ann);
    const back = await getDealById(id);
    expect(back?.revisions.map((r) => r.action)).toEqual(["undelete", "delete", "create"]);
    expect(await searchRows(id)).toBe(1);
  });

  it("keeps a deleted deal read-only until the delete is undone", async () => {
    const {
      dealIds: [id],
    } = await storeArticle();
    const ann = await storeEditor();
    const version = await deleteDeal(id, ann);
    const content = { ...extractedDeal().content, amount: 5e8 };
    await expect(updateDeal({ dealId: id, expectedVersion: version, content, evidence: [] }, ann)).rejects.toThrow(
      "This deal is deleted: undo the delete",
    );
    await expect(verifyDeal(id, ann)).rejects.toMatchObject({ code: "conflict" });
    const first = await prisma.revision.findFirstOrThrow({ where: { dealId: id }, orderBy: { id: "asc" } });
    await expect(restoreDealRevision(id, first.id, ann)).rejects.toMatchObject({ code: "conflict" });
    const undone = await undeleteDeal(id, ann);
    expect((await updateDeal({ dealId: id, expectedVersion: undone, content, evidence: [] }, ann)).status).toBe(
      "saved",
    );
  });

  it("restores an earlier state as a new revision", async () => {
    const {
      dealIds: [id],
    } = await storeArticle();
    const ann = await storeEditor();
    await updateDeal(
      {
        dealId: id,
        expectedVersion: 1,
        content: { ...extractedDeal().content, amount: 9e8, targetCountry: "CZ" },
        evidence: [],
      },
      ann,
    );
    const first = (await getDealById(id))!.revisions.find((r) => r.action === "create")!;
    await restoreDealRevision(id, first.id, ann);
    const deal = await getDealById(id);
    expect(deal).toMatchObject({ amount: 1e8, targetCountry: "PL", version: 3 });
    expect(deal?.revisions[0]).toMatchObject({
      action: "restore",
      changes: { amount: { from: 9e8, to: 1e8 }, targetCountry: { from: "CZ", to: "PL" } },
    });
  });

  it("queues unreviewed deals least confident first and drops reviewed and deleted ones", async () => {
    const { dealIds } = await storeArticle([
      extractedDeal({ investor: "High" }, 0.9),
      extractedDeal({ investor: "Low" }, 0.1),
      extractedDeal({ investor: "Mid" }, 0.5),
    ]);
    const ann = await storeEditor();
    await verifyDeal(dealIds[2], ann);
    const queue = await listReviewQueue(100);
    const mine = queue.deals.filter((d) => dealIds.includes(d.id)).map((d) => d.investor);
    expect(mine).toEqual(["Low", "High"]);
    await deleteDeal(dealIds[1], ann);
    expect((await listReviewQueue(100)).deals.some((d) => d.id === dealIds[1])).toBe(false);
  });

  it("adds a deal the extractor missed to an article, verified, with its evidence", async () => {
    const { articleId } = await storeArticle([]);
    const ann = await storeEditor();
    const id = await createDealForArticle(
      articleId,
      extractedDeal({ investor: "Missed" }).content,
      [{ field: "investor", articleId, start: 0, end: 6 }],
      ann,
    );
    const deal = await getDealById(id);
    expect(deal).toMatchObject({ investor: "Missed", reviewState: "verified", confidence: 1 });
    expect(deal?.sources[0].evidence).toEqual([{ field: "investor", start: 0, end: 6 }]);
    expect(deal?.revisions[0]).toMatchObject({ action: "create", userEmail: ann.email });
  });
});
