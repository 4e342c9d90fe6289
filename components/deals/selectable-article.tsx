"use client";

import { useEffect, useRef } from "react";
import { segmentText, type Span } from "@/lib/highlight";

export type TextSelection = { articleId: number; start: number; end: number; text: string };

type Props = { articleId: number; text: string; spans: Span[]; onSelect: (selection: TextSelection) => void };

/** The offset in the article of a DOM boundary point inside one of our segments. */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>("[data-offset]");
  if (!segment) return null;
  return Number(segment.dataset.offset) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * An article's text (as text, never HTML) with its evidence marked; selecting words in
 * it reports their offsets (UTF-16, as the evidence spans count), trimmed of spaces.
 */
export function SelectableArticle({ articleId, text, spans, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const report = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount || !root.current) return;
      const range = selection.getRangeAt(0);
      if (!root.current.contains(range.startContainer) || !root.current.contains(range.endContainer)) return;
      let start = offsetOf(range.startContainer, range.startOffset);
      let end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null) return;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) onSelect({ articleId, start, end, text: text.slice(start, end) });
    };
    document.addEventListener("selectionchange", report);
    // words selected before the page became interactive count too
    report();
    return () => document.removeEventListener("selectionchange", report);
  }, [articleId, text, onSelect]);

  return (
    <div ref={root} data-selectable-text className="whitespace-pre-wrap break-words leading-relaxed">
      {segmentText(text, spans).map((s) =>
        s.keys.length === 0 ? (
          <span key={s.start} data-offset={s.start}>
            {s.text}
          </span>
        ) : (
          <mark
            key={s.start}
            data-offset={s.start}
            className="evidence"
            data-keys={s.keys.join(" ")}
            title={`evidence: ${s.keys.join(", ")}`}
          >
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
