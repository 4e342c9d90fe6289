import { convertedOf, describeRate } from "@/lib/currency/describe-conversion";
import type { DealDto } from "@/lib/data/deal-dto";
import { formatAmount, formatExactAmount, formatMoney } from "@/lib/format";
import type { DisplayCurrency } from "@/lib/schemas/deal-query";

/**
 * A deal's amount as the article gave it and, below it, its equivalent in the
 * display currency with the rate and its date (in the tooltip and for screen
 * readers). Amounts already in the display currency need no second line.
 */
export function AmountCell({ deal, display }: { deal: DealDto; display: DisplayCurrency }) {
  const converted = convertedOf(deal, display);
  const rate = describeRate(deal, display);
  return (
    <>
      <span title={formatExactAmount(deal.amount, deal.currency)}>{formatAmount(deal.amount, deal.currency)}</span>
      {deal.amount !== null &&
        deal.currency !== display &&
        (converted === null ? (
          <span className="block text-xs text-slate-600">no {display} rate</span>
        ) : (
          <span className="block text-xs text-slate-600" title={rate ?? undefined}>
            ≈ {formatMoney(converted, display)}
            <span className="sr-only"> {rate}</span>
          </span>
        ))}
    </>
  );
}
