/** One report of a deal as the timeline reads it. */
export type TimelineSource = {
  id: number;
  title: string | null;
  publishedOn: string | null;
  report: { status: string; announcedOn: string | null } | null;
};

export type TimelineEntry = {
  articleId: number;
  title: string;
  date: string | null;
  status: string | null;
  isStatusChange: boolean;
};

/**
 * The deal's reports in the order they appeared (publication date, else the date
 * the report gives, undated last), each marked where the status moved on from the
 * report before: "announced in March, opened in November", with the article behind each.
 */
export function timelineOf(sources: TimelineSource[]): TimelineEntry[] {
  const dated = sources.map((s) => ({ s, date: s.publishedOn ?? s.report?.announcedOn ?? null }));
  // plain code-point order: "~" sorts after every digit, so undated reports come last
  const key = (d: string | null) => d ?? "~";
  dated.sort((a, b) => (key(a.date) < key(b.date) ? -1 : key(a.date) > key(b.date) ? 1 : a.s.id - b.s.id));
  let previous: string | null = null;
  return dated.map(({ s, date }) => {
    const status = s.report?.status ?? null;
    const isStatusChange = status !== null && status !== previous;
    if (status !== null) previous = status;
    return { articleId: s.id, title: s.title ?? `Article ${s.id}`, date, status, isStatusChange };
  });
}
