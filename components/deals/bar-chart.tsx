import Link from "next/link";

export type Bar = { key: string; label: string; value: number; href?: string };

/**
 * A horizontal bar chart drawn with plain elements: no chart library and no
 * script; the numbers are there as text for screen readers and for copying.
 */
export function BarChart({ title, bars, format }: { title: string; bars: Bar[]; format: (n: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-700">{title}</figcaption>
      {bars.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing to show for this filter.</p>
      ) : (
        <ul className="space-y-1 text-xs">
          {bars.map((b) => (
            <li key={b.key} className="grid grid-cols-[7rem_1fr_5.5rem] items-center gap-2">
              <span className="truncate" title={b.label}>
                {b.href ? (
                  <Link href={b.href} className="text-blue-700 hover:underline">
                    {b.label}
                  </Link>
                ) : (
                  b.label
                )}
              </span>
              <span className="h-3 rounded-sm bg-slate-100" aria-hidden="true">
                <span
                  className="block h-3 rounded-sm bg-blue-600"
                  style={{ width: `${Math.max(1, (b.value / max) * 100)}%` }}
                />
              </span>
              <span className="text-right tabular-nums">{format(b.value)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
