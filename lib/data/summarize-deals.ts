import { Prisma } from "../generated/prisma/client";
import type { DealFilter } from "../schemas/deal-query";
import { filterKey, freshAggregate, peekFreshAggregate, type ComputeKind } from "./aggregate-cache";
import { whereOf } from "./deal-filter-sql";
import { readStore } from "./read-store";

const readRowsOffThread = <T>(query: Prisma.Sql, lane?: "scan" | "count", options?: { isRefresh?: boolean }) =>
  readStore().scanRows<T>(query, lane, options);

const { sql } = Prisma;

export type FacetValue = { value: string; count: number };
export type CurrencySum = { currency: string; amount: number; count: number };
/** Converted sums: dollars and euros at each deal's own rate, and how many deals they cover. */
export type ConvertedSum = { usd: number; eur: number; converted: number };
/** Count, converted sums and sums in each original currency, for one country or year. */
export type Breakdown = ConvertedSum & { key: string; count: number; amounts: Record<string, number> };
/** One bar segment of the time series: a year and a status. */
export type YearStatus = ConvertedSum & { year: string; status: string; count: number };

export type DealSummary = {
  total: number;
  withoutAmount: number;
  // deals with an amount the shipped rates cannot convert (an unknown currency or too early a date)
  withoutRate: number;
  converted: ConvertedSum;
  sums: CurrencySum[];
  facets: {
    targetCountry: FacetValue[];
    status: FacetValue[];
    kind: FacetValue[];
    facility: FacetValue[];
    year: FacetValue[];
    review: FacetValue[];
  };
  byCountry: Breakdown[];
  byYear: Breakdown[];
  byYearStatus: YearStatus[];
  // figures from before the latest change, shown while they are recomputed
  isStale: boolean;
};

type GroupRow = {
  key: string | number | null;
  currency: string | null;
  n: number;
  withAmount: number;
  amount: number | null;
  converted: number;
  usd: number | null;
  eur: number | null;
};

const SUMS = sql`count(*) AS n, count(d.amount) AS withAmount, sum(d.amount) AS amount,
  count(d.amountUsd) AS converted, sum(d.amountUsd) AS usd, sum(d.amountEur) AS eur`;

function addConverted(to: ConvertedSum, r: GroupRow): void {
  to.usd += r.usd ?? 0;
  to.eur += r.eur ?? 0;
  to.converted += r.converted;
}

function breakdown(rows: GroupRow[]): Breakdown[] {
  const out = new Map<string, Breakdown>();
  for (const r of rows) {
    if (r.key === null) continue;
    const key = String(r.key);
    const b = out.get(key) ?? { key, count: 0, amounts: {}, usd: 0, eur: 0, converted: 0 };
    b.count += r.n;
    addConverted(b, r);
    if (r.currency && r.amount !== null) b.amounts[r.currency] = (b.amounts[r.currency] ?? 0) + r.amount;
    out.set(key, b);
  }
  return [...out.values()];
}

function yearStatuses(rows: (GroupRow & { status: string })[]): YearStatus[] {
  const out = new Map<string, YearStatus>();
  for (const r of rows) {
    if (r.key === null) continue;
    const id = `${r.key}|${r.status}`;
    const y = out.get(id) ?? { year: String(r.key), status: r.status, count: 0, usd: 0, eur: 0, converted: 0 };
    y.count += r.n;
    addConverted(y, r);
    out.set(id, y);
  }
  return [...out.values()].sort((a, b) => a.year.localeCompare(b.year) || a.status.localeCompare(b.status));
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);

type StateRow = { status: string; kind: string; reviewState: string; n: number };

// Status, kind and review state in one scan. Grouped kind first on purpose: grouped
// status first, SQLite picks (targetCountry, status, amount) for a country filter to
// save the sort, and pays a table lookup per deal, which is far dearer.
async function stateFacets(
  where: Prisma.Sql,
  kind: ComputeKind,
): Promise<Pick<DealSummary["facets"], "status" | "kind" | "review">> {
  const rows = await readRowsOffThread<StateRow>(
    sql`SELECT d.kind, d.reviewState, d.status, count(*) AS n FROM Deal d WHERE ${where} GROUP BY 1, 2, 3`,
    "scan",
    kind,
  );
  const facet = (key: "status" | "kind" | "reviewState") => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + r.n);
    return [...counts].map(([value, count]) => ({ value, count })).sort(byCount);
  };
  return { status: facet("status"), kind: facet("kind"), review: facet("reviewState") };
}

