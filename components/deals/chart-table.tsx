import type { DealSummary } from "@/lib/data/summarize-deals";
import { countryName, formatMoney, labelOf } from "@/lib/format";
import { DEAL_STATUSES } from "@/lib/schemas/deal";
import type { DisplayCurrency } from "@/lib/schemas/deal-query";

/** The numbers behind the map and the charts as tables: for screen readers, copying and checking. */
export function ChartTable({
  summary,
  display,
  countryHref,
}: {
  summary: DealSummary;
  display: DisplayCurrency;
  countryHref: (code: string) => string;
}) {
  const money = (usd: number, eur: number) => formatMoney(display === "USD" ? usd : eur, display);
  const years = [...new Set(summary.byYearStatus.map((r) => r.year))].sort();
  const cell = (year: string, status: string) =>
    summary.byYearStatus.find((r) => r.year === year && r.status === status);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-700">Show the map and chart figures as tables</summary>
      <div className="mt-2 grid gap-6 md:grid-cols-2">
        <table className="w-full text-left">
          <caption className="text-left font-semibold">By target country</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="text-right">
                Deals
              </th>
              <th scope="col" className="text-right">
                Total in {display}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.byCountry.map((b) => (
              <tr key={b.key} className="border-t border-slate-100">
                <th scope="row" className="font-normal">
                  <a href={countryHref(b.key)} className="text-blue-700 hover:underline">
                    {countryName(b.key)}
                  </a>
                </th>
                <td className="text-right tabular-nums">{b.count.toLocaleString("en")}</td>
                <td className="text-right tabular-nums">{money(b.usd, b.eur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full text-left">
          <caption className="text-left font-semibold">By year and status (deals; total in {display})</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {DEAL_STATUSES.map((s) => (
                <th key={s} scope="col" className="text-right">
                  {labelOf(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y} className="border-t border-slate-100">
                <th scope="row" className="font-normal">
                  {y}
                </th>
                {DEAL_STATUSES.map((s) => {
                  const c = cell(y, s);
                  return (
                    <td key={s} className="text-right tabular-nums">
                      {c ? `${c.count.toLocaleString("en")}; ${money(c.usd, c.eur)}` : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
