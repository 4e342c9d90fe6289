"use client";

import { useActionState } from "react";
import { NO_MESSAGE, type ActionState, type FormAction } from "@/lib/form-state";

export type SaveViewValues = { values: { name: string } };
export type SaveViewState = ActionState<SaveViewValues>;

type Props = { action: FormAction<SaveViewValues>; query: string };

/** "Save this view as …": the current filter under a name of the user's choosing. */
export function SaveViewForm({ action, query }: Props) {
  const [state, formAction, isPending] = useActionState(action, { ...NO_MESSAGE, values: { name: "" } });
  const error = state.fieldErrors.name?.join("; ") ?? state.fieldErrors.query?.join("; ");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="query" value={query} />
      <div className="space-y-0.5">
        <label htmlFor="saved-view-name" className="block text-xs font-medium text-slate-700">
          Save this view as
        </label>
        <input
          id="saved-view-name"
          name="name"
          key={state.done ?? "form"}
          defaultValue={state.values.name}
          maxLength={80}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "saved-view-error" : undefined}
          className="rounded border border-slate-300 px-2 py-1"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-300 bg-white px-3 py-1 font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {isPending ? "Saving…" : "Save view"}
      </button>
      <p role="status" className="w-full text-xs">
        {error && (
          <span id="saved-view-error" className="text-red-800">
            {error}
          </span>
        )}
        {!error && state.message && <span className="text-red-800">{state.message}</span>}
        {state.done && <span className="text-green-800">{state.done}</span>}
      </p>
    </form>
  );
}
