"use client";

import { useActionState } from "react";
import { NO_MESSAGE, type FormAction } from "@/lib/form-state";
import type { MergeField } from "@/lib/schemas/deal-merge";

/** One field of the two deals, as the editor chooses between them. */
export type MergeFieldChoice = {
  field: MergeField;
  label: string;
  keep: string;
  merge: string;
  isMergeDefault: boolean;
};

type Props = {
  action: FormAction;
  candidateId?: number;
  keepId: number;
  mergeId: number;
  fields: MergeFieldChoice[];
};

/**
 * Merge two deals: for every field on which they differ, a radio group to choose
 * whose value the merged deal keeps; fields they agree on need no choice.
 */
export function MergeForm({ action, candidateId, keepId, mergeId, fields }: Props) {
  const [state, formAction, isPending] = useActionState(action, NO_MESSAGE);
  const differing = fields.filter((f) => f.keep !== f.merge);
  return (
    <form action={formAction} className="space-y-3" aria-label={`Merge deal ${mergeId} into deal ${keepId}`}>
      {candidateId !== undefined && <input type="hidden" name="candidateId" value={candidateId} />}
      <input type="hidden" name="keepId" value={keepId} />
      <input type="hidden" name="mergeId" value={mergeId} />
      {differing.length === 0 && <p className="text-sm text-slate-600">The two deals agree on every field.</p>}
      {differing.map((f) => (
        <fieldset key={f.field} className="rounded border border-slate-200 p-2 text-sm">
          <legend className="px-1 font-medium">{f.label}</legend>
          <label className="mr-4 inline-flex items-center gap-1">
            <input type="radio" name={f.field} value="keep" defaultChecked={!f.isMergeDefault} /> {f.keep}{" "}
            <span className="text-slate-500">(deal {keepId})</span>
          </label>
          <label className="inline-flex items-center gap-1">
            <input type="radio" name={f.field} value="merge" defaultChecked={f.isMergeDefault} /> {f.merge}{" "}
            <span className="text-slate-500">(deal {mergeId})</span>
          </label>
        </fieldset>
      ))}
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {isPending ? "Merging…" : `Merge into deal ${keepId}`}
      </button>
      {state.message && (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
