import type { DealDetailDto } from "@/lib/data/get-deal-by-id";
import { describeConversion } from "@/lib/currency/describe-conversion";
import { formatFieldValue } from "@/lib/deals/field-labels";
import { DEAL_FIELD_LABELS } from "@/lib/deals/field-names";
import { formatExactAmount, labelOf } from "@/lib/format";
import { DEAL_FIELDS, type DealField } from "@/lib/schemas/deal";

type Row = { field: string; label: string; value: React.ReactNode };

// shown inside the amount's row
const WITH_AMOUNT: DealField[] = ["currency", "amountText"];

/** How a field reads on the deal page where the plain value (formatFieldValue) is not enough. */
function special(deal: DealDetailDto, field: DealField): React.ReactNode | undefined {
  switch (field) {
    case "amount":
      return (
        <>
          {formatExactAmount(deal.amount, deal.currency)}
          {deal.amountText && <span className="block text-xs text-slate-600">as written: “{deal.amountText}”</span>}
          {(["USD", "EUR"] as const).map((c) => {
            const text = describeConversion(deal, c);
            return (
              text && (
                <span key={c} className="block text-xs text-slate-600">
                  {text}
                </span>
              )
            );
          })}
        </>
      );
    case "facilities":
      return deal.facilities.length ? (
        <ul>
          {deal.facilities.map((f, i) => (
            <li key={i}>
              {labelOf(f.type)}
              {f.city ? `, ${f.city}` : ""}
              {f.name ? ` (${f.name})` : ""}
            </li>
          ))}
        </ul>
      ) : (
        "—"
      );
    case "status":
      return deal.status;
    case "partners":
      return deal.partners.length ? deal.partners.join(", ") : "—";
  }
}

/** Every field of the deal contract, in its order. */
function rows(deal: DealDetailDto): Row[] {
  return DEAL_FIELDS.filter((f) => !WITH_AMOUNT.includes(f)).map((field) => ({
    field,
    label: DEAL_FIELD_LABELS[field],
    value: special(deal, field) ?? formatFieldValue(field, deal[field]),
  }));
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
              <button
                type="button"
                data-evidence-field={r.field}
                className="text-left text-blue-700 underline decoration-dotted underline-offset-2 hover:decoration-solid"
                aria-label={`${r.label}: show its words in the article`}
              >
                {r.label}
              </button>
            ) : (
              r.label
            )}
          </dt>
          <dd className="col-span-2">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
