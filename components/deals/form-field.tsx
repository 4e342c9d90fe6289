type Props = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  help?: string;
  evidence?: string;
  multiline?: boolean;
  options?: readonly string[];
  inputMode?: "text" | "decimal";
};

const INPUT = "block w-full rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-700";

/** One labelled input of the deal form, with its help, its evidence words and its errors wired to it. */
export function FormField({
  name,
  label,
  value,
  onChange,
  errors,
  help,
  evidence,
  multiline,
  options,
  inputMode,
}: Props) {
  const id = `field-${name}`;
  const described =
    [help && `${id}-help`, evidence && `${id}-evidence`, errors?.length && `${id}-error`].filter(Boolean).join(" ") ||
    undefined;
  const common = {
    id,
    name,
    value,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": described,
    className: INPUT,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {options ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {help && (
        <p id={`${id}-help`} className="text-xs text-slate-600">
          {help}
        </p>
      )}
      {evidence && (
        <p id={`${id}-evidence`} className="text-xs text-amber-900">
          Evidence: “{evidence}”
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join("; ")}
        </p>
      ) : null}
    </div>
  );
}
