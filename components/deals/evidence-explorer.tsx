"use client";

import { useState } from "react";

/**
 * Links a deal's fields to their words in the source text: hovering, focusing or
 * clicking an element with data-evidence-field marks that field's evidence (CSS in
 * globals.css keys on data-active-field); a click also scrolls to the first span.
 * The field list and the text are rendered on the server and passed as children.
 */
export function EvidenceExplorer({ children }: { children: React.ReactNode }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const fieldOf = (e: React.SyntheticEvent) =>
    (e.target as HTMLElement).closest<HTMLElement>("[data-evidence-field]")?.dataset.evidenceField ?? null;
  const active = hovered ?? pinned;

  return (
    <div
      className="evidence-root"
      data-active-field={active ?? undefined}
      onMouseOver={(e) => setHovered(fieldOf(e))}
      onMouseLeave={() => setHovered(null)}
      onFocus={(e) => setHovered(fieldOf(e))}
      onBlur={() => setHovered(null)}
      onClick={(e) => {
        const field = fieldOf(e);
        if (!field) return;
        const next = pinned === field ? null : field;
        setPinned(next);
        if (next)
          document
            .querySelector(`mark[data-keys~="${CSS.escape(next)}"]`)
            ?.scrollIntoView({ block: "center", behavior: "smooth" });
      }}
    >
      {children}
    </div>
  );
}
