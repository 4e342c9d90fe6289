import type { Metadata } from "next";
import Link from "next/link";
import { DealTable } from "@/components/deals/deal-table";
import { Pager } from "@/components/ui/pager";
import { listRecentDeals } from "@/lib/data/list-recent-deals";

export const metadata: Metadata = { title: "Deals" };
export const dynamic = "force-dynamic";

export default async function DealsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const result = await listRecentDeals(page, 50);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Deals</h1>
      <p className="text-slate-700">{result.total} deals, latest announcement first.</p>
      {result.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No deals yet. <Link href="/import" className="text-blue-700 underline">Import an article</Link> to extract some.
        </p>
      ) : (
        <>
          <DealTable deals={result.deals} caption="Deals, latest announcement first" />
          <Pager page={result.page} pageSize={result.pageSize} total={result.total} hrefFor={(p) => `/deals?page=${p}`} />
        </>
      )}
    </div>
  );
}
