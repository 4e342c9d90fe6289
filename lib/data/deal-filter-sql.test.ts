import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl } from "../db/database-url";
import { toPostgresSql } from "../db/dialect";
import { Prisma } from "../generated/prisma/client";
import { filterOf, parseDealQueryOrThrow, parseSort, SORT_COLUMNS, type RawParams } from "../schemas/deal-query";
import { seedDeals } from "../test/deal-factory";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { readStore } from "./read-store";

// Pages of broad filters are written so SQLite walks the sort index (+d.column);
// whichever way a query is written, it must select the same deals in the same order.
beforeAll(async () => {
  const countries = ["TR", "DE", "PL", "US"];
  await seedDeals(
    Array.from({ length: 40 }, (_, i) => ({
      investor: `Walker ${i % 7}`,
      targetCountry: countries[i % 4],
      status: i % 3 ? "announced" : "completed",
      kind: i % 5 ? "greenfield" : "stake",
      amount: i % 6 ? (i + 1) * 1e6 : null,
      currency: i % 6 ? "USD" : null,
      announcedOn: i % 9 ? `20${10 + (i % 12)}-0${1 + (i % 9)}` : null,
      facilities: i % 2 ? [{ type: "factory", city: null, name: null }] : [],
    })),
    "Walker companies build plants.",
  );
});

const ids = async (params: RawParams, isWalkingSortIndex: boolean) => {
  const q = parseDealQueryOrThrow(params);
  const sortColumn = parseSort(q.sort).column;
  return (
    await readStore().rows<{ id: number }>(
      Prisma.sql`SELECT d.id FROM Deal d WHERE ${whereOf(filterOf(q), { isWalkingSortIndex, sortColumn })} ${orderByOf(q.sort)}`,
    )
  ).map((r) => r.id);
};

describe("whereOf and orderByOf", () => {
  it.each<RawParams>([
    {},
    { targetCountry: ["TR", "DE"], sort: "-amount" },
    { status: "announced", kind: "greenfield", facility: "factory", sort: "amount" },
    { q: "walker", from: "2012", to: "2018", sort: "targetCountry" },
    { investor: "Walker 3", sort: "-investor" },
    { amountMin: "5e6", amountMax: "3e7", sort: "reviewState" },
    { amountUsdMin: "5e6", amountUsdMax: "3e7", sort: "-amountUsd" },
    { targetCountry: "TR", from: "2015", sort: "amountUsd" },
    { from: "2013", to: "2019-06", sort: "-announcedOn" },
  ])("select the same deals in the same order either way: %j", async (params) => {
    const driven = await ids(params, false);
    expect(driven.length).toBeGreaterThan(0);
    expect(await ids(params, true)).toEqual(driven);
  });

  it("puts missing amounts and dates last in both directions", async () => {
    const amounts = async (sort: string) =>
      (
        await readStore().rows<{ amount: number | null }>(
          Prisma.sql`SELECT d.amount FROM Deal d WHERE ${whereOf(filterOf(parseDealQueryOrThrow({})))} ${orderByOf(sort)}`,
        )
      ).map((r) => r.amount);
    for (const sort of ["amount", "-amount"]) {
      const list = await amounts(sort);
      expect(list.slice(list.findIndex((a) => a === null)).every((a) => a === null)).toBe(true);
    }
  });
});

// A page at a million deals must walk an index in the sort's order, never sort every
// match: with sorting priced out (enable_sort = off) the planner still sorts only when
// no index gives the order, so a Sort node here means orderByOf and the partial indexes
// of prisma/migrations-postgresql have drifted apart.
describe.skipIf(databaseProvider() !== "postgresql")("the page query's order on PostgreSQL", () => {
  const sorts = SORT_COLUMNS.flatMap((c) => [c, `-${c}`]);
  const cases: RawParams[] = [
    ...sorts.map((sort) => ({ sort })),
    ...["-announcedOn", "-amountUsd", "-amount"].map((sort) => ({ targetCountry: "TR", sort })),
  ];
  it.each(cases)("comes from an index: %j", async (params) => {
    const q = parseDealQueryOrThrow(params);
    const where = whereOf(filterOf(q), { isWalkingSortIndex: true, sortColumn: parseSort(q.sort).column });
    const query = Prisma.sql`SELECT d.id FROM Deal d WHERE ${where} ${orderByOf(q.sort)} LIMIT 50`;
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query("SET enable_sort = off");
      const plan = (await client.query(`EXPLAIN ${toPostgresSql(query.text)}`, query.values as unknown[])).rows
        .map((r: Record<string, string>) => r["QUERY PLAN"])
        .join("\n");
      expect(plan).toMatch(/Index (Only )?Scan/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await client.end();
    }
  });
});
