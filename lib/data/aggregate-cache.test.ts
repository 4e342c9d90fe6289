import { databaseProvider } from "../db/database-url";
import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { seedDeals } from "../test/deal-factory";
import { freshAggregate, REFRESH_EVERY_MS } from "./aggregate-cache";
import { readRowsOffThread } from "./read-off-thread";

const later =
  <T>(ms: number, value: T) =>
  () =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("freshAggregate", () => {
  it("waits for a quick recomputation after a change: small figures are never stale", async () => {
    const filter = { targetCountry: ["PL"] } as never;
    expect(await freshAggregate("quick", filter, later(5, 1))).toEqual({ value: 1, isStale: false });
    expect(await freshAggregate("quick", filter, later(5, 99))).toEqual({ value: 1, isStale: false });
    await seedDeals([{ investor: "Quickco", targetCountry: "PL" }]);
    expect(await freshAggregate("quick", filter, later(5, 2))).toEqual({ value: 2, isStale: false });
  });

  it("answers a slow aggregate's last figures at once after a change, marked stale, redoes it at most every few seconds, as a refresh", async () => {
    const filter = { targetCountry: ["CZ"] } as never;
    expect(await freshAggregate("slow", filter, later(400, "before"))).toEqual({ value: "before", isStale: false });
    await seedDeals([{ investor: "Slowco", targetCountry: "CZ" }]);
    const notYet = vi.fn(later(400, "too early"));
    expect(await freshAggregate("slow", filter, notYet)).toEqual({ value: "before", isStale: true });
    expect(notYet).not.toHaveBeenCalled();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + REFRESH_EVERY_MS);
      const redo = vi.fn(later(400, "after"));
      expect(await freshAggregate("slow", filter, redo)).toEqual({ value: "before", isStale: true });
      expect(redo).toHaveBeenCalledWith({ isRefresh: true });
    } finally {
      vi.useRealTimers();
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(await freshAggregate("slow", filter, later(400, "unused"))).toEqual({ value: "after", isStale: false });
  });
});

describe("readRowsOffThread", () => {
  // the order of SQLite's read worker queue; PostgreSQL's scans run on the server side by side
  it.skipIf(databaseProvider() === "postgresql")(
    "runs a first computation before refreshes queued ahead of it",
    async () => {
      const busy = Prisma.sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${300_000}) SELECT count(*) AS c FROM n`;
      const order: string[] = [];
      const run = (name: string, isRefresh: boolean) =>
        readRowsOffThread(busy, "scan", { isRefresh }).then(() => order.push(name));
      await Promise.all([run("running", false), run("refresh", true), run("first", false)]);
      expect(order).toEqual(["running", "first", "refresh"]);
    },
  );
});
