import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRecordId } from "@/lib/schemas/record-id";
import { HighlightedText } from "@/components/articles/highlighted-text";
import { DealTable } from "@/components/deals/deal-table";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getArticleById } from "@/lib/data/get-article-by-id";
import { formatPartialDate } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ articleId: string }> };

async function load(params: Props["params"]) {
  const id = parseRecordId((await params).articleId);
  if (id === null) notFound();
  const article = await getArticleById(id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title ?? `Article ${article.id}` };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  const isEditor = hasRole(await getCurrentUser(), "editor");
  const spans = article.evidence.map((e) => ({ start: e.start, end: e.end, key: `${e.field}:${e.dealId}` }));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{article.title ?? `Article ${article.id}`}</h1>
        <p className="text-sm text-slate-600">
          Published {formatPartialDate(article.publishedOn)} · language {article.language ?? "unknown"} · imported{" "}
          {new Date(article.importedAt).toISOString().slice(0, 10)} ({article.importedVia})
          {article.source && (
            <>
              {" "}
              · source:{" "}
              {/^https?:\/\//.test(article.source) ? (
                <a className="text-blue-700 underline" href={article.source} rel="noreferrer noopener">
                  {article.source}
                </a>
              ) : (
                article.source
              )}
            </>
          )}
        </p>
      </header>
      <section aria-labelledby="deals-heading" className="space-y-2">
        <h2 id="deals-heading" className="text-lg font-semibold">
          Deals found in this article ({article.deals.length})
        </h2>
        {article.deals.length ? (
          <DealTable deals={article.deals} caption="Deals found in this article" />
        ) : (
          <p className="text-slate-700">The extractor found no investment in this article.</p>
        )}
        {isEditor && (
          <p>
            <Link href={`/articles/${article.id}/deals/new`} className="text-blue-700 underline">
              Add a deal the extractor missed
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          Text
        </h2>
        <p className="text-sm text-slate-600">Highlighted: the words the deals above rest on.</p>
        <article className="rounded-lg border border-slate-200 bg-white p-4">
          <HighlightedText text={article.text} spans={spans} />
        </article>
      </section>
    </div>
  );
}
