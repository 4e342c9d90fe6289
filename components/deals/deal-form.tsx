"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import type { SelectionFill } from "@/lib/deal-form-fill";
import type { DealFormExtra } from "@/lib/deal-form-input";
import { NO_MESSAGE, type FormAction } from "@/lib/form-state";
import { MAX_YEAR, MIN_YEAR } from "@/lib/schemas/deal";
import { toDealFormValues, type DealFormValues, type EvidenceSelection } from "@/lib/schemas/deal-form";
import { ConflictNotice } from "./conflict-notice";
import { DealFormFields } from "./deal-form-fields";
import { SelectableArticle, type TextSelection } from "./selectable-article";
import { SelectionFiller } from "./selection-filler";

export type SourceArticle = {
  id: number;
  title: string | null;
  text: string;
  publishedOn: string | null;
  language: string | null;
  evidence: { field: string; start: number; end: number }[];
};

type Props = {
  action: FormAction<DealFormExtra>;
  interpret: (
    field: string,
    text: string,
    language: string | null,
    published: string | null,
    current: string,
  ) => Promise<SelectionFill>;
  initial: DealFormValues;
  version: number;
  articles: SourceArticle[];
  submitLabel: string;
};

/**
 * The deal form beside its source text. Inputs are controlled, so a refused save keeps
 * everything typed; the whole form travels as one JSON field parsed by the shared schema.
 */
export function DealForm({ action, interpret, initial, version: startVersion, articles, submitLabel }: Props) {
  const [state, formAction, isPending] = useActionState(action, { ...NO_MESSAGE, conflict: null });
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(startVersion);
  const [evidence, setEvidence] = useState<EvidenceSelection[]>([]);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const onSelect = useCallback((s: TextSelection) => setSelection(s), []);
  const conflict = state.conflict && state.conflict.currentVersion !== version ? state.conflict : null;
  const formRef = useRef<HTMLFormElement>(null);
  // a year outside 1900–2100 the server asked about, while the date still has it
  const askYear =
    state.unusualYear && values.announcedOn.trim().startsWith(state.unusualYear) ? state.unusualYear : null;
  const [confirmedYear, setConfirmedYear] = useState<string | null>(null);

  // After a refused save, focus goes to the first field to correct (or the message),
  // so a keyboard or screen reader user lands where the work is.
  useEffect(() => {
    const form = formRef.current;
    if (!form || (!state.message && Object.keys(state.fieldErrors).length === 0)) return;
    const target =
      form.querySelector<HTMLElement>("[aria-invalid=true]") ?? form.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [state]);

  async function applySelection(field: string, s: TextSelection) {
    const article = articles.find((a) => a.id === s.articleId);
    const current = field === "partners" ? values.partners : "";
    const fill = await interpret(field, s.text, article?.language ?? null, article?.publishedOn ?? null, current);
    setValues((v) => ({ ...v, ...fill }));
    const evidenceField = field === "amountText" ? "amount" : field;
    setEvidence((e) => [
      ...e.filter((x) => x.field !== evidenceField || x.articleId !== s.articleId),
      { field: evidenceField, articleId: s.articleId, start: s.start, end: s.end },
    ]);
    setAnnouncement(`${Object.keys(fill).join(", ") || "nothing"} filled from “${s.text}”.`);
    setSelection(null);
  }

  function reapply() {
    if (!state.conflict) return;
    const theirs = toDealFormValues(state.conflict.current);
    const mine = values as Record<string, unknown>;
    const merged = Object.fromEntries(
      Object.entries(theirs).map(([k, t]) => [
        k,
        JSON.stringify(mine[k]) !== JSON.stringify((base as Record<string, unknown>)[k]) ? mine[k] : t,
      ]),
    ) as DealFormValues;
    setValues(merged);
    setBase(theirs);
    setVersion(state.conflict.currentVersion);
    setAnnouncement("Your changes were put on top of the current version: check them and save.");
  }

  const evidenceText = (field: string) => {
    const e = evidence.find((x) => x.field === field);
    return e ? articles.find((a) => a.id === e.articleId)?.text.slice(e.start, e.end) : undefined;
  };

  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <form ref={formRef} action={formAction} className="space-y-3 lg:col-span-2" aria-label="Deal">
        {state.message && !conflict && (
          <p role="alert" data-form-message tabIndex={-1} className="rounded bg-red-50 p-2 text-red-900">
            {state.message}
            {Object.keys(state.fieldErrors).length > 1 && ` (${Object.keys(state.fieldErrors).length} fields)`}
          </p>
        )}
        {conflict && <ConflictNotice conflict={conflict} onReapply={reapply} />}
        <input
          type="hidden"
          name="payload"
          value={JSON.stringify({
            values,
            version,
            evidence,
            confirmedYear: askYear && confirmedYear === askYear ? askYear : null,
          })}
        />
        <DealFormFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={state.fieldErrors}
          evidenceText={evidenceText}
        />
        {askYear && (
          <label className="flex items-start gap-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
            <input
              type="checkbox"
              className="mt-1"
              checked={confirmedYear === askYear}
              onChange={(e) => setConfirmedYear(e.target.checked ? askYear : null)}
            />
            <span>
              The year {askYear} is right (it is outside {MIN_YEAR}–{MAX_YEAR}): save it as written
            </span>
          </label>
        )}
        <p className="text-sm text-slate-600">Saving from version {version}.</p>
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {isPending ? "Saving…" : submitLabel}
        </button>
      </form>
      <section aria-label="Source text" className="space-y-3 lg:col-span-3">
        <SelectionFiller selection={selection} onUse={applySelection} announcement={announcement} />
        {articles.map((a) => (
          <article
            key={a.id}
            aria-label={`Source: ${a.title ?? `article ${a.id}`}`}
            className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
          >
            <h2 className="mb-2 font-medium">{a.title ?? `Article ${a.id}`}</h2>
            <SelectableArticle
              articleId={a.id}
              text={a.text}
              onSelect={onSelect}
              spans={[
                ...a.evidence.filter((e) => !evidence.some((n) => n.field === e.field && n.articleId === a.id)),
                ...evidence.filter((e) => e.articleId === a.id),
              ].map((e) => ({ start: e.start, end: e.end, key: e.field }))}
            />
          </article>
        ))}
      </section>
    </div>
  );
}
