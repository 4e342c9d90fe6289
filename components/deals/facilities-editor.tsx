import { FACILITY_TYPES } from "@/lib/schemas/deal";
import type { DealFormValues } from "@/lib/schemas/deal-form";

type Facility = DealFormValues["facilities"][number];
type Props = { facilities: Facility[]; onChange: (facilities: Facility[]) => void; errors: Record<string, string[]> };

const INPUT = "block w-full rounded border border-slate-300 p-1.5 text-sm";

/** The deal's facilities: one row each (type, city, name), added and removed with real buttons. */
export function FacilitiesEditor({ facilities, onChange, errors }: Props) {
  const set = (i: number, patch: Partial<Facility>) =>
    onChange(facilities.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">Facilities</legend>
      {facilities.length === 0 && <p className="text-sm text-slate-600">No facility named.</p>}
      {facilities.map((f, i) => {
        const error = [
          ...(errors[`facilities.${i}.type`] ?? []),
          ...(errors[`facilities.${i}.city`] ?? []),
          ...(errors[`facilities.${i}.name`] ?? []),
        ];
        return (
          <div
            key={i}
            role="group"
            aria-label={`Facility ${i + 1}`}
            className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2"
          >
            <label className="text-xs">
              Type
              <select value={f.type} onChange={(e) => set(i, { type: e.target.value })} className={INPUT}>
                {FACILITY_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {t.replace(/_/g, " ")}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-xs">
              City
              <input value={f.city} onChange={(e) => set(i, { city: e.target.value })} className={INPUT} />
            </label>
            <label className="text-xs">
              Name
              <input value={f.name} onChange={(e) => set(i, { name: e.target.value })} className={INPUT} />
            </label>
            <button
              type="button"
              onClick={() => onChange(facilities.filter((_, j) => j !== i))}
              className="rounded border border-slate-300 px-2 py-1.5 text-sm hover:bg-slate-100"
            >
              Remove facility {i + 1}
            </button>
            {error.length > 0 && <p className="col-span-4 text-sm text-red-800">{error.join("; ")}</p>}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...facilities, { type: "factory", city: "", name: "" }])}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
      >
        Add a facility
      </button>
    </fieldset>
  );
}
