import Link from "next/link";
import type { DealDto } from "@/lib/data/deal-dto";
import { countryName, formatPartialDate, labelOf } from "@/lib/format";
import type { DisplayCurrency } from "@/lib/schemas/deal-query";
import { AmountCell } from "./amount-cell";
import { SortHeader, type SortLinks } from "./sort-header";

type Props = {
  deals: DealDto[];
  caption: string;
  sort?: SortLinks;
  display?: DisplayCurrency;
  // where a deal's link goes: /deals/<id> with the list it came from, so "← Deals" returns to it
  dealHref?: (id: number) => string;
};

/**
 * Deals as a table; with `sort`, the column headers are links that sort the list on
 * the server. The amount column sorts by the dollar figure, so currencies compare.
 */
export function DealTable({ deals, caption, sort, display = "USD", dealHref = (id) => `/deals/${id}` }: Props) {
  const th = (label: string, column?: Parameters<typeof SortHeader>[0]["column"], align?: "right") =>
    sort && column ? (
      <SortHeader label={label} column={column} sort={sort} align={align} />
    ) : (
      <th scope="col" className={`px-3 py-2 ${align === "right" ? "text-right" : ""}`}>
        {label}
      </th>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {th("Investor", "investor")}
            {th("Target country", "targetCountry")}
            {th("Amount", "amountUsd", "right")}
            {th("Facilities")}
            {th("Announced", "announcedOn")}
            {th("Status", "status")}
            {th("Sources", "sourceCount", "right")}
            {sort && th("Kind", "kind")}
            {sort && th("Review", "reviewState")}
          </tr>
        </thead>
        <tbody>
          {deals.map((d) => (
            <tr key={d.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={dealHref(d.id)} className="font-medium text-blue-700 hover:underline">
                  {d.investor}
                </Link>
                {d.via && <span className="block text-xs text-slate-500">via {d.via}</span>}
              </td>
              <td className="px-3 py-2">{countryName(d.targetCountry)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                <AmountCell deal={d} display={display} />
              </td>
              <td className="px-3 py-2">
                {d.facilities.length === 0
                  ? "—"
                  : d.facilities.map((f) => `${labelOf(f.type)}${f.city ? ` (${f.city})` : ""}`).join(", ")}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatPartialDate(d.announcedOn)}</td>
              <td className="px-3 py-2">{d.status}</td>
              <td className="px-3 py-2 text-right tabular-nums">{d.sourceCount}</td>
              {sort && <td className="px-3 py-2">{labelOf(d.kind)}</td>}
              {sort && <td className="px-3 py-2">{d.reviewState}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
