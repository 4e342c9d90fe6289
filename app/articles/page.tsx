import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Pager } from "@/components/ui/pager";
import { listArticles } from "@/lib/data/list-articles";
import { formatPartialDate } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

// any page number a link could hold; anything else ("1e20", "-3", "x") is the first page
const PAGE = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = PAGE.parse((await searchParams).page);
  const { articles, total } = await listArticles(page, 50);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Articles</h1>
      {total === 0 ? (
        <p className="text-slate-700">
          No articles yet.{" "}
          <Link href="/import" className="text-blue-700 underline">
            Import one
          </Link>
          .
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {articles.map((a) => (
            <li key={a.id} className="px-4 py-3">
              <Link href={`/articles/${a.id}`} className="font-medium text-blue-700 hover:underline">
                {a.title ?? `Article ${a.id}`}
              </Link>
              <p className="text-sm text-slate-600">
                {a.dealCount} deal{a.dealCount === 1 ? "" : "s"} · published {formatPartialDate(a.publishedOn)} ·{" "}
                {a.language ?? "language unknown"}
                {a.source ? ` · ${a.source}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageSize={50} total={total} hrefFor={(p) => `/articles?page=${p}`} />
    </div>
  );
}
