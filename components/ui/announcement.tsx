"use client";

import { useEffect, useRef } from "react";

/**
 * A message that appears after a navigation ("Saved.") and is read out: it is put
 * into the live region after the page shows (a region born with its text is
 * often not announced) and takes the focus, so the next Tab starts from it.
 */
export function Announcement({ message, className }: { message: string; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // written into the DOM, not through state: React renders the empty region, this fills it
    if (!ref.current) return;
    ref.current.textContent = message;
    ref.current.focus();
  }, [message]);
  return <p ref={ref} role="status" tabIndex={-1} className={className} />;
}
