import type { DealSummary, FacetValue } from "@/lib/data/summarize-deals";
import { hrefWith, isSelected, toggled } from "@/lib/deals/query-url";
import { countryName, labelOf } from "@/lib/format";
import type { DealQuery } from "@/lib/schemas/deal-query";
import { FacetList, type FacetItem } from "./facet-list";

type ListFacet = "targetCountry" | "status" | "kind" | "facility" | "review";

function items(query: DealQuery, values: FacetValue[], key: ListFacet, label: (v: string) => string): FacetItem[] {
  return values.map((v) => ({
    ...v,
    label: label(v.value),
    isSelected: isSelected(query, key, v.value),
    href: hrefWith("/deals", query, toggled(query, key, v.value)),
  }));
}

// A year is a date range: selecting it sets from and to; selecting it again clears them.
function yearItems(query: DealQuery, values: FacetValue[]): FacetItem[] {
  return values.map((v) => {
    const isOn = query.from === v.value && query.to === v.value;
    return {
      ...v,
      label: v.value,
      isSelected: isOn,
      href: hrefWith("/deals", query, isOn ? { from: undefined, to: undefined } : { from: v.value, to: v.value }),
    };
  });
}

/** The facets beside the table: one click filters by a value, a second click removes it. */
export function DealFacets({ query, summary }: { query: DealQuery; summary: DealSummary }) {
  const f = summary.facets;
  return (
    <nav aria-labelledby="facets-heading" className="space-y-4">
      {/* the facets' h3s need an h2 above them (heading order) */}
      <h2 id="facets-heading" className="sr-only">
        Facets
      </h2>
      <FacetList title="Target country" items={items(query, f.targetCountry, "targetCountry", countryName)} />
      <FacetList title="Status" items={items(query, f.status, "status", labelOf)} />
      <FacetList title="Kind" items={items(query, f.kind, "kind", labelOf)} />
      <FacetList title="Facility" items={items(query, f.facility, "facility", labelOf)} />
      <FacetList title="Year" items={yearItems(query, f.year)} />
      <FacetList title="Review" items={items(query, f.review, "review", labelOf)} />
    </nav>
  );
}
