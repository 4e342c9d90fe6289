import { ActionButton } from "@/components/ui/action-button";
import type { RevisionDto } from "@/lib/data/get-deal-by-id";
import type { FormAction } from "@/lib/form-state";

/** For RevisionList's renderActions: bring back the deal as it was after this revision. */
export function RestoreRevisionButton({
  dealId,
  revision,
  action,
}: {
  dealId: number;
  revision: RevisionDto;
  action: FormAction;
}) {
  return (
    <div className="mt-2">
      <ActionButton
        action={action}
        fields={{ dealId, revisionId: revision.id }}
        label={`Restore version ${revision.version}`}
        pendingLabel="Restoring…"
      />
    </div>
  );
}
