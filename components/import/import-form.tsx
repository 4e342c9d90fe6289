"use client";

import { useRef, useState, useTransition } from "react";
import { NO_MESSAGE, type ActionState, type FormAction } from "@/lib/form-state";
import type { ImportOutcome } from "@/lib/importer/import-article";
import { ImportOutcomeList } from "./import-outcome-list";
import { ChosenFileList, type ChosenFile } from "./chosen-file-list";

type ImportExtra = {
  outcomes: ImportOutcome[];
  // what the user typed, so a refused submission keeps the form filled (the chosen
  // files stay in the browser: the form never clears them on its own)
  values: { text: string; published: string; source: string; urls: string };
};
export type ImportFormState = ActionState<ImportExtra>;

const INITIAL: ImportFormState = {
  ...NO_MESSAGE,
  outcomes: [],
  values: { text: "", published: "", source: "", urls: "" },
};

export type ImportLimits = { maxFileBytes: number; maxRequestBytes: number; maxFiles: number };

type Props = { action: FormAction<ImportExtra>; limits: ImportLimits };

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {messages.join("; ")}
    </p>
  );
}

/** What is over a limit in the chosen files, said before anything is sent; null when all is within. */
function overLimit(files: ChosenFile[], limits: ImportLimits): string | null {
  if (files.length > limits.maxFiles)
    return `${files.length} files are chosen; the limit is ${limits.maxFiles} per upload. Remove some, or import the rest in another upload.`;
  const big = files.filter((f) => f.file.size > limits.maxFileBytes);
  if (big.length)
    return `${big.map((f) => `${f.file.name} (${mb(f.file.size)})`).join(", ")} ${big.length === 1 ? "is" : "are"} over the ${mb(limits.maxFileBytes)} limit per file. Remove ${big.length === 1 ? "it" : "them"} to import the others.`;
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  if (total > limits.maxRequestBytes)
    return `The chosen files add up to ${mb(total)}; the limit is ${mb(limits.maxRequestBytes)} per upload. Import them in several uploads.`;
  return null;
}

let nextKey = 1;

export function ImportForm({ action, limits }: Props) {
  const [state, setState] = useState(INITIAL);
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [isPending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors;

  const addFiles = (list: FileList | null) => {
    const added = Array.from(list ?? []).map((file) => ({ key: nextKey++, file }));
    setFiles((current) => [...current, ...added]);
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problem = overLimit(files, limits);
    if (problem) {
      setState((s) => ({ ...s, outcomes: [], message: problem, fieldErrors: { file: [problem] } }));
      return;
    }
    const data = new FormData(form);
    data.delete("file");
    for (const f of files) data.append("file", f.file, f.file.name);
    startTransition(async () => {
      try {
        const next = await action(state, data);
        setState(next);
        // Imported and known files leave the list; refused ones stay to be removed or fixed.
        const stored = new Set(next.outcomes.filter((o) => o.status !== "refused").map((o) => o.label));
        setFiles((current) => current.filter((f) => !stored.has(f.file.name)));
        if (next.values.text === "" && formRef.current) formRef.current.text.value = "";
        if (next.values.urls === "" && formRef.current) formRef.current.urls.value = "";
      } catch {
        // The request failed on its way (connection, server limit): everything chosen and typed stays.
        setState((s) => ({
          ...s,
          outcomes: [],
          message:
            "The upload did not reach the importer (the connection dropped or the server refused its size). Nothing was lost here: try again, or send fewer files at once.",
        }));
      }
    });
  };

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        {state.message && (
          <p role="alert" className="rounded bg-red-50 p-2 text-red-900">
            {state.message}
          </p>
        )}
        <div className="space-y-1">
          <label htmlFor="file" className="block font-medium">
            Article files
          </label>
          <input
            id="file"
            type="file"
            multiple
            onChange={(e) => {
              addFiles(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
            accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="file-help file-error"
            className="block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1.5"
          />
          <p id="file-help" className="text-sm text-slate-600">
            Saved web pages (.html), PDF, Word (.docx), .txt or .md; up to {mb(limits.maxFileBytes)} each,{" "}
            {limits.maxFiles} files and {mb(limits.maxRequestBytes)} per upload. Choose more to add them to the list.
          </p>
          <FieldError id="file-error" messages={errors.file} />
          <ChosenFileList
            files={files}
            errors={errors}
            onRemove={(key) => setFiles((current) => current.filter((f) => f.key !== key))}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="urls" className="block font-medium">
            Or paste links
          </label>
          <textarea
            id="urls"
            name="urls"
            rows={2}
            defaultValue={state.values.urls}
            placeholder="https://… (one per line)"
            aria-invalid={errors.urls ? true : undefined}
            aria-describedby="urls-help urls-error"
            className="block w-full rounded border border-slate-300 p-2"
          />
          <p id="urls-help" className="text-sm text-slate-600">
            Each page is fetched and its article imported.
          </p>
          <FieldError id="urls-error" messages={errors.urls} />
        </div>
        <div className="space-y-1">
          <label htmlFor="text" className="block font-medium">
            Or paste an article
          </label>
          <textarea
            id="text"
            name="text"
            rows={8}
            defaultValue={state.values.text}
            className="block w-full rounded border border-slate-300 p-2"
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="published" className="block font-medium">
              Publication date (optional)
            </label>
            <input
              id="published"
              name="published"
              type="text"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              defaultValue={state.values.published}
              aria-invalid={errors.published ? true : undefined}
              aria-describedby="published-help published-error"
              className="block w-full rounded border border-slate-300 p-2"
            />
            <p id="published-help" className="text-sm text-slate-600">
              YYYY-MM-DD, YYYY-MM or YYYY. For pasted text; for files and links only when the page or text states no
              date.
            </p>
            <FieldError id="published-error" messages={errors.published} />
          </div>
          <div className="space-y-1">
            <label htmlFor="source" className="block font-medium">
              Source URL (optional)
            </label>
            <input
              id="source"
              name="source"
              type="text"
              placeholder="https://…"
              defaultValue={state.values.source}
              aria-invalid={errors.source ? true : undefined}
              aria-describedby="source-error"
              className="block w-full rounded border border-slate-300 p-2"
            />
            <FieldError id="source-error" messages={errors.source} />
          </div>
        </div>
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {isPending ? "Importing…" : "Import"}
        </button>
      </form>
      <ImportOutcomeList outcomes={state.outcomes} />
    </div>
  );
}
