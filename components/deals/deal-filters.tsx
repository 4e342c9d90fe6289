import Link from "next/link";
import {
  DISPLAY_CURRENCIES,
  PAGE_SIZES,
  SORT_COLUMNS,
  SORT_LABELS,
  type DealQuery,
  type SortColumn,
} from "@/lib/schemas/deal-query";
import { InvestorInput } from "./investor-input";

function sortOptionLabel(sort: string): string {
  const isDescending = sort.startsWith("-");
  const label = SORT_LABELS[(isDescending ? sort.slice(1) : sort) as SortColumn];
  return `${label}, ${isDescending ? "descending ↓" : "ascending ↑"}`;
}

const LIST_KEYS = ["targetCountry", "status", "kind", "facility", "review"] as const;

const input = "w-full rounded border border-slate-300 px-2 py-1";

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-0.5">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** One of the form's number filters. */
type NumberSpec = {
  id: string;
  name: "amountUsdMin" | "amountUsdMax" | "sourcesMin" | "confidenceMin";
  label: string;
  min: number;
  max?: number;
  step: number | "any";
};

/** The form's number filters, in order. */
const NUMBER_FIELDS: NumberSpec[] = [
  { id: "filter-amount-min", name: "amountUsdMin", label: "Amount at least (US$)", min: 0, step: "any" },
  { id: "filter-amount-max", name: "amountUsdMax", label: "Amount at most (US$)", min: 0, step: "any" },
  { id: "filter-sources-min", name: "sourcesMin", label: "Sources at least", min: 1, step: 1 },
  { id: "filter-confidence-min", name: "confidenceMin", label: "Confidence at least (%)", min: 1, max: 100, step: 1 },
];

/** A labelled number input of the form, empty when the filter is not set. */
function NumberField({ id, name, label, min, max, step, value }: NumberSpec & { value: number | undefined }) {
  return (
    <Field id={id} label={label}>
      <input
        id={id}
        name={name}
        type="number"
        min={min}
        max={max}
        step={step}
        defaultValue={value ?? ""}
        className={input}
      />
    </Field>
  );
}

/**
 * The filter form: a plain GET form, so the filter lands in the URL (links and the
 * back button work) with or without JavaScript. Facet selections ride along as
 * hidden fields, so applying the form keeps them. The page keys it by the query,
 * so after a header sort or a facet click its fields show the new view, and Apply
 * never undoes what was chosen elsewhere.
 */
export function DealFilters({ query }: { query: DealQuery }) {
  const sortOptions = SORT_COLUMNS.flatMap((c) => [`-${c}`, c]);
  return (
    <form
      method="get"
      action="/deals"
      role="search"
      aria-label="Filter deals"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-6"
    >
      {LIST_KEYS.flatMap((key) =>
        query[key].map((v) => <input key={`${key}-${v}`} type="hidden" name={key} value={v} />),
      )}
      {query.investor.slice(1).map((v) => (
        <input key={`investor-${v}`} type="hidden" name="investor" value={v} />
      ))}
      {query.investorCountry.slice(1).map((v) => (
        <input key={`ic-${v}`} type="hidden" name="investorCountry" value={v} />
      ))}
      {/* ranges in a deal's own currency: set by links and the API, kept when applying */}
      {query.amountMin !== undefined && <input type="hidden" name="amountMin" value={query.amountMin} />}
      {query.amountMax !== undefined && <input type="hidden" name="amountMax" value={query.amountMax} />}
      <div className="col-span-2">
        <Field id="filter-q" label="Search investor, partners, facilities, article text">
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} className={input} />
        </Field>
      </div>
      <div className="col-span-2">
        <Field id="filter-investor" label="Investor">
          <InvestorInput defaultValue={query.investor[0] ?? ""} />
        </Field>
      </div>
      <Field id="filter-investor-country" label="Investor country (code)">
        <input
          id="filter-investor-country"
          name="investorCountry"
          defaultValue={query.investorCountry[0] ?? ""}
          maxLength={2}
          placeholder="e.g. CN"
          className={input}
        />
      </Field>
      {NUMBER_FIELDS.map((f) => (
        <NumberField key={f.name} {...f} value={query[f.name]} />
      ))}
      <Field id="filter-from" label="Announced from (YYYY[-MM[-DD]])">
        <input
          id="filter-from"
          name="from"
          defaultValue={query.from ?? ""}
          placeholder="2020"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          className={input}
        />
      </Field>
      <Field id="filter-to" label="Announced until">
        <input
          id="filter-to"
          name="to"
          defaultValue={query.to ?? ""}
          placeholder="2024-06"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          className={input}
        />
      </Field>
      <Field id="filter-sort" label="Sort by">
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={input}>
          {sortOptions.map((s) => (
            <option key={s} value={s}>
              {sortOptionLabel(s)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-page-size" label="Rows per page">
        <select id="filter-page-size" name="pageSize" defaultValue={String(query.pageSize)} className={input}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-display-currency" label="Show amounts in">
        <select
          id="filter-display-currency"
          name="displayCurrency"
          defaultValue={query.displayCurrency}
          className={input}
        >
          {DISPLAY_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c === "USD" ? "US dollars" : "euros"}
            </option>
          ))}
        </select>
      </Field>
      <div className="col-span-2 flex items-end gap-3 sm:col-span-4 lg:col-span-6">
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        <Link href="/deals" className="text-sm text-blue-700 hover:underline">
          Clear all
        </Link>
      </div>
    </form>
  );
}
