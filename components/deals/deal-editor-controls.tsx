import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import type { DealDetailDto } from "@/lib/data/get-deal-by-id";
import type { FormAction } from "@/lib/form-state";

/** The page's server actions behind the editor's buttons. */
export type DealEditorActions = { verify: FormAction; reject: FormAction; delete: FormAction; undelete: FormAction };

type Props = { deal: DealDetailDto; actions: DealEditorActions; editHref?: string };

/** An editor's buttons on the deal page; viewers never get this component. */
export function DealEditorControls({ deal, actions, editHref = `/deals/${deal.id}/edit` }: Props) {
  const fields = { dealId: deal.id };
  // a merged deal comes back with its sources through "Undo merge" in the history, not here
  if (deal.deletedAt && deal.mergedIntoId) return null;
  if (deal.deletedAt) {
    return (
      <div
        role="status"
        className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-red-950"
      >
        <span>This deal was deleted: it is hidden from lists, search and exports.</span>
        <ActionButton action={actions.undelete} fields={fields} label="Undo delete" />
      </div>
    );
  }
  return (
    <div role="group" aria-label="Editor actions" className="flex flex-wrap items-start gap-2">
      <Link
        href={editHref}
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
      >
        Edit deal
      </Link>
      {deal.reviewState !== "verified" && <ActionButton action={actions.verify} fields={fields} label="Verify" />}
      {deal.reviewState !== "rejected" && <ActionButton action={actions.reject} fields={fields} label="Reject" />}
      <ActionButton action={actions.delete} fields={fields} label="Delete" />
    </div>
  );
}
