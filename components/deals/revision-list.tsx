import type { RevisionDto } from "@/lib/data/get-deal-by-id";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((v) => (typeof v === "object" && v ? Object.values(v).filter(Boolean).join(" ") : String(v))).join("; ");
  }
  return String(value);
}

const ACTIONS: Record<string, string> = {
  create: "created", update: "edited", verify: "verified", reject: "rejected", delete: "deleted",
  undelete: "restored from the bin", restore: "restored an earlier state", reextract: "re-extracted",
  source: "added a source article", merge: "merged", split: "split off a source", unmerge: "undid a merge", unsplit: "undid a split",
};

/** The deal's history, newest first, each change as before → after. */
export function RevisionList({ revisions, renderActions }: { revisions: RevisionDto[]; renderActions?: (r: RevisionDto) => React.ReactNode }) {
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
                  <span className="text-slate-600">{field}:</span> <del className="text-red-800">{show(c.from)}</del> → <ins className="text-green-800 no-underline">{show(c.to)}</ins>
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
