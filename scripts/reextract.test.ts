import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { getDealById } from "../lib/data/get-deal-by-id";
import { updateDeal } from "../lib/data/update-deal";
import { importArticle } from "../lib/importer/import-article";
import { storeEditor } from "../lib/test/deal-factory";

// The real CLI, against this test file's own fresh database (DATABASE_URL is inherited).
function runReextract(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/reextract.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

const ARTICLE =
  "Corvane Motors will invest $600 million in a new assembly plant in Monterrey, Mexico, the company said on Monday.";

describe("npm run reextract", () => {
  it("re-runs extraction over stored articles without touching what an editor corrected", async () => {
    const imported = await importArticle(
      { kind: "text", text: ARTICLE },
      { importedVia: "cli", published: "2024-06-04" },
    );
    if (imported.status !== "imported") throw new Error(`import failed: ${JSON.stringify(imported)}`);
    const [dealId] = imported.dealIds;
    const before = await getDealById(dealId);
    if (!before) throw new Error("deal missing");
    await updateDeal(
      { dealId, expectedVersion: before.version, content: { ...before, amount: 650_000_000 }, evidence: [] },
      await storeEditor(),
    );

    const run = runReextract(["--all"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^article ${imported.articleId}: 0 updated, ${imported.dealIds.length} unchanged, 0 new, 0 joined another article's deal$`,
        "m",
      ),
    );

    const after = await getDealById(dealId);
    expect(after).toMatchObject({ amount: 650_000_000, currency: "USD", targetCountry: "MX" });
    expect(after?.editedFields).toContain("amount");
  });

  it("says what is wrong with its arguments and with unknown articles", () => {
    const usage = runReextract([]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("usage: npm run reextract");
    const missing = runReextract(["999999"]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain("article 999999: There is no article 999999.");
  });
});
