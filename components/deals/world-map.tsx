import Link from "next/link";
import type { Breakdown } from "@/lib/data/summarize-deals";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/deals/world-shapes";
import { countryName } from "@/lib/format";

const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

export type MapMeasure = { label: string; valueOf: (b: Breakdown) => number; format: (n: number) => string };

// Deal counts are very uneven between countries: a square-root scale keeps the small ones visible.
function shadeOf(value: number, max: number): string {
  const step = Math.min(SHADES.length - 1, Math.floor(Math.sqrt(value / max) * SHADES.length));
  return SHADES[step];
}

/** A world map shaded by a measure per target country; each shaded country links to its filter. */
export function WorldMap({ byCountry, measure, hrefFor }: { byCountry: Breakdown[]; measure: MapMeasure; hrefFor: (code: string) => string }) {
  const values = new Map(byCountry.map((b) => [b.key, measure.valueOf(b)]));
  const max = Math.max(1, ...values.values());
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="h-auto w-full" role="group" aria-label={`World map: ${measure.label} by target country`}>
        {worldShapes().map((s, i) => {
          const value = values.get(s.code) ?? 0;
          if (!value) return <path key={`${s.code}-${i}`} d={s.d} fill="#e2e8f0" stroke="#fff" strokeWidth={0.5} aria-hidden="true" />;
          const label = `${countryName(s.code)}: ${measure.format(value)}`;
          return (
            <Link key={`${s.code}-${i}`} href={hrefFor(s.code)} aria-label={label} className="focus:outline-none [&:focus>path]:stroke-amber-500 [&:focus>path]:stroke-2">
              <path d={s.d} fill={shadeOf(value, max)} stroke="#fff" strokeWidth={0.5} className="hover:opacity-80"><title>{label}</title></path>
            </Link>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span>{measure.label}:</span>
        {SHADES.map((c, i) => <span key={c} className="inline-block h-3 w-6" style={{ background: c }} title={`${i === 0 ? "fewest" : i === SHADES.length - 1 ? "most" : ""}`} />)}
        <span>up to {measure.format(max)}</span>
      </figcaption>
    </figure>
  );
}
