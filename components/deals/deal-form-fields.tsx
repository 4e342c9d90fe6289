import { inputLabel } from "@/lib/deals/field-names";
import { DEAL_KINDS, DEAL_STATUSES } from "@/lib/schemas/deal";
import { DEAL_TEXT_FIELDS, isNumericField, type DealFormValues, type DealTextField } from "@/lib/schemas/deal-form";
import { FacilitiesEditor } from "./facilities-editor";
import { FormField } from "./form-field";

type Props = {
  values: DealFormValues;
  onChange: (patch: Partial<DealFormValues>) => void;
  errors: Record<string, string[]>;
  evidenceText: (field: string) => string | undefined;
};

// the fields with inputs of their own below (selects, one per line)
const OWN_INPUTS: DealTextField[] = ["status", "kind", "partners"];

const HELP: Partial<Record<DealTextField, string>> = {
  via: "subsidiary or vehicle",
  investorCountry: "two-letter code, e.g. CN",
  targetCountry: "two-letter code, e.g. TR",
  amount: "in units of the currency, e.g. 450000000",
  currency: "three-letter code, e.g. USD",
  announcedOn: "YYYY, YYYY-MM or YYYY-MM-DD",
};

/** A text input for every field of the deal contract that has no input of its own. */
const TEXT_FIELDS = DEAL_TEXT_FIELDS.filter((f) => !OWN_INPUTS.includes(f)).map((key) => ({
  key,
  label: inputLabel(key),
  help: HELP[key],
  numeric: isNumericField(key),
}));

/** Every field of a deal (see SPEC.md), each labelled, with its errors and new evidence. */
export function DealFormFields({ values, onChange, errors, evidenceText }: Props) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {TEXT_FIELDS.map((f) => (
        <FormField
          key={f.key}
          name={f.key}
          label={f.label}
          help={f.help}
          value={values[f.key]}
          inputMode={f.numeric ? "decimal" : undefined}
          onChange={(v) => onChange({ [f.key]: v })}
          errors={errors[f.key]}
          evidence={evidenceText(f.key)}
        />
      ))}
      <FormField
        name="status"
        label="Status"
        value={values.status}
        options={DEAL_STATUSES}
        onChange={(v) => onChange({ status: v })}
        errors={errors.status}
      />
      <FormField
        name="kind"
        label="Kind"
        value={values.kind}
        options={DEAL_KINDS}
        onChange={(v) => onChange({ kind: v })}
        errors={errors.kind}
      />
      <FormField
        name="partners"
        label="Partners"
        help="one per line"
        multiline
        value={values.partners}
        onChange={(v) => onChange({ partners: v })}
        errors={errors.partners ?? errors["partners.0"]}
        evidence={evidenceText("partners")}
      />
      <FacilitiesEditor
        facilities={values.facilities}
        onChange={(facilities) => onChange({ facilities })}
        errors={errors}
      />
    </div>
  );
}
