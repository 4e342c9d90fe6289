import { segmentText, type Span } from "@/lib/highlight";

/**
 * An article's text with evidence spans marked. Rendered as React text nodes, so
 * whatever the article contains is shown as text, never interpreted as HTML.
 */
export function HighlightedText({
  text,
  spans,
  activeKeys = [],
}: {
  text: string;
  spans: Span[];
  activeKeys?: string[];
}) {
  const segments = segmentText(text, spans);
  return (
    <div className="whitespace-pre-wrap break-words leading-relaxed">
      {segments.map((s) =>
        s.keys.length === 0 ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark
            key={s.start}
            className="evidence"
            data-keys={s.keys.join(" ")}
            data-active={s.keys.some((k) => activeKeys.includes(k)) ? "true" : undefined}
            title={`evidence: ${s.keys.join(", ")}`}
          >
            {s.text}
          </mark>
        ),
      )}
    </div>
  );
}
