import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import type { DuplicateCandidateDto, DuplicateDealDto } from "@/lib/data/list-duplicate-candidates";
import { mergeChoicesOf } from "@/lib/deals/merge-choices";
import type { FormAction } from "@/lib/form-state";
import { countryName, formatPartialDate } from "@/lib/format";
import { MergeForm } from "./merge-form";

function Side({ title, deal }: { title: string; deal: DuplicateDealDto }) {
  return (
    <div className="space-y-1 rounded border border-slate-200 p-3 text-sm">
      <h3 className="font-medium">
        {title}:{" "}
        <Link href={`/deals/${deal.id}`} className="text-blue-700 hover:underline">
          deal {deal.id}, {deal.investor} → {countryName(deal.targetCountry)}
        </Link>
      </h3>
      <ul className="text-slate-700">
        {deal.sources.map((s) => (
          <li key={s.id}>
            <Link href={`/articles/${s.id}`} className="underline">
              {s.title ?? `Article ${s.id}`}
            </Link>{" "}
            · {formatPartialDate(s.publishedOn)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One possible duplicate: both deals side by side, why they may be one, merge or dismiss. */
export function DuplicatePair({
  pair,
  mergeAction,
  dismissAction,
}: {
  pair: DuplicateCandidateDto;
  mergeAction: FormAction;
  dismissAction: FormAction;
}) {
  const { existing, candidate } = pair;
  const label = `${candidate.investor} → ${countryName(candidate.targetCountry)}`;
  return (
    <section
      aria-label={`Possible duplicate: ${label}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="text-lg font-semibold">
        {label} <span className="text-sm font-normal text-slate-600">score {Math.round(pair.score * 100)} %</span>
      </h2>
      <ul className="list-inside list-disc text-sm text-slate-700" aria-label="Why they may be the same deal">
        {pair.reasons.map((r, i) => (
          <li key={i}>
            {r.text} ({r.weight >= 0 ? "+" : ""}
            {r.weight})
          </li>
        ))}
      </ul>
      <div className="grid gap-3 md:grid-cols-2">
        <Side title="Stored" deal={existing} />
        <Side title="New report" deal={candidate} />
      </div>
      <MergeForm
        action={mergeAction}
        candidateId={pair.id}
        keepId={existing.id}
        mergeId={candidate.id}
        fields={mergeChoicesOf(existing, candidate)}
      />
      <ActionButton
        action={dismissAction}
        fields={{ candidateId: pair.id }}
        label="Not the same deal"
        pendingLabel="Dismissing…"
      />
    </section>
  );
}
