import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import type { SavedViewDto } from "@/lib/data/saved-views";
import type { FormAction } from "@/lib/form-state";
import { SaveViewForm, type SaveViewValues } from "./save-view-form";

type Props = {
  views: SavedViewDto[];
  query: string;
  saveAction: FormAction<SaveViewValues>;
  deleteAction: FormAction;
};

/**
 * A logged-in user's named filters: each a plain /deals link (copy it to share the
 * view), with a way to save the current one and to delete old ones.
 */
export function SavedViews({ views, query, saveAction, deleteAction }: Props) {
  return (
    <section
      aria-labelledby="saved-views-heading"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <h2 id="saved-views-heading" className="font-semibold text-slate-700">
        Your saved views
      </h2>
      {views.length === 0 ? (
        <p className="text-slate-600">None yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {views.map((v) => (
            <li key={v.id} className="inline-flex items-center gap-1">
              <Link href={v.href} className="text-blue-700 underline">
                {v.name}
              </Link>
              <ActionButton
                action={deleteAction}
                fields={{ viewId: v.id }}
                label="Delete"
                pendingLabel="Deleting…"
                className="rounded px-1 text-xs text-slate-600 underline hover:text-red-800"
              />
            </li>
          ))}
        </ul>
      )}
      <SaveViewForm action={saveAction} query={query} />
    </section>
  );
}
