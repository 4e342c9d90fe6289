import { countSearchRows } from "../test/search-index";
import { describe, expect, it } from "vitest";
import { extractedDeal, storeArticle, storeEditor } from "../test/deal-factory";
import { getDealById } from "./get-deal-by-id";
import { prisma } from "./prisma";
import { updateDeal } from "./update-deal";

async function newDeal() {
  const { dealIds } = await storeArticle();
  return dealIds[0];
}

describe("updateDeal", () => {
  it("saves a correction as a revision with each field before → after, bumps the version and marks the fields edited", async () => {
    const id = await newDeal();
    const ann = await storeEditor();
    const content = { ...extractedDeal().content, amount: 2e8, targetCountry: "CZ" };
    expect(await updateDeal({ dealId: id, expectedVersion: 1, content, evidence: [] }, ann)).toEqual({
      status: "saved",
      version: 2,
    });
    const deal = await getDealById(id);
    expect(deal).toMatchObject({
      amount: 2e8,
      targetCountry: "CZ",
      version: 2,
      editedFields: ["targetCountry", "amount"],
    });
    expect(deal?.revisions[0]).toMatchObject({
      action: "update",
      userEmail: ann.email,
      version: 2,
      changes: { amount: { from: 1e8, to: 2e8 }, targetCountry: { from: "PL", to: "CZ" } },
    });
    const n = await countSearchRows(id);
    expect(Number(n)).toBe(1);
  });

  it("stores selected words as the field's evidence, replacing the old spans", async () => {
    const id = await newDeal();
    const deal = await getDealById(id);
    const articleId = deal!.sources[0].id;
    await updateDeal(
      {
        dealId: id,
        expectedVersion: 1,
        content: extractedDeal().content,
        evidence: [{ field: "amount", articleId, start: 19, end: 30 }],
      },
      await storeEditor(),
    );
    const spans = await prisma.evidence.findMany({ where: { dealId: id, field: "amount" } });
    expect(spans.map((s) => [s.start, s.end])).toEqual([[19, 30]]);
  });

  it("lets only the first of two writers from the same version save; the second learns what changed", async () => {
    const id = await newDeal();
    const [ann, bob] = [await storeEditor(), await storeEditor()];
    const base = extractedDeal().content;
    const [a, b] = await Promise.all([
      updateDeal({ dealId: id, expectedVersion: 1, content: { ...base, amount: 3e8 }, evidence: [] }, ann),
      updateDeal(
        { dealId: id, expectedVersion: 1, content: { ...base, amount: 4e8, via: "Testco Polska" }, evidence: [] },
        bob,
      ),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.status === "saved")).toHaveLength(1);
    const conflict = results.find((r) => r.status === "conflict");
    if (conflict?.status !== "conflict") throw new Error("expected a conflict");
    const winner = a.status === "saved" ? 3e8 : 4e8;
    const loser = winner === 3e8 ? 4e8 : 3e8;
    expect(conflict.conflict.currentVersion).toBe(2);
    expect(conflict.conflict.fields.find((f) => f.field === "amount")).toMatchObject({
      field: "amount",
      base: 1e8,
      theirs: winner,
      yours: loser,
      label: "Amount",
    });
    const stored = await prisma.deal.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ amount: winner, version: 2 });
    expect(await prisma.revision.count({ where: { dealId: id } })).toBe(2);
  });

  it("refuses a save from a stale version and accepts it again from the current one", async () => {
    const id = await newDeal();
    const ann = await storeEditor();
    const base = extractedDeal().content;
    await updateDeal({ dealId: id, expectedVersion: 1, content: { ...base, status: "completed" }, evidence: [] }, ann);
    const stale = await updateDeal(
      { dealId: id, expectedVersion: 1, content: { ...base, amount: 5e8 }, evidence: [] },
      ann,
    );
    expect(stale.status).toBe("conflict");
    if (stale.status !== "conflict") return;
    expect(stale.conflict.fields.map((f) => f.field)).toEqual(["status"]);
    // re-applying my change (amount) on top of theirs (status)
    const again = await updateDeal(
      {
        dealId: id,
        expectedVersion: stale.conflict.currentVersion,
        content: { ...stale.conflict.current, amount: 5e8 },
        evidence: [],
      },
      ann,
    );
    expect(again).toEqual({ status: "saved", version: 3 });
    expect(await prisma.deal.findUniqueOrThrow({ where: { id } })).toMatchObject({ amount: 5e8, status: "completed" });
  });
});
