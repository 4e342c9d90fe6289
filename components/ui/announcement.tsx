"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A message that appears after a navigation ("Saved.") and is read out: it is put
 * into the live region after the page shows (a region born with its text is
 * often not announced) and takes the focus, so the next Tab starts from it.
 */
export function Announcement({ message, className }: { message: string; className?: string }) {
  const [text, setText] = useState("");
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    setText(message);
    ref.current?.focus();
  }, [message]);
  return <p ref={ref} role="status" tabIndex={-1} className={className}>{text}</p>;
}