async function computeSummary(filter: DealFilter, kind: ComputeKind): Promise<Omit<DealSummary, "isStale">> {
  const where = whereOf(filter);
  // each one ordered scan of a covering index (see the Deal model's indexes)
  const countryRows = await readRowsOffThread<GroupRow>(
    sql`SELECT d.targetCountry AS key, d.currency AS currency, ${SUMS} FROM Deal d WHERE ${where} GROUP BY 1, 2`,
    "scan",
    kind,
  );
  const yearRows = await readRowsOffThread<GroupRow & { status: string }>(
    sql`SELECT d.announcedYear AS key, d.status AS status, d.currency AS currency, ${SUMS} FROM Deal d WHERE ${where} GROUP BY 1, 2, 3`,
    "scan",
    kind,
  );
  const facility = await readRowsOffThread<FacetValue>(
    filterKey(filter) === "[]"
      ? // no filter: exclude the few deleted deals instead of looking up every deal (3× faster at 1M)
        sql`SELECT f.type AS value, count(DISTINCT f.dealId) AS count FROM Facility f WHERE f.dealId NOT IN (SELECT id FROM Deal WHERE deletedAt IS NOT NULL) GROUP BY 1`
      : sql`SELECT f.type AS value, count(DISTINCT f.dealId) AS count FROM Deal d JOIN Facility f ON f.dealId = d.id WHERE ${where} GROUP BY 1`,
    "scan",
    kind,
  );

  const sums = new Map<string, CurrencySum>();
  let total = 0;
  let withAmount = 0;
  const converted: ConvertedSum = { usd: 0, eur: 0, converted: 0 };
  for (const r of countryRows) {
    total += r.n;
    withAmount += r.withAmount;
    addConverted(converted, r);
    if (r.currency && r.amount !== null) {
      const s = sums.get(r.currency) ?? { currency: r.currency, amount: 0, count: 0 };
      s.amount += r.amount;
      s.count += r.withAmount;
      sums.set(r.currency, s);
    }
  }
  const byCountry = breakdown(countryRows).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const byYear = breakdown(yearRows).sort((a, b) => a.key.localeCompare(b.key));
  return {
    total,
    withoutAmount: total - withAmount,
    withoutRate: withAmount - converted.converted,
    converted,
    sums: [...sums.values()].sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency)),
    facets: {
      targetCountry: byCountry.map((b) => ({ value: b.key, count: b.count })),
      ...(await stateFacets(where, kind)),
      facility: facility.sort(byCount),
      year: byYear.map((b) => ({ value: b.key, count: b.count })).sort((a, b) => b.value.localeCompare(a.value)),
    },
    byCountry,
    byYear,
    byYearStatus: yearStatuses(yearRows),
  };
}

/**
 * Facets, totals and chart data for a filter: computed on the read worker once per
 * filter and data version, so no request waits on another's scan. Right after a
 * change, a slow summary answers the previous figures (isStale) while it is redone.
 */
export async function summarizeDeals(filter: DealFilter): Promise<DealSummary> {
  const { value, isStale } = await freshAggregate("summary", filter, (kind) => computeSummary(filter, kind));
  return { ...value, isStale };
}

/** How many deals match a filter; reuses a current summary when there is one. */
export async function countDeals(filter: DealFilter): Promise<number> {
  await readStore().refreshChangeVersion();
  const summary = peekFreshAggregate<Omit<DealSummary, "isStale">>("summary", filter);
  if (summary) return summary.total;
  const { value } = await freshAggregate(
    "count",
    filter,
    async (kind) =>
      (
        await readRowsOffThread<{ n: number }>(
          sql`SELECT count(*) AS n FROM Deal d WHERE ${whereOf(filter)}`,
          "count",
          kind,
        )
      )[0].n,
  );
  return value;
}
