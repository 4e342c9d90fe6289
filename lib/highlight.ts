export type Span = { start: number; end: number; key: string };
export type Segment = { text: string; start: number; keys: string[] };

/**
 * Cuts a text at every span boundary, so overlapping evidence spans can be shown
 * as flat <mark>s; each segment lists the keys of the spans that cover it.
 */
export function segmentText(text: string, spans: Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const keys = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    segments.push({ text: text.slice(start, end), start, keys: [...new Set(keys)] });
  }
  return segments;
}
