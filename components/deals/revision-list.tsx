import type { RevisionDto } from "@/lib/data/get-deal-by-id";
import { fieldLabel, formatFieldValue } from "@/lib/deals/field-labels";

const ACTIONS: Record<string, string> = {
  create: "created",
  update: "edited",
  verify: "verified",
  reject: "rejected",
  reopen: "undid the review",
  delete: "deleted",
  undelete: "restored from the bin",
  restore: "restored an earlier state",
  reextract: "re-extracted",
  source: "added a source article",
  merge: "merged",
  split: "split off a source",
  unmerge: "undid a merge",
  unsplit: "undid a split",
};

/** The deal's history, newest first, each change as before → after in words. */
export function RevisionList({
  revisions,
  renderActions,
}: {
  revisions: RevisionDto[];
  renderActions?: (r: RevisionDto) => React.ReactNode;
}) {
  if (!revisions.length) return <p className="text-sm text-slate-600">No changes recorded.</p>;
  return (
    <ol className="space-y-3">
      {revisions.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p>
            <span className="font-medium">{r.userEmail ?? r.actor}</span> {ACTIONS[r.action] ?? r.action} ·{" "}
            <time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace("T", " ")} UTC</time> · version {r.version}
          </p>
          {Object.keys(r.changes).length > 0 && (
            <ul className="mt-1 space-y-0.5">
              {Object.entries(r.changes).map(([field, c]) => (
                <li key={field}>
                  <span className="text-slate-600">{fieldLabel(field)}:</span>{" "}
                  <del className="text-red-800">{formatFieldValue(field, c.from)}</del> →{" "}
                  <ins className="text-green-800 no-underline">{formatFieldValue(field, c.to)}</ins>
                </li>
              ))}
            </ul>
          )}
          {renderActions?.(r)}
        </li>
      ))}
    </ol>
  );
}
