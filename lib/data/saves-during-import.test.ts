import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEAL_FIELDS, type DealContent } from "../schemas/deal";
import { seedDeals, storeEditor } from "../test/deal-factory";
import { getDealById } from "./get-deal-by-id";
import { verifyDeal } from "./review-deal";
import { updateDeal } from "./update-deal";

// Two processes on one SQLite file, as in production: `npm run import` in one, an
// editor saving in the app in another. Every save must get its turn.
function articleFiles(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "busy-import-"));
  for (let i = 0; i < count; i++) {
    const name = `Kestrel${i.toString(36)}${"xyzw"[i % 4]} Dynamics`;
    const text = [
      `${name} will invest $${100 + i} million in a new battery factory in Wroclaw, Poland, the company said on Tuesday.`,
      `${name} also plans a logistics center in Gdansk and a research center in Krakow for a further $${20 + i} million.`,
    ].join("\n");
    fs.writeFileSync(path.join(dir, `article-${i}.txt`), text);
  }
  return dir;
}

describe("saves during a bulk import in another process", () => {
  it("all succeed, none is refused for a busy database", async () => {
    const editor = await storeEditor();
    const dealIds = await seedDeals(
      Array.from({ length: 5 }, (_, i) => ({ investor: `Saveco ${i}`, targetCountry: "PL" })),
    );
    const importer = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/import.ts", articleFiles(200), "--published", "2024-05-14"],
      {
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    importer.stdout.on("data", (d) => {
      output += d;
    });
    importer.stderr.on("data", (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((resolve) => importer.on("exit", resolve));
    let isRunning = true;
    void exited.then(() => {
      isRunning = false;
    });

    // wait until the importer has begun writing
    await new Promise((r) => setTimeout(r, 1500));
    const failures: string[] = [];
    let saves = 0;
    for (let i = 0; isRunning && i < 400; i++) {
      const dealId = dealIds[i % dealIds.length];
      try {
        const deal = (await getDealById(dealId, { includeDeleted: false }))!;
        const content = {
          ...(Object.fromEntries(DEAL_FIELDS.map((f) => [f, deal[f]])) as DealContent),
          amount: 1e6 + i,
          currency: "EUR",
        };
        const result =
          i % 3 === 2
            ? (await verifyDeal(dealId, editor), "saved")
            : (await updateDeal({ dealId, expectedVersion: deal.version, content, evidence: [] }, editor)).status;
        if (result !== "saved") failures.push(`save ${i}: ${result}`);
        saves++;
      } catch (error) {
        failures.push(`save ${i}: ${(error as Error).message.trim().split("\n").pop()}`);
      }
    }
    const code = await exited;
    expect(code, output).toBe(0);
    expect(output).toMatch(/imported 200 article\(s\)/);
    expect(failures).toEqual([]);
    // the saves really overlapped the import
    expect(saves).toBeGreaterThan(20);
  }, 120_000);
});
