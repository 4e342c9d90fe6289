import Link from "next/link";
import type { Breakdown, DealSummary, YearStatus } from "@/lib/data/summarize-deals";
import { hrefWith, toSearchParams } from "@/lib/deals/query-url";
import { countryName, formatMoney } from "@/lib/format";
import type { DealQuery, DisplayCurrency } from "@/lib/schemas/deal-query";
import { BarChart } from "./bar-chart";
import { ChartTable } from "./chart-table";
import { StatusTimeSeries } from "./status-time-series";
import { WorldMap, type MapCountry } from "./world-map";

export type ChartMeasure = "count" | "amount";

const TOP_COUNTRIES = 15;

type Figures = { count: number; usd: number; eur: number };

function measureOf(kind: ChartMeasure, display: DisplayCurrency) {
  const count = (n: number) => n.toLocaleString("en");
  const money = (n: number) => formatMoney(n, display);
  const amountOf = (f: Figures) => (display === "USD" ? f.usd : f.eur);
  return kind === "amount"
    ? { label: `total in ${display}`, valueOf: amountOf, format: money }
    : { label: "number of deals", valueOf: (f: Figures) => f.count, format: count };
}

function measureHref(query: DealQuery, kind: ChartMeasure): string {
  const search = toSearchParams(query);
  if (kind === "amount") search.set("chart", "amount");
  return `/deals?${search.toString()}#charts`;
}

/** "Türkiye: 12 deals, $3.4B": what a country's figures say, on the map and in its link. */
function countrySummary(b: Breakdown, display: DisplayCurrency): string {
  const total = display === "USD" ? b.usd : b.eur;
  return `${countryName(b.key)}: ${b.count.toLocaleString("en")} ${b.count === 1 ? "deal" : "deals"}, ${formatMoney(total, display)}`;
}

/**
 * Count or converted total by target country and by year (split by status), and
 * the world map, for the current filter; a click on a country, bar or year filters
 * by it. Amounts are in the display currency, each deal at its own date's rate.
 */
export function DealCharts({ query, summary, kind }: { query: DealQuery; summary: DealSummary; kind: ChartMeasure }) {
  const display = query.displayCurrency;
  const measure = measureOf(kind, display);
  const countryHref = (code: string) => hrefWith("/deals", query, { targetCountry: [code] });
  const yearHref = (year: string) => hrefWith("/deals", query, { from: year, to: year });
  const countries = summary.byCountry
    .map((b) => ({
      key: b.key,
      label: countryName(b.key),
      value: measure.valueOf(b),
      href: countryHref(b.key),
    }))
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP_COUNTRIES);
  const mapCountries: MapCountry[] = summary.byCountry.map((b) => ({
    breakdown: b,
    name: countryName(b.key),
    summary: countrySummary(b, display),
    href: countryHref(b.key),
  }));
  return (
    <section
      id="charts"
      aria-labelledby="charts-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="charts-heading" className="text-lg font-semibold">
          Where and when
        </h2>
        <p className="flex gap-3 text-sm">
          <span>Show:</span>
          {(["count", "amount"] as const).map((k) => (
            <Link
              key={k}
              href={measureHref(query, k)}
              aria-current={k === kind ? "true" : undefined}
              className={k === kind ? "font-semibold text-slate-900" : "text-blue-700 hover:underline"}
            >
              {k === "count" ? "number of deals" : `total in ${display}`}
            </Link>
          ))}
        </p>
      </div>
      {kind === "amount" && summary.withoutRate > 0 && (
        <p className="text-xs text-slate-700">
          {summary.withoutRate.toLocaleString("en")} deals with an amount in a currency or year the shipped rates do not
          cover are not in the totals.
        </p>
      )}
      <WorldMap
        countries={mapCountries}
        measure={{ label: measure.label, valueOf: (b: Breakdown) => measure.valueOf(b), format: measure.format }}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <BarChart
          title={`By target country (${measure.label}, top ${TOP_COUNTRIES})`}
          bars={countries}
          format={measure.format}
        />
        <StatusTimeSeries
          rows={summary.byYearStatus}
          measure={{ label: measure.label, valueOf: (y: YearStatus) => measure.valueOf(y), format: measure.format }}
          hrefFor={yearHref}
        />
      </div>
      <ChartTable summary={summary} display={display} countryHref={countryHref} />
    </section>
  );
}
