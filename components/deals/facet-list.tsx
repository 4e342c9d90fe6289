import Link from "next/link";
import type { FacetValue } from "@/lib/data/summarize-deals";

export type FacetItem = FacetValue & { label: string; href: string; isSelected: boolean };

const SHOWN = 8;
// As in Datasette: the 30 largest values; the filter form reaches the rest.
const MAX_VALUES = 30;

function FacetLink({ item }: { item: FacetItem }) {
  return (
    <li>
      <Link
        href={item.href}
        className={`flex items-baseline justify-between gap-2 rounded px-2 py-0.5 hover:bg-blue-50 ${item.isSelected ? "bg-blue-100 font-medium text-blue-900" : "text-slate-800"}`}
      >
        <span>
          {item.isSelected && <span aria-hidden="true">✓ </span>}
          {item.label}
        </span>
        <span className="tabular-nums text-slate-500">
          {item.count.toLocaleString("en")}
          <span className="sr-only"> deals{item.isSelected ? ", selected: remove this filter" : ""}</span>
        </span>
      </Link>
    </li>
  );
}

/**
 * One facet as in Datasette: the values of a column among the current results,
 * each with its count and a link that adds (or removes) it as a filter.
 */
export function FacetList({ title, items }: { title: string; items: FacetItem[] }) {
  if (items.length === 0) return null;
  const id = `facet-${title.toLowerCase().replace(/\W+/g, "-")}`;
  // selected values always stay in sight, whatever their count
  const first = items.filter((item, i) => i < SHOWN || item.isSelected);
  const rest = items.filter((item, i) => i >= SHOWN && i < MAX_VALUES && !item.isSelected);
  const hidden = Math.max(
    0,
    items.length - MAX_VALUES - items.slice(MAX_VALUES).filter((item) => item.isSelected).length,
  );
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h3 id={id} className="text-sm font-semibold text-slate-700">
        {title}
      </h3>
      <ul className="space-y-0.5 text-sm">
        {first.map((item) => (
          <FacetLink key={item.value} item={item} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer px-2 text-blue-700">{rest.length} more</summary>
          <ul className="mt-1 space-y-0.5">
            {rest.map((item) => (
              <FacetLink key={item.value} item={item} />
            ))}
          </ul>
          {hidden > 0 && <p className="px-2 text-xs text-slate-500">and {hidden} smaller ones</p>}
        </details>
      )}
    </section>
  );
}
