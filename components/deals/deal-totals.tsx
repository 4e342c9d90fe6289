import type { DealSummary } from "@/lib/data/summarize-deals";
import { formatAmount, formatExactAmount } from "@/lib/format";

/** Totals of the current filter: each currency summed on its own, never converted. */
export function DealTotals({ summary }: { summary: DealSummary }) {
  return (
    <dl aria-label="Totals" className="flex flex-wrap gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      <div><dt className="text-xs text-slate-500">Deals</dt><dd className="text-lg font-semibold tabular-nums">{summary.total.toLocaleString("en")}</dd></div>
      {summary.sums.map((s) => (
        <div key={s.currency}>
          <dt className="text-xs text-slate-500">Sum in {s.currency} ({s.count.toLocaleString("en")} deals)</dt>
          <dd className="text-lg font-semibold tabular-nums" title={formatExactAmount(s.amount, s.currency)}>{formatAmount(s.amount, s.currency)}</dd>
        </div>
      ))}
      <div><dt className="text-xs text-slate-500">Without an amount</dt><dd className="text-lg font-semibold tabular-nums">{summary.withoutAmount.toLocaleString("en")}</dd></div>
      {summary.isStale && <p className="basis-full text-xs text-slate-600">These counts are from just before the latest change and are being updated: reload in a moment.</p>}
    </dl>
  );
}
