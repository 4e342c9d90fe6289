import { randomBytes } from "node:crypto";
import { watchEventLoopLag } from "../test/event-loop-lag";
import { afterAll, describe, expect, it } from "vitest";
import { matchDeal } from "../importer/match-deal";
import { extractedDeal } from "../test/deal-factory";
import { prismaArticleWriter, sqliteArticleWriter } from "./article-writer";
import { threadArticleWriter } from "./article-writer-thread";
import Database from "better-sqlite3";
import { databaseFile, databaseProvider, databaseUrl } from "../db/database-url";
import { matchCandidatesQuery } from "./sqlite-store-article";
import type { NewArticle } from "./create-article-with-deals";
import { prisma } from "./prisma";

// Real SQLite file per test file (lib/test/fresh-database.ts); the batched writer
// opens its own connection to it beside Prisma's.

const TEXT = "Testco will invest 100 million euros in a factory in Poznan, Poland, the company said.";
const article = (hash = randomBytes(8).toString("hex")): NewArticle => ({
  title: "t",
  text: TEXT,
  source: null,
  publishedOn: "2024-05-14",
  language: "en",
  contentHash: hash,
  importedById: null,
  importedVia: "cli",
});

// the batched writer and its thread write SQLite files; PostgreSQL stores through Prisma (tested by the importer's tests)
const onPostgres = databaseProvider() === "postgresql";
const writer = onPostgres ? null : sqliteArticleWriter();
afterAll(() => writer?.close());

/** Everything stored for a deal except ids and times, as the pages and the matcher read it. */
async function storedDeal(id: number) {
  const deal = await prisma.deal.findUniqueOrThrow({
    where: { id },
    omit: { id: true, createdAt: true, updatedAt: true },
    include: {
      facilities: { omit: { id: true, dealId: true } },
      evidence: { omit: { id: true, dealId: true, articleId: true } },
      articles: { omit: { dealId: true, articleId: true } },
      revisions: { omit: { id: true, dealId: true, createdAt: true } },
    },
  });
  const search = await prisma.$queryRaw<
    unknown[]
  >`SELECT investor, partners, facilities FROM deal_search WHERE rowid = ${id}`;
  return { ...deal, search };
}

describe.skipIf(onPostgres)("the batched SQLite article writer", () => {
  it("stores the same rows as the Prisma transaction", async () => {
    const deals = [
      extractedDeal({ investor: "Rowco", partners: ["Partner AG"] }),
      extractedDeal({ investor: "Otherco", facilities: [] }),
    ];
    const viaPrisma = await prismaArticleWriter().store(article(), deals);
    const viaSqlite = await writer!.store(article(), deals);
    expect(viaSqlite.dealIds).toHaveLength(2);
    for (let i = 0; i < 2; i++)
      expect(await storedDeal(viaSqlite.dealIds[i])).toEqual(await storedDeal(viaPrisma.dealIds[i]));
  });

  it("rolls back a failing article alone: the others of its transaction are stored", async () => {
    const before = { articles: await prisma.article.count(), deals: await prisma.deal.count() };
    const broken = extractedDeal({ facilities: [{ type: null as unknown as "factory", city: "X", name: null }] });
    const results = await Promise.allSettled([
      writer!.store(article("ok-1"), [extractedDeal({ investor: "Firstco" })]),
      // its first deal is written before the second fails: neither may stay
      writer!.store(article("broken"), [extractedDeal({ investor: "Halfco" }), broken]),
      writer!.store(article("ok-2"), [extractedDeal({ investor: "Lastco" })]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await prisma.article.findUnique({ where: { contentHash: "broken" } })).toBeNull();
    expect(await prisma.deal.count({ where: { investor: "Halfco" } })).toBe(0);
    expect(await prisma.article.count()).toBe(before.articles + 2);
    expect(await prisma.deal.count()).toBe(before.deals + 2);
  });

  it("refuses a second article with the same text by the database's unique key", async () => {
    await writer!.store(article("twice"), [extractedDeal()]);
    await expect(writer!.store(article("twice"), [extractedDeal()])).rejects.toMatchObject({
      code: "SQLITE_CONSTRAINT_UNIQUE",
    });
  });

  it("joins a further report of a stored deal as a source, as the Prisma path does", async () => {
    const first = await prismaArticleWriter().store(article(), [
      extractedDeal({ investor: "Joinco GmbH", amount: null, currency: null, amountText: null }),
    ]);
    const second = await writer!.store(
      article(),
      [extractedDeal({ investor: "Joinco", stakePercent: null })],
      matchDeal,
    );
    expect(second.joinedDealIds).toEqual(first.dealIds);
    const deal = await storedDeal(first.dealIds[0]);
    expect(deal.sourceCount).toBe(2);
    // the amount comes from the report that has one
    expect(deal.amount).toBe(1e8);
    expect(deal.version).toBe(2);
    const revision = deal.revisions.find((r) => r.action === "source")!;
    expect(JSON.parse(revision.changes)).toMatchObject({
      sources: { from: [first.articleId], to: [first.articleId, second.articleId] },
      amount: { from: null, to: 1e8 },
    });
  });
});

describe.skipIf(onPostgres)("the writer's query for deals an article may report again", () => {
  it("searches the (country, investor) and (country, vehicle) indexes instead of reading every live deal", () => {
    const query = matchCandidatesQuery(
      extractedDeal({ investor: "Rowco Holding", via: "Rowco Polska" }).content,
      1,
      new Map(),
    );
    const db = new Database(databaseFile(databaseUrl()), { readonly: true });
    try {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${query!.sql}`).all(...query!.values) as { detail: string }[])
        .map((r) => r.detail)
        .join("\n");
      expect(plan).toContain("MULTI-INDEX OR");
      expect(plan).toContain("Deal_targetCountry_investorKey_idx");
      expect(plan).toContain("Deal_targetCountry_viaKey_idx");
      expect(plan).not.toMatch(/SCAN d\b|deletedAt_idx/);
    } finally {
      db.close();
    }
  });
});

describe.skipIf(onPostgres)("the article writer's thread", () => {
  it("stores a 1.5 MB article's hundreds of deals while this thread keeps answering", async () => {
    const text = Array.from(
      { length: 11_000 },
      (_, i) => `Stallco ${i} will invest ${i + 10} million euros in a new plant in Debrecen, Hungary.`,
    ).join("\n\n");
    const deals = Array.from({ length: 400 }, (_, i) =>
      extractedDeal({ investor: `Stallco ${i}`, targetCountry: "HU" }),
    );
    const threaded = threadArticleWriter(databaseUrl());
    // the thread starts once per process (tsx): start it before measuring
    await threaded.store(article(), [], matchDeal);
    const lag = watchEventLoopLag();
    try {
      const created = await threaded.store({ ...article(), text }, deals, matchDeal);
      expect(created.dealIds).toHaveLength(400);
    } finally {
      lag.stop();
      await threaded.close();
    }
    expect(await prisma.deal.count({ where: { investor: { startsWith: "Stallco" } } })).toBe(400);
    // storing took seconds of SQLite's indexing, none of them on this thread
    expect(lag.worst()).toBeLessThan(500);
  }, 120_000);
});
