"use client";

import { useActionState } from "react";
import type { ImportFormState } from "@/app/import/actions";
import { ImportOutcomeList } from "./import-outcome-list";

const INITIAL: ImportFormState = { outcomes: [], message: null, fieldErrors: {}, values: { text: "", published: "", source: "" } };

type Props = { action: (state: ImportFormState, data: FormData) => Promise<ImportFormState>; maxMb: number };

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return <p id={id} className="text-sm text-red-800">{messages.join("; ")}</p>;
}

export function ImportForm({ action, maxMb }: Props) {
  const [state, formAction, isPending] = useActionState(action, INITIAL);
  const errors = state.fieldErrors;
  return (
    <div className="space-y-6">
      {/* key: re-mount with the returned values, so a refused submission keeps what was typed */}
      <form key={JSON.stringify(state.values) + state.outcomes.length} action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" encType="multipart/form-data">
        {state.message && <p role="alert" className="rounded bg-red-50 p-2 text-red-900">{state.message}</p>}
        <div className="space-y-1">
          <label htmlFor="file" className="block font-medium">Article files</label>
          <input id="file" name="file" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-describedby="file-help file-error" className="block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1.5" />
          <p id="file-help" className="text-sm text-slate-600">.txt, .md or .html, up to {maxMb} MB each. Several at once are fine.</p>
          <FieldError id="file-error" messages={errors.file} />
        </div>
        <div className="space-y-1">
          <label htmlFor="text" className="block font-medium">Or paste an article</label>
          <textarea id="text" name="text" rows={8} defaultValue={state.values.text} className="block w-full rounded border border-slate-300 p-2" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="published" className="block font-medium">Publication date (optional)</label>
            <input id="published" name="published" type="text" inputMode="numeric" placeholder="YYYY-MM-DD" defaultValue={state.values.published}
              aria-invalid={errors.published ? true : undefined} aria-describedby="published-help published-error" className="block w-full rounded border border-slate-300 p-2" />
            <p id="published-help" className="text-sm text-slate-600">YYYY-MM-DD, YYYY-MM or YYYY. Without it, the date the text states is used.</p>
            <FieldError id="published-error" messages={errors.published} />
          </div>
          <div className="space-y-1">
            <label htmlFor="source" className="block font-medium">Source URL (optional)</label>
            <input id="source" name="source" type="text" placeholder="https://…" defaultValue={state.values.source}
              aria-invalid={errors.source ? true : undefined} aria-describedby="source-error" className="block w-full rounded border border-slate-300 p-2" />
            <FieldError id="source-error" messages={errors.source} />
          </div>
        </div>
        <button type="submit" disabled={isPending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {isPending ? "Importing…" : "Import"}
        </button>
      </form>
      <ImportOutcomeList outcomes={state.outcomes} />
    </div>
  );
}
