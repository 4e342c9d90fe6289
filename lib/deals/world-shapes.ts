import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export type CountryShape = { code: string; name: string; d: string };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

let shapes: CountryShape[] | null = null;

/**
 * SVG paths of the world's countries from the bundled Natural Earth 1:110m data,
 * keyed by ISO alpha-2 code. Projected once per process: the map needs no tiles
 * and no script in the browser.
 */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  // one decimal is a tenth of a pixel at full width: invisible, and half the bytes
  const path = geoPath(projection).digits(1);
  shapes = collection.features.flatMap((f) => {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    const d = path(f);
    // a few disputed areas have no ISO code: they are drawn with no data
    return d ? [{ code: code ?? "", name: f.properties?.name ?? "", d }] : [];
  });
  return shapes;
}
