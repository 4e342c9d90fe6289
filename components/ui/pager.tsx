import Link from "next/link";

/** Previous/next links that keep the rest of the query string. */
export function Pager({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="text-blue-700 hover:underline">
          ← Previous
        </Link>
      ) : (
        <span aria-disabled="true" className="text-slate-600">
          ← Previous
        </span>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="text-blue-700 hover:underline">
          Next →
        </Link>
      ) : (
        <span aria-disabled="true" className="text-slate-600">
          Next →
        </span>
      )}
    </nav>
  );
}
