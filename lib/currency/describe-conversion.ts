import { formatMoney, formatRate, formatRatePeriod } from "../format";
import type { DisplayCurrency } from "../schemas/deal-query";
import { quoteFor, sourcesOf } from "./exchange-rates";

type Converted = {
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  amountEur: number | null;
  fxPeriod: string | null;
};

/** The converted figure of a deal in the display currency, or null when it has none. */
export function convertedOf(deal: Converted, display: DisplayCurrency): number | null {
  return display === "USD" ? deal.amountUsd : deal.amountEur;
}

/**
 * The rate behind a converted figure in words: "at 353.54 HUF per US dollar,
 * 2023 average (ECB)". Null when the amount is already in the display currency
 * or was not converted.
 */
export function describeRate(deal: Converted, display: DisplayCurrency): string | null {
  if (!deal.currency || !deal.fxPeriod || deal.currency === display) return null;
  const quote = quoteFor(deal.currency, deal.fxPeriod);
  if (!quote) return null;
  const rate = display === "USD" ? quote.perUsd : quote.perEur;
  const unit = display === "USD" ? "US dollar" : "euro";
  return `at ${formatRate(rate)} ${deal.currency} per ${unit}, ${formatRatePeriod(deal.fxPeriod)} (${sourcesOf(deal.currency, deal.fxPeriod)})`;
}

/** "≈ $2.6B at 353.27 HUF per US dollar, 2023 average (OECD; EUR/USD IMF)", for a title or a line below the amount. */
export function describeConversion(deal: Converted, display: DisplayCurrency): string | null {
  const value = convertedOf(deal, display);
  if (deal.amount === null) return null;
  if (value === null) return `no ${display} figure: no ${deal.currency ?? ""} rate for its date in the shipped rates`;
  const rate = describeRate(deal, display);
  return rate ? `≈ ${formatMoney(value, display)} ${rate}` : null;
}

/** The rates in a sentence, for the note under the totals. */
export const RATES_NOTE =
  "annual averages of published rates: the ECB's reference rates for 2024 and for the euro–dollar rate; for other currencies in 2015–2023 the IMF's, the Federal Reserve's or the OECD's, named beside each converted figure";
