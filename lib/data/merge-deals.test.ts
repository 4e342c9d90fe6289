import { describe, expect, it } from "vitest";
import { seedDeals, storeEditor } from "../test/deal-factory";
import { parseDealQueryOrThrow } from "../schemas/deal-query";
import { searchIds } from "../test/search-index";
import { collectBatches } from "../test/collect";
import { dealBatches } from "./export-deals";
import { findDeals } from "./find-deals";
import { getDealById } from "./get-deal-by-id";
import { mergeDeals } from "./merge-deals";
import { splitDealSource } from "./split-deal-source";
import { undoLinkChange } from "./undo-link-change";

describe("merging and splitting deals", () => {
  it("merges with the editor's choice per field, keeps all sources, writes revisions on both, and undoes", async () => {
    const editor = await storeEditor();
    const [keepId] = await seedDeals(
      [{ investor: "Halvard", amount: 5e8, currency: "EUR", amountText: "500 Mio. Euro" }],
      "Halvard investiert 500 Mio. Euro in Polen. Wortquelle.",
    );
    const [mergeId] = await seedDeals(
      [{ investor: "Halvard Group", announcedOn: "2024-03", status: "completed" }],
      "Halvard Group opened its plant in Poland. Wordsource.",
    );

    const changeId = await mergeDeals({ keepId, mergeId, choices: { announcedOn: "merge", status: "merge" } }, editor);
    const kept = await getDealById(keepId);
    expect(kept).toMatchObject({
      investor: "Halvard",
      amount: 5e8,
      announcedOn: "2024-03",
      status: "completed",
      sourceCount: 2,
    });
    expect(kept?.sources).toHaveLength(2);
    expect(kept?.sources.every((s) => s.evidence.length === 1)).toBe(true);
    expect(kept?.editedFields).toEqual(expect.arrayContaining(["announcedOn", "status"]));
    expect(kept?.revisions[0]).toMatchObject({
      action: "merge",
      linkChange: { id: changeId, kind: "merge", isUndone: false },
    });
    const gone = await getDealById(mergeId, { includeDeleted: true });
    expect(gone).toMatchObject({ mergedIntoId: keepId, sourceCount: 0 });
    expect(gone?.deletedAt).not.toBeNull();
    expect(gone?.revisions[0]).toMatchObject({ action: "merge" });
    // the kept deal is found by the words of both articles; the merged one by none
    expect(await searchIds("Wordsource")).toEqual([keepId]);
    // analysts count the deal once: list, totals, exports, and the sources filter
    const list = await findDeals(parseDealQueryOrThrow({ q: "Halvard" }));
    expect(list).toMatchObject({ total: 1, deals: [{ id: keepId, sourceCount: 2 }] });
    expect((await findDeals(parseDealQueryOrThrow({ sourcesMin: "2" }))).deals.map((d) => d.id)).toEqual([keepId]);
    expect(
      (await collectBatches(dealBatches(parseDealQueryOrThrow({ q: "Halvard" })))).map((r) => [r.id, r.sourceCount]),
    ).toEqual([[keepId, 2]]);

    await undoLinkChange(changeId, editor);
    const back = await getDealById(keepId);
    expect(back).toMatchObject({ announcedOn: null, status: "announced", sourceCount: 1, editedFields: [] });
    expect(back?.revisions[0]).toMatchObject({ action: "unmerge" });
    const restored = await getDealById(mergeId);
    expect(restored).toMatchObject({ mergedIntoId: null, sourceCount: 1, status: "completed" });
    expect(await searchIds("Wordsource")).toEqual([mergeId]);
    await expect(undoLinkChange(changeId, editor)).rejects.toThrow(/already undone/);
  });

  it("splits a source out into its own deal, from the record found in that article, and undoes", async () => {
    const editor = await storeEditor();
    const [keepId] = await seedDeals([
      { investor: "Istvik", facilities: [{ type: "factory", city: "Gdansk", name: null }] },
    ]);
    const [otherId] = await seedDeals([
      { investor: "Istvik", facilities: [{ type: "office", city: "Warsaw", name: null }] },
    ]);
    await mergeDeals({ keepId, mergeId: otherId, choices: {} }, editor);
    const merged = await getDealById(keepId);
    const movedArticle = merged!.sources[1].id;

    const newId = await splitDealSource(keepId, movedArticle, editor);
    const split = await getDealById(newId);
    expect(split).toMatchObject({
      investor: "Istvik",
      facilities: [{ type: "office", city: "Warsaw" }],
      sourceCount: 1,
    });
    expect(split?.sources.map((s) => s.id)).toEqual([movedArticle]);
    expect(split?.revisions[0]).toMatchObject({ action: "split" });
    const left = await getDealById(keepId);
    expect(left?.sources.map((s) => s.id)).not.toContain(movedArticle);
    expect(left?.revisions[0]).toMatchObject({ action: "split" });

    await undoLinkChange(left!.revisions[0].linkChange!.id, editor);
    expect((await getDealById(keepId))?.sources.map((s) => s.id)).toContain(movedArticle);
    expect(await getDealById(newId)).toBeNull();
    await expect(splitDealSource(newId, movedArticle, editor)).rejects.toThrow();
  });
});
