import Link from "next/link";
import { parseSort, type SortColumn } from "@/lib/schemas/deal-query";

export type SortLinks = { current: string; hrefFor: (sort: string) => string };

// Numbers and dates are most often wanted largest/latest first; names A–Z.
const DESCENDING_FIRST = new Set<SortColumn>(["amountUsd", "amount", "announcedOn", "confidence", "id"]);

/** A column header that sorts by its column; a second click reverses the order. */
export function SortHeader({
  label,
  column,
  sort,
  align,
}: {
  label: string;
  column: SortColumn;
  sort: SortLinks;
  align?: "right";
}) {
  const current = parseSort(sort.current);
  const isActive = current.column === column;
  const nextIsDescending = isActive ? !current.isDescending : DESCENDING_FIRST.has(column);
  const ariaSort = isActive ? (current.isDescending ? "descending" : "ascending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 ${align === "right" ? "text-right" : ""}`}>
      <Link
        href={sort.hrefFor(`${nextIsDescending ? "-" : ""}${column}`)}
        className="inline-flex items-center gap-1 hover:text-blue-700 hover:underline"
        aria-label={`Sort by ${label.toLowerCase()}, ${nextIsDescending ? "descending" : "ascending"}`}
      >
        {label}
        <span aria-hidden="true" className={isActive ? "text-blue-700" : "text-slate-400"}>
          {isActive ? (current.isDescending ? "↓" : "↑") : "↕"}
        </span>
      </Link>
    </th>
  );
}
