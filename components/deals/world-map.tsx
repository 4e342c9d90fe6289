import type { CSSProperties } from "react";
import type { Breakdown } from "@/lib/data/summarize-deals";
import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/deals/world-shapes";

const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

export type MapMeasure = { label: string; valueOf: (b: Breakdown) => number; format: (n: number) => string };

/** A country on the map: its name, what hovering says, and the link that filters by it. */
export type MapCountry = { breakdown: Breakdown; name: string; summary: string; href: string };

// Deal counts are very uneven between countries: a square-root scale keeps the small ones visible.
function shadeOf(value: number, max: number): string {
  const step = Math.min(SHADES.length - 1, Math.floor(Math.sqrt(value / max) * SHADES.length));
  return SHADES[step];
}

/**
 * A world map shaded by a measure per target country. The outlines come from the
 * cached /maps/world.svg; this page sets one CSS variable per country with data
 * (they inherit into the <use>d outlines) and lays a link over each such country:
 * hovering shows its name, count and total, a click filters the list by it, and
 * the links are reachable by keyboard. The table beside the charts holds the same numbers.
 */
export function WorldMap({ countries, measure }: { countries: MapCountry[]; measure: MapMeasure }) {
  const values = countries.map((c) => [c, measure.valueOf(c.breakdown)] as const).filter(([, v]) => v > 0);
  const max = Math.max(1, ...values.map(([, v]) => v));
  const shading = Object.fromEntries(
    values.map(([c, v]) => [`--c-${c.breakdown.key}`, shadeOf(v, max)]),
  ) as CSSProperties;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="world-map h-auto w-full"
        style={shading}
        role="group"
        aria-label={`World map shaded by ${measure.label} per target country: choose a country to filter by it`}
      >
        <use href="/maps/world.svg#world" aria-hidden="true" />
        {values.map(([c]) => (
          <a key={c.breakdown.key} href={c.href} aria-label={`${c.summary}: filter by ${c.name}`}>
            <title>{c.summary}</title>
            <use href={`/maps/world.svg#c-${c.breakdown.key}`} />
          </a>
        ))}
      </svg>
      <figcaption className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
        <span>{measure.label}: fewest</span>
        {SHADES.map((c) => (
          <span key={c} className="inline-block h-3 w-6" style={{ background: c }} aria-hidden="true" />
        ))}
        <span>most (up to {measure.format(max)}). Point at a country for its figures; click it to filter.</span>
      </figcaption>
    </figure>
  );
}
