import type { YearStatus } from "@/lib/data/summarize-deals";
import { labelOf } from "@/lib/format";
import { DEAL_STATUSES } from "@/lib/schemas/deal";

export type YearMeasure = { label: string; valueOf: (y: YearStatus) => number; format: (n: number) => string };

const COLORS: Record<string, string> = {
  announced: "bg-blue-600",
  proposed: "bg-amber-500",
  completed: "bg-emerald-600",
};

/**
 * Deals by year, each bar split by status: plain elements, no script. The legend
 * names the colours; each segment's figure is in its tooltip and the table view.
 */
export function StatusTimeSeries({
  rows,
  measure,
  hrefFor,
}: {
  rows: YearStatus[];
  measure: YearMeasure;
  hrefFor: (year: string) => string;
}) {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const value = (year: string, status: string) =>
    rows.filter((r) => r.year === year && r.status === status).reduce((n, r) => n + measure.valueOf(r), 0);
  const totals = new Map(years.map((y) => [y, DEAL_STATUSES.reduce((n, s) => n + value(y, s), 0)]));
  const max = Math.max(1, ...totals.values());
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-700">By year and status ({measure.label})</figcaption>
      <p className="flex flex-wrap gap-3 text-xs" aria-hidden="true">
        {DEAL_STATUSES.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded-sm ${COLORS[s]}`} />
            {labelOf(s)}
          </span>
        ))}
      </p>
      {years.length === 0 ? (
        <p className="text-sm text-slate-600">No dated deals in this filter.</p>
      ) : (
        <ul className="space-y-1 text-xs">
          {years.map((y) => (
            <li key={y} className="grid grid-cols-[3rem_1fr_5.5rem] items-center gap-2">
              <a href={hrefFor(y)} className="text-blue-700 hover:underline">
                {y}
              </a>
              <span className="flex h-3 overflow-hidden rounded-sm bg-slate-100" aria-hidden="true">
                {DEAL_STATUSES.map((s) => {
                  const v = value(y, s);
                  return v > 0 ? (
                    <span
                      key={s}
                      className={COLORS[s]}
                      style={{ width: `${(v / max) * 100}%` }}
                      title={`${y}, ${labelOf(s)}: ${measure.format(v)}`}
                    />
                  ) : null;
                })}
              </span>
              <span className="text-right tabular-nums">{measure.format(totals.get(y) ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
