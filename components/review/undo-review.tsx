import { reopenDealAction } from "@/app/deals/[dealId]/actions";
import { ActionButton } from "@/components/ui/action-button";

/** Takes back the verify or reject just done: the deal returns to the queue (key U). */
export function UndoReview({ dealId, next }: { dealId: number; next: string }) {
  return <ActionButton formId="review-undo" action={reopenDealAction} fields={{ dealId, next }} label="Undo" keyShortcut="U" />;
}
