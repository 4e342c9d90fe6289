import Link from "next/link";
import type { DealDetailDto } from "@/lib/data/get-deal-by-id";
import { timelineOf } from "@/lib/deals/timeline";
import { formatPartialDate } from "@/lib/format";

/** The deal's reports in time, with where its status moved on and the article behind each step. */
export function DealTimeline({ deal }: { deal: DealDetailDto }) {
  const entries = timelineOf(deal.sources);
  return (
    <section aria-labelledby="timeline-heading" className="space-y-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      <p className="text-sm text-slate-600">
        {deal.sourceCount} {deal.sourceCount === 1 ? "report" : "reports"} · first seen{" "}
        {formatPartialDate(deal.firstReportedOn)} · latest report {formatPartialDate(deal.lastReportedOn)}
      </p>
      <ol className="space-y-1 border-l-2 border-slate-200 pl-4 text-sm">
        {entries.map((e) => (
          <li key={e.articleId}>
            <time dateTime={e.date ?? undefined} className="text-slate-600">
              {formatPartialDate(e.date)}
            </time>{" "}
            {e.status && (
              <strong className={e.isStatusChange ? "font-semibold" : "font-normal text-slate-600"}>{e.status}</strong>
            )}{" "}
            ·{" "}
            <Link href={`/articles/${e.articleId}`} className="text-blue-800 underline">
              {e.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
