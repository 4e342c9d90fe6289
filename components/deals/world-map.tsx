import type { CSSProperties } from "react";
import type { Breakdown } from "@/lib/data/summarize-deals";
import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/deals/world-shapes";

const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

export type MapMeasure = { label: string; valueOf: (b: Breakdown) => number; format: (n: number) => string };

// Deal counts are very uneven between countries: a square-root scale keeps the small ones visible.
function shadeOf(value: number, max: number): string {
  const step = Math.min(SHADES.length - 1, Math.floor(Math.sqrt(value / max) * SHADES.length));
  return SHADES[step];
}

/**
 * A world map shaded by a measure per target country. The outlines come from the
 * cached /maps/world.svg; this page only sets one CSS variable per country with
 * data (they inherit into the <use>d outlines). The chart by country beside it
 * holds the same numbers as text and links.
 */
export function WorldMap({ byCountry, measure }: { byCountry: Breakdown[]; measure: MapMeasure }) {
  const values = byCountry.map((b) => [b.key, measure.valueOf(b)] as const).filter(([, v]) => v > 0);
  const max = Math.max(1, ...values.map(([, v]) => v));
  const shading = Object.fromEntries(values.map(([code, v]) => [`--c-${code}`, shadeOf(v, max)])) as CSSProperties;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="h-auto w-full" style={shading} role="img"
        aria-label={`World map shaded by ${measure.label} per target country; the chart by target country lists the figures`}>
        <use href="/maps/world.svg#world" />
      </svg>
      <figcaption className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span>{measure.label}: fewest</span>
        {SHADES.map((c) => <span key={c} className="inline-block h-3 w-6" style={{ background: c }} aria-hidden="true" />)}
        <span>most (up to {measure.format(max)})</span>
      </figcaption>
    </figure>
  );
}
