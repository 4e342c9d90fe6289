import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "@/lib/deals/world-shapes";

// Built once at build time and cached by the browser: the country outlines are the
// heavy part of the map (~100 KB), so pages send only the shading (CSS variables)
// and, for the countries with deals, a link around a <use> of that country's path (by id).
export const dynamic = "force-static";

export function GET(): Response {
  const paths = worldShapes()
    .map(
      (s) => `<path${s.code ? ` id="c-${s.code}"` : ""} d="${s.d}" style="fill:var(--c-${s.code || "none"},#e2e8f0)"/>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><symbol id="world" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><g stroke="#fff" stroke-width="0.5">${paths}</g></symbol><use href="#world"/></svg>`;
  return new Response(svg, { headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" } });
}
