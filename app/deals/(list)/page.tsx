import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/components/deals/active-filters";
import { DealCharts } from "@/components/deals/deal-charts";
import { DealFacets } from "@/components/deals/deal-facets";
import { DealFilters } from "@/components/deals/deal-filters";
import { DealTable } from "@/components/deals/deal-table";
import { DealTotals } from "@/components/deals/deal-totals";
import { InvalidQuery } from "@/components/deals/invalid-query";
import { SavedViews } from "@/components/deals/saved-views";
import { CollapsiblePanel } from "@/components/ui/collapsible-panel";
import { Pager } from "@/components/ui/pager";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findDeals } from "@/lib/data/find-deals";
import { listSavedViews } from "@/lib/data/saved-views";
import { summarizeDeals } from "@/lib/data/summarize-deals";
import { describeQuery } from "@/lib/deals/describe-query";
import { hrefWith, toSearchParams } from "@/lib/deals/query-url";
import { filterOf, parseDealQuery, type RawParams } from "@/lib/schemas/deal-query";
import { deleteViewAction, saveViewAction } from "../actions";

export const metadata: Metadata = { title: "Deals" };
export const dynamic = "force-dynamic";

export default async function DealsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const parsed = parseDealQuery(params);
  if (!parsed.ok) return <InvalidQuery error={parsed.error} />;
  const query = parsed.query;
  // the summary first: its total then serves as the list's count, saving a scan
  const summary = await summarizeDeals(filterOf(query));
  const result = await findDeals(query, { total: summary.total });
  const description = describeQuery(query, result.total);
  const user = await getCurrentUser();
  const views = user ? await listSavedViews(user.id) : null;
  const listQuery = toSearchParams(query);
  const exportQuery = toSearchParams({ ...query, page: 1 });
  exportQuery.delete("pageSize");
  exportQuery.delete("displayCurrency");
  const exportHref = (format: string) =>
    `/api/deals/export?format=${format}${exportQuery.size ? `&${exportQuery}` : ""}`;
  const isFiltered =
    toSearchParams({ ...query, sort: "-announcedOn", page: 1, pageSize: 50, displayCurrency: "USD" }).size > 0;
  // a deal opened from here links back to this very view
  const dealHref = (id: number) =>
    `/deals/${id}${listQuery.size ? `?list=${encodeURIComponent(listQuery.toString())}` : ""}`;

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Deals</h1>
          <p role="status" className="text-slate-700">
            {description}
          </p>
        </div>
        <p className="flex flex-wrap gap-3 text-sm">
          <span>Export all {result.total.toLocaleString("en")} rows:</span>
          <a href={exportHref("csv")} className="text-blue-700 underline" download>
            CSV
          </a>
          <a
            href={exportHref("zip")}
            className="text-blue-700 underline"
            download
            title="The CSV in a ZIP with a README and datapackage.json that say the filter, the link and the time of export"
          >
            CSV with its description (ZIP)
          </a>
          <a href={exportHref("xlsx")} className="text-blue-700 underline" download>
            Excel
          </a>
          <a href={exportHref("json")} className="text-blue-700 underline" download>
            JSON
          </a>
          <a href={exportHref("geojson")} className="text-blue-700 underline" download>
            GeoJSON
          </a>
        </p>
      </header>
      <CollapsiblePanel title="Filters">
        <DealFilters key={listQuery.toString()} query={query} />
      </CollapsiblePanel>
      <ActiveFilters query={query} />
      {views && (
        <SavedViews
          views={views}
          query={toSearchParams({ ...query, page: 1 }).toString()}
          saveAction={saveViewAction}
          deleteAction={deleteViewAction}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
        <aside>
          <CollapsiblePanel title="Facets: filter with one click">
            <DealFacets query={query} summary={summary} />
          </CollapsiblePanel>
        </aside>
        <div className="min-w-0 space-y-4">
          <DealTotals summary={summary} display={query.displayCurrency} />
          {result.total === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              {isFiltered ? (
                <p>
                  No deal matches this filter.{" "}
                  <Link href="/deals" className="text-blue-700 underline">
                    Clear all filters
                  </Link>{" "}
                  or remove one above.
                </p>
              ) : (
                <p>
                  No deals yet.{" "}
                  <Link href="/import" className="text-blue-700 underline">
                    Import an article
                  </Link>{" "}
                  to extract some.
                </p>
              )}
            </div>
          ) : (
            <>
              <DealTable
                deals={result.deals}
                caption={description}
                display={query.displayCurrency}
                dealHref={dealHref}
                sort={{ current: query.sort, hrefFor: (sort) => hrefWith("/deals", query, { sort }) }}
              />
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                hrefFor={(page) => hrefWith("/deals", query, { page })}
              />
            </>
          )}
          {result.total > 0 && (
            <DealCharts query={query} summary={summary} kind={params.chart === "amount" ? "amount" : "count"} />
          )}
        </div>
      </div>
    </div>
  );
}
