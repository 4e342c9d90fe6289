import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { parseRecordId } from "@/lib/schemas/record-id";
import { HighlightedText } from "@/components/articles/highlighted-text";
import { DealEditorControls } from "@/components/deals/deal-editor-controls";
import { DealFields } from "@/components/deals/deal-fields";
import { DealTimeline } from "@/components/deals/deal-timeline";
import { EvidenceExplorer } from "@/components/deals/evidence-explorer";
import { RestoreRevisionButton } from "@/components/deals/restore-revision-button";
import { MergeWithForm } from "@/components/duplicates/merge-with-form";
import { RevisionList } from "@/components/deals/revision-list";
import { Announcement } from "@/components/ui/announcement";
import { ActionButton } from "@/components/ui/action-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { findMergedInto } from "@/lib/data/find-merged-into";
import { getDealById } from "@/lib/data/get-deal-by-id";
import { backToListHref, listParam, listQueryOf } from "@/lib/deals/back-to-list";
import { countryName, formatPartialDate } from "@/lib/format";
import {
  deleteDealAction,
  rejectDealAction,
  restoreRevisionAction,
  undeleteDealAction,
  verifyDealAction,
} from "./actions";
import { splitDealSourceAction, undoLinkChangeAction } from "./source-actions";

const EDITOR_ACTIONS = {
  verify: verifyDealAction,
  reject: rejectDealAction,
  delete: deleteDealAction,
  undelete: undeleteDealAction,
};

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ dealId: string }>;
  searchParams: Promise<{ list?: string | string[]; saved?: string }>;
};

async function load(params: Props["params"]) {
  const id = parseRecordId((await params).dealId);
  if (id === null) notFound();
  // Editors still see a deleted deal, to undo the delete; everyone else gets 404.
  const isEditor = hasRole(await getCurrentUser(), "editor");
  const deal = await getDealById(id, { includeDeleted: isEditor });
  if (!deal) {
    // a link to a deal that was merged leads to the deal it went into
    const target = await findMergedInto(id);
    if (target) redirect(`/deals/${target}`);
    notFound();
  }
  return { ...deal, isEditor };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deal = await load(params);
  return { title: `${deal.investor} → ${countryName(deal.targetCountry)}` };
}

const REVIEW_BADGE: Record<string, string> = {
  unreviewed: "bg-slate-100 text-slate-800",
  verified: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
};

export default async function DealPage({ params, searchParams }: Props) {
  const deal = await load(params);
  const { list, saved } = await searchParams;
  const listQuery = listQueryOf(list);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={backToListHref(list)} className="text-blue-700 hover:underline">
            ← Deals
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {deal.investor} → {countryName(deal.targetCountry)}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span className={`rounded px-2 py-0.5 ${REVIEW_BADGE[deal.reviewState] ?? ""}`}>{deal.reviewState}</span>
          <span>confidence {Math.round(deal.confidence * 100)} %</span>
          <span>· version {deal.version}</span>
        </p>
        {saved === "1" && (
          <Announcement
            message={`Saved: this is version ${deal.version}.`}
            className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900"
          />
        )}
        {deal.isEditor && (
          <DealEditorControls
            deal={deal}
            actions={EDITOR_ACTIONS}
            editHref={`/deals/${deal.id}/edit${listParam(listQuery)}`}
          />
        )}
        {deal.mergedIntoId && deal.deletedAt && (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            This deal was merged into{" "}
            <Link href={`/deals/${deal.mergedIntoId}`} className="font-medium text-blue-800 underline">
              deal {deal.mergedIntoId}
            </Link>
            .
          </p>
        )}
        {deal.isEditor && !deal.deletedAt && deal.possibleDuplicates.length > 0 && (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
            May be the same deal as{" "}
            {deal.possibleDuplicates.map((p, i) => (
              <span key={p.otherDealId}>
                {i > 0 && ", "}
                <Link href={`/deals/${p.otherDealId}`} className="text-blue-800 underline">
                  deal {p.otherDealId}
                </Link>{" "}
                ({Math.round(p.score * 100)} %)
              </span>
            ))}
            :{" "}
            <Link href="/duplicates" className="font-medium text-blue-800 underline">
              decide in the duplicates queue
            </Link>
            .
          </p>
        )}
        {deal.isEditor && !deal.deletedAt && <MergeWithForm dealId={deal.id} />}
      </header>
      <DealTimeline deal={deal} />
      <EvidenceExplorer>
        <div className="grid gap-6 lg:grid-cols-5">
          <section aria-labelledby="fields-heading" className="space-y-2 lg:col-span-2">
            <h2 id="fields-heading" className="text-lg font-semibold">
              Fields
            </h2>
            <p className="text-sm text-slate-600">
              Point at or click an underlined field to mark its words in the article.
            </p>
            <DealFields deal={deal} />
          </section>
          <section aria-labelledby="sources-heading" className="space-y-4 lg:col-span-3">
            <h2 id="sources-heading" className="text-lg font-semibold">
              Source {deal.sources.length === 1 ? "article" : "articles"}
            </h2>
            {deal.sources.map((s) => (
              <article
                key={s.id}
                aria-label={`Source: ${s.title ?? `article ${s.id}`}`}
                className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
              >
                <h3 className="font-medium">
                  <Link href={`/articles/${s.id}`} className="text-blue-800 underline">
                    {s.title ?? `Article ${s.id}`}
                  </Link>
                </h3>
                <p className="text-xs text-slate-600">
                  published {formatPartialDate(s.publishedOn)}
                  {s.source ? ` · ${s.source}` : ""}
                  {s.report ? ` · reports it ${s.report.status}` : ""}
                  {s.matchScore !== null ? ` · joined with match score ${Math.round(s.matchScore * 100)} %` : ""}
                </p>
                {deal.isEditor && !deal.deletedAt && deal.sources.length > 1 && (
                  <ActionButton
                    action={splitDealSourceAction}
                    fields={{ dealId: deal.id, articleId: s.id }}
                    label={`Move “${s.title ?? `article ${s.id}`}” into its own deal`}
                    pendingLabel="Moving…"
                  />
                )}
                {/* a scrolling pane: focusable, so it scrolls with the keyboard too */}
                <div
                  tabIndex={0}
                  role="region"
                  aria-label={`Text of ${s.title ?? `article ${s.id}`}`}
                  className="max-h-[70vh] overflow-y-auto text-sm"
                >
                  <HighlightedText
                    text={s.text}
                    spans={s.evidence.map((e) => ({ start: e.start, end: e.end, key: e.field }))}
                  />
                </div>
              </article>
            ))}
          </section>
        </div>
      </EvidenceExplorer>
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <RevisionList
          revisions={deal.revisions}
          renderActions={
            deal.isEditor
              ? (r) =>
                  r.linkChange
                    ? !r.linkChange.isUndone &&
                      r.action === r.linkChange.kind && (
                        <div className="mt-2">
                          <ActionButton
                            action={undoLinkChangeAction}
                            fields={{ dealId: deal.id, linkChangeId: r.linkChange.id }}
                            label={`Undo ${r.linkChange.kind}`}
                            pendingLabel="Undoing…"
                          />
                        </div>
                      )
                    : r.version !== deal.version &&
                      !deal.deletedAt && (
                        <RestoreRevisionButton dealId={deal.id} revision={r} action={restoreRevisionAction} />
                      )
              : undefined
          }
        />
      </section>
    </div>
  );
}
