import Link from "next/link";
import type { Breakdown, DealSummary } from "@/lib/data/summarize-deals";
import { hrefWith, toSearchParams } from "@/lib/deals/query-url";
import { countryName, formatAmount } from "@/lib/format";
import type { DealQuery } from "@/lib/schemas/deal-query";
import { BarChart } from "./bar-chart";
import { WorldMap, type MapMeasure } from "./world-map";

export type ChartMeasure = "count" | "amount";

const TOP_COUNTRIES = 15;

function measureOf(kind: ChartMeasure, currency: string | undefined): MapMeasure {
  if (kind === "amount" && currency) {
    return { label: `amount in ${currency}`, valueOf: (b: Breakdown) => b.amounts[currency] ?? 0, format: (n: number) => formatAmount(n, currency) };
  }
  return { label: "number of deals", valueOf: (b: Breakdown) => b.count, format: (n: number) => n.toLocaleString("en") };
}

function measureHref(query: DealQuery, kind: ChartMeasure): string {
  const search = toSearchParams(query);
  if (kind === "amount") search.set("chart", "amount");
  return `/deals?${search.toString()}#charts`;
}

/**
 * Count or amount by target country and by year, and the world map, for the
 * current filter. Amounts are charted in the filter's most common currency only:
 * there is no conversion yet, and adding euros to dollars would mislead.
 */
export function DealCharts({ query, summary, kind }: { query: DealQuery; summary: DealSummary; kind: ChartMeasure }) {
  const currency = summary.sums[0]?.currency;
  const measure = measureOf(kind, currency);
  const countries = summary.byCountry.map((b) => ({
    key: b.key, label: countryName(b.key), value: measure.valueOf(b), href: hrefWith("/deals", query, { targetCountry: [b.key] }),
  })).filter((b) => b.value > 0).sort((a, b) => b.value - a.value).slice(0, TOP_COUNTRIES);
  const years = summary.byYear.map((b) => ({
    key: b.key, label: b.key, value: measure.valueOf(b), href: hrefWith("/deals", query, { from: b.key, to: b.key }),
  }));
  const otherCurrencies = summary.sums.slice(1).reduce((n, s) => n + s.count, 0);
  return (
    <section id="charts" aria-labelledby="charts-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="charts-heading" className="text-lg font-semibold">Where and when</h2>
        <p className="flex gap-3 text-sm">
          <span>Show:</span>
          {(["count", "amount"] as const).map((k) => (
            <Link key={k} href={measureHref(query, k)} aria-current={k === kind ? "true" : undefined}
              className={k === kind ? "font-semibold text-slate-900" : "text-blue-700 hover:underline"}>
              {k === "count" ? "number of deals" : `amount${currency ? ` (${currency})` : ""}`}
            </Link>
          ))}
        </p>
      </div>
      {kind === "amount" && otherCurrencies > 0 && (
        <p className="text-xs text-slate-600">Amounts in {currency} only; {otherCurrencies.toLocaleString("en")} deals in other currencies are not charted.</p>
      )}
      <WorldMap byCountry={summary.byCountry} measure={measure} />
      <div className="grid gap-6 md:grid-cols-2">
        <BarChart title={`By target country (${measure.label}, top ${TOP_COUNTRIES})`} bars={countries} format={measure.format} />
        <BarChart title={`By year announced (${measure.label})`} bars={years} format={measure.format} />
      </div>
    </section>
  );
}
