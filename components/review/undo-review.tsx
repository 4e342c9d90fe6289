import { ActionButton } from "@/components/ui/action-button";
import type { FormAction } from "@/lib/form-state";

/** Takes back the verify or reject just done: the deal returns to the queue (key U). */
export function UndoReview({ dealId, next, action }: { dealId: number; next: string; action: FormAction }) {
  return <ActionButton formId="review-undo" action={action} fields={{ dealId, next }} label="Undo" keyShortcut="U" />;
}
