"use client";

import { useActionState } from "react";
import { NO_MESSAGE, type FormAction } from "@/lib/form-state";

type Props = { action: FormAction };

/** Tells the matcher that two names mean one investor ("JLR" is "Jaguar Land Rover"). */
export function InvestorAliasForm({ action }: Props) {
  const [state, formAction, isPending] = useActionState(action, NO_MESSAGE);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3 text-sm" aria-label="Add an investor alias">
      <label className="flex flex-col gap-1">
        <span>Other name</span>
        <input
          name="alias"
          required
          maxLength={200}
          className="rounded border border-slate-300 px-2 py-1"
          aria-invalid={!!state.fieldErrors.alias}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span>Is the investor</span>
        <input
          name="canonical"
          required
          maxLength={200}
          className="rounded border border-slate-300 px-2 py-1"
          aria-invalid={!!state.fieldErrors.canonical}
        />
      </label>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {isPending ? "Adding…" : "Add alias"}
      </button>
      {state.message && (
        <p role="alert" className="w-full text-red-800">
          {state.message} {Object.values(state.fieldErrors).flat().join(" ")}
        </p>
      )}
      {state.done && (
        <p role="status" className="w-full text-green-800">
          {state.done}
        </p>
      )}
    </form>
  );
}
