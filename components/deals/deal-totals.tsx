import { RATES_NOTE } from "@/lib/currency/describe-conversion";
import type { DealSummary } from "@/lib/data/summarize-deals";
import { formatAmount, formatExactAmount, formatMoney } from "@/lib/format";
import type { DisplayCurrency } from "@/lib/schemas/deal-query";

/**
 * Totals of the current filter: the sum in the display currency (each deal at the
 * rate of its own announcement date) and, for checking, each original currency's sum.
 */
export function DealTotals({ summary, display }: { summary: DealSummary; display: DisplayCurrency }) {
  const total = display === "USD" ? summary.converted.usd : summary.converted.eur;
  return (
    <div className="space-y-1 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      <dl aria-label="Totals" className="flex flex-wrap gap-x-6 gap-y-2">
        <div>
          <dt className="text-xs text-slate-600">Deals</dt>
          <dd className="text-lg font-semibold tabular-nums">{summary.total.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">
            Total in {display} ({summary.converted.converted.toLocaleString("en")} deals)
          </dt>
          <dd className="text-lg font-semibold tabular-nums" title={formatExactAmount(total, display)}>
            {formatMoney(total, display)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Without an amount</dt>
          <dd className="text-lg font-semibold tabular-nums">{summary.withoutAmount.toLocaleString("en")}</dd>
        </div>
        {summary.withoutRate > 0 && (
          <div>
            <dt className="text-xs text-slate-600">Amount without a {display} rate</dt>
            <dd className="text-lg font-semibold tabular-nums">{summary.withoutRate.toLocaleString("en")}</dd>
          </div>
        )}
      </dl>
      {summary.isStale && (
        <p className="text-xs text-slate-600">
          These figures are from just before the latest change and are being updated: reload in a moment.
        </p>
      )}
      {summary.sums.length > 0 && (
        <details className="text-xs text-slate-700">
          <summary className="cursor-pointer text-blue-700">In the original currencies</summary>
          <ul className="mt-1 flex flex-wrap gap-x-4">
            {summary.sums.map((s) => (
              <li key={s.currency} title={formatExactAmount(s.amount, s.currency)}>
                {formatAmount(s.amount, s.currency)} ({s.count.toLocaleString("en")} deals)
              </li>
            ))}
          </ul>
          <p className="mt-1">
            Each deal is converted at the average rate of its announcement&apos;s month or year ({RATES_NOTE}). A
            currency the rates do not hold, or a date before 2015, gives no {display} figure: such deals are counted
            apart, not guessed.
          </p>
        </details>
      )}
    </div>
  );
}
