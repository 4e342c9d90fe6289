import { restoreRevisionAction } from "@/app/deals/[dealId]/actions";
import { ActionButton } from "@/components/ui/action-button";
import type { RevisionDto } from "@/lib/data/get-deal-by-id";

/** For RevisionList's renderActions: bring back the deal as it was after this revision. */
export function RestoreRevisionButton({ dealId, revision }: { dealId: number; revision: RevisionDto }) {
  return (
    <div className="mt-2">
      <ActionButton action={restoreRevisionAction} fields={{ dealId, revisionId: revision.id }} label={`Restore version ${revision.version}`} pendingLabel="Restoring…" />
    </div>
  );
}
