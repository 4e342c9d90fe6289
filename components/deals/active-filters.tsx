import Link from "next/link";
import { hrefWith, toggled } from "@/lib/deals/query-url";
import { countryName, formatPartialDate, labelOf } from "@/lib/format";
import type { DealQuery } from "@/lib/schemas/deal-query";

type Chip = { key: string; label: string; href: string };

const LISTS = [
  ["targetCountry", "into", countryName],
  ["investor", "by", (v: string) => v],
  ["investorCountry", "investor from", countryName],
  ["status", "status", labelOf],
  ["kind", "kind", labelOf],
  ["facility", "facility", labelOf],
  ["review", "review", labelOf],
] as const;

function chipsOf(query: DealQuery): Chip[] {
  const chips: Chip[] = LISTS.flatMap(([key, prefix, label]) =>
    query[key].map((v) => ({
      key: `${key}-${v}`,
      label: `${prefix} ${label(v)}`,
      href: hrefWith("/deals", query, toggled(query, key, v)),
    })),
  );
  if (query.q)
    chips.push({ key: "q", label: `matching “${query.q}”`, href: hrefWith("/deals", query, { q: undefined }) });
  if (query.sourcesMin !== undefined)
    chips.push({
      key: "sourcesMin",
      label: `${query.sourcesMin}+ sources`,
      href: hrefWith("/deals", query, { sourcesMin: undefined }),
    });
  if (query.confidenceMin !== undefined)
    chips.push({
      key: "confidenceMin",
      label: `confidence ≥ ${query.confidenceMin} %`,
      href: hrefWith("/deals", query, { confidenceMin: undefined }),
    });
  if (query.amountMin !== undefined)
    chips.push({
      key: "amountMin",
      label: `amount ≥ ${query.amountMin.toLocaleString("en")} in its own currency`,
      href: hrefWith("/deals", query, { amountMin: undefined }),
    });
  if (query.amountMax !== undefined)
    chips.push({
      key: "amountMax",
      label: `amount ≤ ${query.amountMax.toLocaleString("en")} in its own currency`,
      href: hrefWith("/deals", query, { amountMax: undefined }),
    });
  if (query.amountUsdMin !== undefined)
    chips.push({
      key: "amountUsdMin",
      label: `amount ≥ US$${query.amountUsdMin.toLocaleString("en")}`,
      href: hrefWith("/deals", query, { amountUsdMin: undefined }),
    });
  if (query.amountUsdMax !== undefined)
    chips.push({
      key: "amountUsdMax",
      label: `amount ≤ US$${query.amountUsdMax.toLocaleString("en")}`,
      href: hrefWith("/deals", query, { amountUsdMax: undefined }),
    });
  if (query.from)
    chips.push({
      key: "from",
      label: `from ${formatPartialDate(query.from)}`,
      href: hrefWith("/deals", query, { from: undefined }),
    });
  if (query.to)
    chips.push({
      key: "to",
      label: `until ${formatPartialDate(query.to)}`,
      href: hrefWith("/deals", query, { to: undefined }),
    });
  return chips;
}

/** The filters in force, each with a link that removes just that one. */
export function ActiveFilters({ query }: { query: DealQuery }) {
  const chips = chipsOf(query);
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Filters in force" className="flex flex-wrap gap-2 text-sm">
      {chips.map((c) => (
        <li key={c.key}>
          <Link
            href={c.href}
            aria-label={`Remove filter: ${c.label}`}
            className="inline-flex items-center gap-1 rounded-full bg-blue-100 px-3 py-0.5 text-blue-900 hover:bg-blue-200"
          >
            {c.label} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
