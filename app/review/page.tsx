import type { Metadata } from "next";
import Link from "next/link";
import { HighlightedText } from "@/components/articles/highlighted-text";
import { LoginRequired } from "@/components/auth/login-required";
import { DealFields } from "@/components/deals/deal-fields";
import { EvidenceExplorer } from "@/components/deals/evidence-explorer";
import { ReviewControls } from "@/components/review/review-controls";
import { UndoReview } from "@/components/review/undo-review";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getDealById } from "@/lib/data/get-deal-by-id";
import { listReviewQueue } from "@/lib/data/list-review-queue";
import { countryName } from "@/lib/format";
import { parseRecordId } from "@/lib/schemas/record-id";
import { rejectDealAction, reopenDealAction, verifyDealAction } from "../deals/[dealId]/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ skip?: string; done?: string; deal?: string }> };

/** "Verified Alibaba → Türkiye." after a verify or reject sent the editor back here, with the deal to undo it on. */
async function doneMessage(
  done: string | undefined,
  dealId: string | undefined,
): Promise<{ text: string; dealId: number | null } | null> {
  if (done !== "verified" && done !== "rejected" && done !== "reopened") return null;
  const id = parseRecordId(dealId);
  const deal = id === null ? null : await getDealById(id);
  if (!deal) return null;
  const name = `${deal.investor} → ${countryName(deal.targetCountry)}`;
  if (done === "reopened") return { text: `Undone: ${name} is back in the queue.`, dealId: null };
  // only the decision still in force can be undone
  const isCurrent = deal.reviewState === done;
  return { text: `${done === "verified" ? "Verified" : "Rejected"} ${name}.`, dealId: isCurrent ? deal.id : null };
}

export default async function ReviewPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <LoginRequired user={user} role="editor" doing="review deals" next="/review" />
      </div>
    );
  }
  // Skipped deals travel in the URL, so the queue is the same on reload.
  const params = await searchParams;
  const skipped = (params.skip ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0)
    .slice(0, 200);
  const queue = await listReviewQueue(1, skipped);
  const deal = queue.deals[0] ? await getDealById(queue.deals[0].id) : null;
  const done = await doneMessage(params.done, params.deal);
  const queueHref = skipped.length ? `/review?skip=${skipped.join(",")}` : "/review";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="text-slate-700">
          {done && <strong className="mr-1 font-medium text-slate-900">{done.text}</strong>}
          {queue.total} unreviewed {queue.total === 1 ? "deal" : "deals"}, least confident first
          {skipped.length ? ` (${skipped.length} skipped)` : ""}.
        </p>
        {done?.dealId && (
          <UndoReview
            dealId={done.dealId}
            next={`${queueHref}${queueHref.includes("?") ? "&" : "?"}done=reopened&deal=${done.dealId}`}
            action={reopenDealAction}
          />
        )}
      </div>
      {!deal ? (
        <p className="rounded-lg border border-green-300 bg-green-50 p-4">
          Nothing left to review
          {skipped.length ? (
            <>
              {" "}
              —{" "}
              <Link href="/review" className="text-blue-700 underline">
                start again with the skipped ones
              </Link>
            </>
          ) : (
            ""
          )}
          .
        </p>
      ) : (
        <section aria-labelledby="review-deal" className="space-y-3">
          <h2 id="review-deal" className="text-xl font-semibold">
            <Link href={`/deals/${deal.id}`} className="text-blue-700 hover:underline">
              {deal.investor} → {countryName(deal.targetCountry)}
            </Link>
            <span className="ml-2 text-sm font-normal text-slate-600">
              confidence {Math.round(deal.confidence * 100)} %
            </span>
          </h2>
          <ReviewControls
            dealId={deal.id}
            skipHref={`/review?skip=${[...skipped, deal.id].join(",")}`}
            queueHref={queueHref}
            verifyAction={verifyDealAction}
            rejectAction={rejectDealAction}
          />
          <p className="text-sm">
            <Link href={`/deals/${deal.id}/edit`} className="text-blue-700 underline">
              Correct it first
            </Link>
          </p>
          <EvidenceExplorer>
            <div className="grid gap-6 lg:grid-cols-5">
              <div className="lg:col-span-2">
                <DealFields deal={deal} />
              </div>
              <div className="space-y-3 lg:col-span-3">
                {deal.sources.map((s) => (
                  // a scrolling pane: focusable, so it scrolls with the keyboard too
                  <article
                    key={s.id}
                    tabIndex={0}
                    aria-label={`Source: ${s.title ?? `article ${s.id}`}`}
                    className="max-h-[60vh] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm"
                  >
                    <HighlightedText
                      text={s.text}
                      spans={s.evidence.map((e) => ({ start: e.start, end: e.end, key: e.field }))}
                    />
                  </article>
                ))}
              </div>
            </div>
          </EvidenceExplorer>
        </section>
      )}
    </div>
  );
}
