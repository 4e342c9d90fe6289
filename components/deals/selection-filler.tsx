"use client";

import { useState } from "react";
import { FILLABLE_FIELDS, type FillableField } from "@/lib/schemas/deal-form";
import { inputLabel } from "@/lib/deals/field-names";
import type { TextSelection } from "./selectable-article";

type Props = {
  selection: TextSelection | null;
  onUse: (field: FillableField, selection: TextSelection) => Promise<void>;
  announcement: string;
};

/** Select words in the article, pick a field, and they fill it and become its evidence. */
export function SelectionFiller({ selection, onUse, announcement }: Props) {
  const [field, setField] = useState<FillableField>("amount");
  const [isBusy, setBusy] = useState(false);
  return (
    <div className="sticky top-0 z-10 space-y-2 rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm">
      <p>
        {selection ? (
          <>
            Selected: <q className="font-medium">{selection.text}</q>
          </>
        ) : (
          "Select words in the article to fill a field with them; they become its evidence."
        )}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="fill-field" className="text-xs">
            Field to fill
          </label>
          <select
            id="fill-field"
            value={field}
            onChange={(e) => setField(e.target.value as FillableField)}
            className="rounded border border-slate-300 p-1.5 text-sm"
          >
            {FILLABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {inputLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!selection || isBusy}
          onClick={async () => {
            if (!selection) return;
            setBusy(true);
            try {
              await onUse(field, selection);
            } finally {
              setBusy(false);
            }
          }}
          className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-50"
        >
          Use selected words
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-xs text-slate-700">
        {announcement}
      </p>
    </div>
  );
}
