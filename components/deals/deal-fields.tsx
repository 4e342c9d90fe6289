import type { DealDetailDto } from "@/lib/data/get-deal-by-id";
import { describeConversion } from "@/lib/currency/describe-conversion";
import { countryName, formatExactAmount, formatPartialDate, labelOf } from "@/lib/format";

type Row = { field: string; label: string; value: React.ReactNode };

function rows(deal: DealDetailDto): Row[] {
  return [
    { field: "investor", label: "Investor", value: deal.investor },
    { field: "via", label: "Via", value: deal.via ?? "—" },
    { field: "investorCountry", label: "Investor country", value: deal.investorCountry ? countryName(deal.investorCountry) : "—" },
    { field: "targetCountry", label: "Target country", value: countryName(deal.targetCountry) },
    { field: "amount", label: "Amount", value: <>{formatExactAmount(deal.amount, deal.currency)}{deal.amountText && <span className="block text-xs text-slate-600">as written: “{deal.amountText}”</span>}
      {(["USD", "EUR"] as const).map((c) => { const text = describeConversion(deal, c); return text && <span key={c} className="block text-xs text-slate-600">{text}</span>; })}</> },
    { field: "facilities", label: "Facilities", value: deal.facilities.length ? (
      <ul>{deal.facilities.map((f, i) => <li key={i}>{labelOf(f.type)}{f.city ? `, ${f.city}` : ""}{f.name ? ` (${f.name})` : ""}</li>)}</ul>
    ) : "—" },
    { field: "announcedOn", label: "Announced", value: formatPartialDate(deal.announcedOn) },
    { field: "status", label: "Status", value: deal.status },
    { field: "kind", label: "Kind", value: labelOf(deal.kind) },
    { field: "stakePercent", label: "Stake", value: deal.stakePercent === null ? "—" : `${deal.stakePercent} %` },
    { field: "partners", label: "Partners", value: deal.partners.length ? deal.partners.join(", ") : "—" },
  ];
}

/**
 * The deal's fields; a field with evidence is a button that marks its words in the
 * source text (see EvidenceExplorer).
 */
export function DealFields({ deal }: { deal: DealDetailDto }) {
  const withEvidence = new Set(deal.sources.flatMap((s) => s.evidence.map((e) => e.field)));
  return (
    <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows(deal).map((r) => (
        <div key={r.field} className="grid grid-cols-3 gap-2 px-3 py-2 text-sm">
          <dt className="text-slate-600">
            {withEvidence.has(r.field) ? (
              <button type="button" data-evidence-field={r.field} className="text-left text-blue-700 underline decoration-dotted underline-offset-2 hover:decoration-solid"
                aria-label={`${r.label}: show its words in the article`}>
                {r.label}
              </button>
            ) : r.label}
          </dt>
          <dd className="col-span-2">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
