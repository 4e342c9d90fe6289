import { geoArea, geoCentroid } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

let centroids: Map<string, [number, number]> | null = null;

/**
 * A point for each country ([longitude, latitude], ISO alpha-2 keys) from the
 * bundled Natural Earth 1:110m outlines: the centre of its largest polygon, so
 * the United States sits in the lower 48 and France in Europe. Countries too
 * small for that scale have none.
 */
export function countryCentroid(code: string): [number, number] | null {
  if (!centroids) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    centroids = new Map();
    for (const f of feature(topology, topology.objects.countries).features) {
      const alpha2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
      if (!alpha2 || !f.geometry) continue;
      const g = f.geometry;
      const polygons =
        g.type === "MultiPolygon"
          ? g.coordinates.map((coordinates) => ({ type: "Polygon" as const, coordinates }))
          : [g];
      const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
      const [lon, lat] = geoCentroid(largest);
      centroids.set(alpha2, [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000]);
    }
  }
  return centroids.get(code) ?? null;
}
