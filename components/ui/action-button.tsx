"use client";

import { useActionState } from "react";
import { NO_MESSAGE, type FormAction } from "@/lib/form-state";

type Props = {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  className?: string;
  keyShortcut?: string;
  formId?: string;
};

const BUTTON =
  "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";

/** One server action behind one real button, with its message (e.g. "needs the editor role") beside it. */
export function ActionButton({ action, fields, label, pendingLabel, className, keyShortcut, formId }: Props) {
  const [state, formAction, isPending] = useActionState(action, NO_MESSAGE);
  return (
    <form action={formAction} id={formId} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={isPending} aria-keyshortcuts={keyShortcut} className={className ?? BUTTON}>
        {isPending ? (pendingLabel ?? `${label}…`) : label}
      </button>
      {state.message && (
        <span role="alert" className="text-sm text-red-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
