import { DEAL_KINDS, DEAL_STATUSES } from "@/lib/schemas/deal";
import type { DealFormValues } from "@/lib/schemas/deal-form";
import { FacilitiesEditor } from "./facilities-editor";
import { FormField } from "./form-field";

type Props = {
  values: DealFormValues;
  onChange: (patch: Partial<DealFormValues>) => void;
  errors: Record<string, string[]>;
  evidenceText: (field: string) => string | undefined;
};

type TextKey = Exclude<keyof DealFormValues, "facilities" | "status" | "kind" | "partners">;

const TEXT_FIELDS: { key: TextKey; label: string; help?: string; numeric?: boolean }[] = [
  { key: "investor", label: "Investor" },
  { key: "via", label: "Via (subsidiary or vehicle)" },
  { key: "investorCountry", label: "Investor country", help: "two-letter code, e.g. CN" },
  { key: "targetCountry", label: "Target country", help: "two-letter code, e.g. TR" },
  { key: "amount", label: "Amount", help: "in units of the currency, e.g. 450000000", numeric: true },
  { key: "currency", label: "Currency", help: "three-letter code, e.g. USD" },
  { key: "amountText", label: "Amount as written" },
  { key: "announcedOn", label: "Announced on", help: "YYYY, YYYY-MM or YYYY-MM-DD" },
  { key: "stakePercent", label: "Stake (%)", numeric: true },
];

/** Every field of a deal (see SPEC.md), each labelled, with its errors and new evidence. */
export function DealFormFields({ values, onChange, errors, evidenceText }: Props) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {TEXT_FIELDS.map((f) => (
        <FormField key={f.key} name={f.key} label={f.label} help={f.help} value={values[f.key]} inputMode={f.numeric ? "decimal" : undefined}
          onChange={(v) => onChange({ [f.key]: v })} errors={errors[f.key]} evidence={evidenceText(f.key)} />
      ))}
      <FormField name="status" label="Status" value={values.status} options={DEAL_STATUSES} onChange={(v) => onChange({ status: v })} errors={errors.status} />
      <FormField name="kind" label="Kind" value={values.kind} options={DEAL_KINDS} onChange={(v) => onChange({ kind: v })} errors={errors.kind} />
      <FormField name="partners" label="Partners" help="one per line" multiline value={values.partners}
        onChange={(v) => onChange({ partners: v })} errors={errors.partners ?? errors["partners.0"]} evidence={evidenceText("partners")} />
      <FacilitiesEditor facilities={values.facilities} onChange={(facilities) => onChange({ facilities })} errors={errors} />
    </div>
  );
}
