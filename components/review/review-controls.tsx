"use client";

import { useEffect } from "react";
import { ActionButton } from "@/components/ui/action-button";
import type { FormAction } from "@/lib/form-state";

type Props = {
  dealId: number;
  skipHref: string;
  queueHref: string;
  verifyAction: FormAction;
  rejectAction: FormAction;
};

const KEYS: Record<string, string> = { v: "review-verify", r: "review-reject", u: "review-undo" };

/** Verify or reject with one click or one key (V, R; S skips); then the queue moves on. */
export function ReviewControls({ dealId, skipHref, queueHref, verifyAction, rejectAction }: Props) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        (e.target as HTMLElement).closest("input, textarea, select, [contenteditable]")
      )
        return;
      const key = e.key.toLowerCase();
      if (key === "s") {
        window.location.assign(skipHref);
        return;
      }
      const form = KEYS[key] && document.getElementById(KEYS[key]);
      if (form instanceof HTMLFormElement) {
        e.preventDefault();
        form.requestSubmit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [skipHref]);

  // After a verify, reject, skip or undo the button that had the focus is gone (or
  // disabled): the controls of the deal now shown take it, so the keyboard stays
  // in the queue. Runs after every render, and only when the focus was lost.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled) {
      document.querySelector<HTMLButtonElement>("#review-verify button")?.focus();
    }
  });

  // back to the queue, saying what was done so the page can announce it
  const doneHref = (done: "verified" | "rejected") =>
    `${queueHref}${queueHref.includes("?") ? "&" : "?"}done=${done}&deal=${dealId}`;
  return (
    <div role="group" aria-label="Review" aria-describedby="review-keys" className="flex flex-wrap items-start gap-2">
      <ActionButton
        formId="review-verify"
        action={verifyAction}
        fields={{ dealId, next: doneHref("verified") }}
        label="Verify"
        keyShortcut="V"
        className="rounded bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800"
      />
      <ActionButton
        formId="review-reject"
        action={rejectAction}
        fields={{ dealId, next: doneHref("rejected") }}
        label="Reject"
        keyShortcut="R"
        className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
      />
      <a
        href={skipHref}
        aria-keyshortcuts="S"
        className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
      >
        Skip
      </a>
      <p id="review-keys" className="w-full text-sm text-slate-600">
        Keyboard: <kbd>V</kbd> verify, <kbd>R</kbd> reject, <kbd>S</kbd> skip, <kbd>U</kbd> undo the last decision.
      </p>
    </div>
  );
}
