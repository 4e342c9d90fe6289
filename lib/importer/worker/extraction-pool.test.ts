import { afterEach, describe, expect, it } from "vitest";
import { ExtractionPool, TimeBudgetError } from "./extraction-pool";

const slowText = Array.from(
  { length: 10_000 },
  (_, i) =>
    `Slowco Holding ${i} will invest ${i + 10} million euros in a new plant in Debrecen, Hungary, the company said.`,
).join("\n\n");
const quickText = "Quickco will invest 100 million euros in a factory in Poznan, Poland, the company said on Monday.";

let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("the extraction pool", () => {
  it("answers every job, in order, when a worker is handed the next job before it finishes the first", async () => {
    pool = new ExtractionPool(1);
    const jobs = ["Aco", "Bco", "Cco", "Dco", "Eco"].map((name) =>
      pool!.run({ type: "extract", text: quickText.replace("Quickco", name), published: null }, 60_000),
    );
    const results = await Promise.all(jobs);
    expect(results.map((r) => r.deals[0]?.content.investor)).toEqual(["Aco", "Bco", "Cco", "Dco", "Eco"]);
  }, 60_000);

  it("stops a job past its budget and runs the job that waited behind it in the same worker on a new one", async () => {
    pool = new ExtractionPool(1);
    // warm the worker so the budget is spent on the slow article, not on starting the thread
    await pool.run({ type: "extract", text: quickText, published: null }, 60_000);
    const slow = pool.run({ type: "extract", text: slowText, published: null }, 300);
    const behind = pool.run({ type: "extract", text: quickText, published: null }, 60_000);
    await expect(slow).rejects.toBeInstanceOf(TimeBudgetError);
    expect((await behind).deals[0]?.content.investor).toBe("Quickco");
  }, 60_000);
});

describe("the extraction pool's worker", () => {
  it("answers a job that awaits (a page's converter loading) before the job sent behind it", async () => {
    pool = new ExtractionPool(1);
    const page = new TextEncoder().encode(
      `<html><head><title>Page</title></head><body><article><p>${quickText}</p><p>${quickText}</p></article></body></html>`,
    );
    const html = pool.run({ type: "prepare", input: { kind: "file", fileName: "page.html", bytes: page } }, 20_000);
    const text = pool.run({ type: "prepare", input: { kind: "text", text: quickText } }, 20_000);
    const [a, b] = await Promise.all([html, text]);
    expect(a.ok && a.article.text).toContain("Quickco");
    expect(b.ok && b.article.text).toContain("Quickco");
  }, 60_000);
});
