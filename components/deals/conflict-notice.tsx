import type { DealConflict } from "@/lib/data/update-deal";

type Props = { conflict: DealConflict; onReapply: () => void };

/** A stale save: which fields changed meanwhile, their value and yours, and a way to put yours on top. */
export function ConflictNotice({ conflict, onReapply }: Props) {
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id="conflict-heading" className="font-semibold">
        This deal changed while you were editing (now version {conflict.currentVersion})
      </h2>
      {conflict.fields.length > 0 ? (
        <table className="w-full text-left">
          <caption className="sr-only">Fields changed meanwhile</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Their value</th>
              <th scope="col">Your value</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row" className="font-medium">
                  {f.label}
                </th>
                <td>{f.theirsText}</td>
                <td>{f.yoursText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Only its review state or history changed.</p>
      )}
      <p>
        Re-applying puts the fields you changed on top of the current version and keeps their other changes; then check
        and save.
      </p>
      <button
        type="button"
        onClick={onReapply}
        className="rounded bg-amber-700 px-3 py-1.5 font-medium text-white hover:bg-amber-800"
      >
        Re-apply my changes to the current version
      </button>
    </section>
  );
}
