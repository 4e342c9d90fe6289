/** Country resolution: names in many languages, adjectives/demonyms, and cities through the gazetteer. */
import { memoize } from "./memo";
// the library without its Node entry, which reads all of its ~120 languages on load; the nine we read are registered below
import countries from "i18n-iso-countries/index";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import tr from "i18n-iso-countries/langs/tr.json";
import nl from "i18n-iso-countries/langs/nl.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_ADJECTIVES, EXTRA_COUNTRY_NAMES } from "./lexicon/country-adjectives";
import { anyWordForm, LEXICONS, unionList } from "./lexicon/all";
import { GAZETTEER_RAW } from "./lexicon/gazetteer";
import { ORG_SUFFIXES } from "./lexicon/org-words";
import { fold, foldKey, isUpperInitial } from "./normalize";
import TOWNS from "./lexicon/towns.json";
import PLACE_TWINS_RAW from "./lexicon/place-twins.json";

const LOCALES = [de, en, es, fr, it, tr, nl, pt, pl];
for (const l of LOCALES) countries.registerLocale(l);

export type CountryMention = {
  code: string;
  start: number;
  end: number;
  text: string;
  kind: "name" | "adjective" | "city";
  /** folded word before the mention */
  prev: string;
  /** folded text right after the mention (up to 20 chars) */
  after: string;
};

/** folded name -> alpha-2, built once. */
export const COUNTRY_NAMES: Map<string, string> = new Map();
for (const l of LOCALES) {
  const names = countries.getNames(l.locale, { select: "all" }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) {
    for (const n of list) {
      const k = foldKey(n);
      if (k.length < 3 || AMBIGUOUS_COUNTRY_NAMES.has(k)) continue;
      if (!COUNTRY_NAMES.has(k)) COUNTRY_NAMES.set(k, code);
    }
  }
}
for (const [k, v] of Object.entries(EXTRA_COUNTRY_NAMES)) COUNTRY_NAMES.set(foldKey(k), v);

export const CITY_COUNTRY: Map<string, string> = new Map();
for (const [place, code] of GAZETTEER_RAW) {
  const k = foldKey(place);
  if (!CITY_COUNTRY.has(k)) CITY_COUNTRY.set(k, code);
}

/**
 * Towns of at least 5,000 people the gazetteer lacks (GeoNames, see scripts/build-towns.ts): read only after a place
 * preposition. The file lists the names by country ({"BE": ["puurs", …]}): an object of 42,765 keys cost about 0.3 s
 * of every process's start (parsing it, and under tsx copying each key onto the module's namespace object).
 */
const TOWN_COUNTRY: Map<string, string> = new Map();
for (const [code, names] of Object.entries(TOWNS as Record<string, string[]>)) {
  for (const name of names) TOWN_COUNTRY.set(name, code);
}
const TOWN_PREPS = new Set(
  unionList("cityPrepositions")
    .filter((w) => !w.includes(" "))
    .map((w) => fold(w)),
);

/** "der finnischen Stadt Hamina", "the city of Pune", "la ciudad de Rosario": a town named after a word for a town. */
const PLACE_OF_WORDS = new Set(unionList("placeOfWords").map((w) => fold(w)));

/** Other countries with a town of a placed name (place-twins.json, see scripts/build-place-twins.ts): "vitoria" ->
 * ["BR"] beside the gazetteer's Spain. */
const PLACE_TWINS: Map<string, string[]> = new Map();
for (const [code, names] of Object.entries(PLACE_TWINS_RAW as Record<string, string[]>))
  for (const name of names) PLACE_TWINS.set(name, [...(PLACE_TWINS.get(name) ?? []), code]);

/** The other countries that have a town of this name (besides the one lookupPlace gives), or none. */
export function placeTwins(name: string): readonly string[] {
  return PLACE_TWINS.get(foldKey(name)) ?? [];
}

/** Country of a town of the GeoNames list ("Puurs" -> BE), or null. */
export function lookupTown(name: string): string | null {
  return TOWN_COUNTRY.get(foldKey(name)) ?? null;
}

/** Prepositions before a place in an inflected case ("w Szczecinie", "pod Wrocławiem"), and the case endings. */
const CASE_PREPS = new Set(unionList("placeCasePrepositions"));
const PLACE_CASE_ENDINGS: [RegExp, string][] = LEXICONS.flatMap((l) =>
  (l.placeCaseEndings ?? []).map(([re, rep]): [RegExp, string] => [new RegExp(re, "u"), rep]),
);
/** "İsveçli": the suffix that makes a country's name an adjective */
const PLACE_ADJECTIVE_SUFFIX_RE = anyWordForm("placeAdjectiveSuffix");

/** "Szczecinie" -> Szczecin (PL), "Żarowie" -> Żarów: the country of a place name in an inflected case, or null. */
export function polishInflectedPlace(word: string): string | null {
  for (const [re, rep] of PLACE_CASE_ENDINGS) {
    if (!re.test(word)) continue;
    const base = foldKey(word.replace(re, rep));
    if (base.length < 3) continue;
    const code = CITY_COUNTRY.get(base) ?? TOWN_COUNTRY.get(base) ?? COUNTRY_NAMES.get(base);
    if (code) return code;
  }
  return null;
}

/** "in Puurs", "à Lommel", "em Camaçari": a town named after a place preposition (longest name first), or null. */
function townAfterPreposition(
  toks: { t: string; s: number; e: number }[],
  i: number,
  text: string,
): { code: string; n: number } | null {
  // a capital "A" is the article ("A Honda vai investir", "A Honda plant"), not Italian or French "a"
  if (i === 0 || toks[i - 1].t === "A") return null;
  const placeOf =
    PLACE_OF_WORDS.has(fold(toks[i - 1].t)) || (i > 1 && PLACE_OF_WORDS.has(fold(`${toks[i - 2].t} ${toks[i - 1].t}`)));
  if (!placeOf && !TOWN_PREPS.has(fold(toks[i - 1].t))) return null;
  for (let n = Math.min(4, toks.length - i); n >= 1; n--) {
    const span = text.slice(toks[i].s, toks[i + n - 1].e);
    if (/[,;:()]/.test(span)) continue;
    const code = TOWN_COUNTRY.get(foldKey(span));
    if (!code) continue;
    // "in Crete, Greece", "à Jaén (Espagne)": the country written next to the name decides, not a namesake town
    const next = /^\s*[,(]\s*(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?)/u.exec(
      text.slice(toks[i + n - 1].e, toks[i + n - 1].e + 40),
    );
    if (next && lookupPlace(next[1])?.kind === "name") return null;
    return { code, n };
  }
  if (CASE_PREPS.has(fold(toks[i - 1].t))) {
    const code = polishInflectedPlace(toks[i].t);
    if (code) return { code, n: 1 };
  }
  return null;
}

const MAX_WORDS = 5;
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;
const ADJ_SUFFIXES: [string, string][] = [
  ["en", ""],
  ["er", ""],
  ["es", ""],
  ["em", ""],
  ["e", ""],
  ["s", ""],
  ["n", ""],
  ["a", "o"],
  // Spanish and Portuguese feminines of adjectives in a consonant: "alemana", "española", "danesa"
  ["a", ""],
  ["as", ""],
  ["as", "o"],
  ["os", "o"],
  ["i", "o"],
  ["e", "o"],
  ["es", "e"],
  ["ne", ""],
  ["nes", ""],
  ["ns", ""],
  ["ische", "isch"],
];
const ADJ_PREFIXES =
  /^(?:nord|sud|ost|west|zentral|mittel|central|north|south|east|west|nordost|sudost|nordwest|sudwest)-?/;

/** First words of multi-word names, to try longer spans only where one can start. */
const FIRST_WORDS = new Set<string>();
for (const k of [...COUNTRY_NAMES.keys(), ...CITY_COUNTRY.keys()]) {
  const sp = k.indexOf(" ");
  if (sp > 0) FIRST_WORDS.add(k.slice(0, sp));
}

/** Country code for a single folded adjective/demonym token, or null (memoized). */
const adjectiveCountryMemo = memoize(adjectiveCountryRaw, 50_000);
export const adjectiveCountry = (word: string): string | null =>
  mayStart(ADJECTIVE_STARTS, word) ? adjectiveCountryMemo(word) : null;

/**
 * Cheap pre-check before a memoized lookup (these run for every token, and the memo's hash lookup was
 * the costliest line of the engine). A word that starts with three ASCII letters or digits folds to a key
 * starting with the same three, lower-cased; a word of two such characters folds to a two-character key.
 * When no key starts so, the lookup finds nothing. Anything else is looked up.
 */
type StartTable = { two: Uint8Array; three: Uint8Array; four: Uint32Array; threeKey: Uint8Array };
/** 0-9 for digits, 10-35 for letters of either case, -1 for anything else */
function alnum36(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}
function startTable(keys: Iterable<string>): StartTable {
  const t: StartTable = {
    two: new Uint8Array(36 * 36),
    three: new Uint8Array(36 * 36 * 36),
    four: new Uint32Array((36 * 36 * 36 * 36) / 32),
    threeKey: new Uint8Array(36 * 36 * 36),
  };
  for (const k of keys) {
    const a = alnum36(k.charCodeAt(0)),
      b = alnum36(k.charCodeAt(1)),
      c = alnum36(k.charCodeAt(2)),
      d = alnum36(k.charCodeAt(3));
    if (k.length === 2 && a >= 0 && b >= 0) t.two[a * 36 + b] = 1;
    if (k.length >= 3 && a >= 0 && b >= 0 && c >= 0) t.three[(a * 36 + b) * 36 + c] = 1;
    // a key of three (a prefix stripped before looking again, "ost-") lets every longer word starting so through
    if (k.length === 3 && a >= 0 && b >= 0 && c >= 0) t.threeKey[(a * 36 + b) * 36 + c] = 1;
    if (k.length >= 4 && a >= 0 && b >= 0 && c >= 0 && d >= 0) {
      const i = ((a * 36 + b) * 36 + c) * 36 + d;
      t.four[i >>> 5] |= 1 << (i & 31);
    }
  }
  return t;
}
function mayStart(table: StartTable | null, word: string): boolean {
  if (table === null || word.length < 2) return true;
  const a = alnum36(word.charCodeAt(0)),
    b = alnum36(word.charCodeAt(1));
  if (a < 0 || b < 0) return true;
  if (word.length === 2) return table.two[a * 36 + b] === 1;
  const c = alnum36(word.charCodeAt(2));
  if (c < 0) return true;
  const abc = (a * 36 + b) * 36 + c;
  if (table.three[abc] !== 1) return false;
  // four such characters: the key's first four too (a longer word's key keeps them: the suffixes the lookups strip
  // leave four letters or more), unless a key of three opens the word
  const d = word.length >= 4 ? alnum36(word.charCodeAt(3)) : -1;
  if (d < 0 || table.threeKey[abc] === 1) return true;
  const i = abc * 36 + d;
  return (table.four[i >>> 5] & (1 << (i & 31))) !== 0;
}
/** adjective keys, country names, and the prefixes adjectiveCountryRaw strips before looking again ("nordost-", "central") */
const ADJ_PREFIX_LIST = (/^\^\(\?:([a-z|]+)\)-\?$/.exec(ADJ_PREFIXES.source)?.[1] ?? "").split("|");
// no pre-check at all if ADJ_PREFIXES is ever written so that its prefixes cannot be read off it
const ADJECTIVE_STARTS: StartTable | null =
  ADJ_PREFIX_LIST.length > 1
    ? // country names too: the Turkish demonyms are a country's name with "-li" ("İsveçli")
      startTable([...COUNTRY_ADJECTIVES.keys(), ...ADJ_PREFIX_LIST, ...COUNTRY_NAMES.keys()])
    : null;

/** Without the pre-check (exported for its test); the pre-check reads COUNTRY_ADJECTIVES and ADJ_PREFIXES, keep it in step. */
export function adjectiveCountryRaw(word: string): string | null {
  const w = fold(word);
  const tryWord = (x: string): string | null => {
    const hit = COUNTRY_ADJECTIVES.get(x);
    if (hit) return hit;
    for (const [suf, rep] of ADJ_SUFFIXES) {
      if (x.length > suf.length + 3 && x.endsWith(suf)) {
        const h = COUNTRY_ADJECTIVES.get(x.slice(0, x.length - suf.length) + rep);
        if (h) return h;
      }
    }
    return null;
  };
  const direct = tryWord(w);
  if (direct) return direct;
  // Turkish "-li/-lı/-lu/-lü" on a country's name: "İsveçli", "Amerikalı", "Belçikalı" (folded: -li/-lu)
  if (w.length > 5 && PLACE_ADJECTIVE_SUFFIX_RE?.test(w)) {
    const code = COUNTRY_NAMES.get(w.slice(0, -2));
    if (code) return code;
  }
  const stripped = w.replace(ADJ_PREFIXES, "");
  if (stripped !== w && stripped.length >= 5) return tryWord(stripped);
  return null;
}

/** Country code for a full name or city ("Türkei", "St. Pölten"), or null (memoized). */
const lookupPlaceMemo = memoize(lookupPlaceRaw, 50_000);
const PLACE_STARTS = startTable([...COUNTRY_NAMES.keys(), ...CITY_COUNTRY.keys()]);
export const lookupPlace = (name: string): { code: string; kind: "name" | "city" } | null =>
  mayStart(PLACE_STARTS, name) ? lookupPlaceMemo(name) : null;

/** Without the pre-check (exported for its test); PLACE_STARTS holds the keys of the maps read here, keep it in step. */
export function lookupPlaceRaw(name: string): { code: string; kind: "name" | "city" } | null {
  const k = foldKey(name);
  const c = COUNTRY_NAMES.get(k);
  if (c) return { code: c, kind: "name" };
  const g = CITY_COUNTRY.get(k);
  if (g) return { code: g, kind: "city" };
  return null;
}

/** Words that start a place name of its own around another place's name ("Nova Odessa", "Puerto Madrid"). */
const PLACE_NAME_PREFIXES = new Set([...unionList("placeNamePrefixes"), "novi"]);

/** "South", "Latin" … before "American": a part of the Americas, not the United States. */
const AMERICAS_PARTS = new Set(["south", "latin", "central", "north", "pan"]);

/** "América Latina", "Latin Amerika", "Amérique du Sud": a region whose name holds a country's ("América", "Latina"),
 * folded, by its first word */
const REGION_PHRASES = new Map<string, string[]>();
for (const r of unionList("regionWords"))
  if (r.includes(" ")) {
    const first = r.split(" ")[0];
    REGION_PHRASES.set(first, [...(REGION_PHRASES.get(first) ?? []), r]);
  }

/** The index of the last token of a region's name of several words that covers token i, or -1. */
function regionEndAt(toks: { t: string; s: number; e: number }[], i: number, text: string): number {
  for (let j = Math.max(0, i - 1); j <= i; j++) {
    const phrases = REGION_PHRASES.get(fold(toks[j].t));
    if (!phrases) continue;
    for (const r of phrases) {
      const n = r.split(" ").length;
      if (j + n - 1 < i || j + n > toks.length) continue;
      if (fold(text.slice(toks[j].s, toks[j + n - 1].e)).replace(/\s+/g, " ") === r) return j + n - 1;
    }
  }
  return -1;
}

/** All country mentions in `text`, offsets relative to `base`. */
export function findCountries(text: string, base = 0): CountryMention[] {
  const toks: { t: string; s: number; e: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text))
    toks.push({ t: m[0], s: m.index, e: m.index + m[0].length });
  TOKEN_RE.lastIndex = 0;
  const out: CountryMention[] = [];
  const push = (code: string, s: number, e: number, kind: CountryMention["kind"], i: number) => {
    out.push({
      code,
      start: base + s,
      end: base + e,
      text: text.slice(s, e),
      kind,
      prev: i > 0 ? fold(toks[i - 1].t) : "",
      after: fold(text.slice(e, e + 48)),
    });
  };
  for (let i = 0; i < toks.length; i++) {
    let matched = false;
    if (isUpperInitial(toks[i].t)) {
      // "fintechs da América Latina": the region, not the United States and the Italian town Latina
      const regionEnd = REGION_PHRASES.size ? regionEndAt(toks, i, text) : -1;
      if (regionEnd >= 0) {
        i = regionEnd;
        continue;
      }
      const dash = toks[i].t.indexOf("-");
      const multi = FIRST_WORDS.has(fold(dash < 0 ? toks[i].t : toks[i].t.slice(0, dash)));
      for (let n = multi ? Math.min(MAX_WORDS, toks.length - i) : 1; n >= 1 && !matched; n--) {
        const s = toks[i].s,
          e = toks[i + n - 1].e;
        const span = text.slice(s, e);
        if (/[,;:()]/.test(span)) continue;
        let hit = lookupPlace(span);
        if (!hit && n === 1 && /[^s]s$/.test(span) && span.length > 4) hit = lookupPlace(span.slice(0, -1)); // "Vietnams", "Pekings"
        if (!hit) continue;
        if (/^\s?\$/.test(text.slice(e, e + 2))) continue; // "US$"
        // "Us", "Abd": a short capitalized word is no country unless it can only be one (Turkish "Çin", "Fas")
        if (
          hit.kind === "name" &&
          span.length <= 3 &&
          span !== span.toUpperCase() &&
          !/[^\x00-\x7f]/.test(span) &&
          span !== "Fas"
        )
          continue;
        // "ABD Group", "US Steel": an upper-case short name followed by a firm's head word is the firm's name
        if (
          n === 1 &&
          span.length <= 4 &&
          span === span.toUpperCase() &&
          i + 1 < toks.length &&
          toks[i + 1].s - e === 1 &&
          isUpperInitial(toks[i + 1].t) &&
          ORG_SUFFIXES.has(fold(toks[i + 1].t))
        ) {
          matched = true;
          break;
        }
        // "Nova Odessa", "New Delhi"-like names built on another place: the longer name is a different place
        if (
          i > 0 &&
          PLACE_NAME_PREFIXES.has(fold(toks[i - 1].t)) &&
          isUpperInitial(toks[i - 1].t) &&
          toks[i].s - toks[i - 1].e <= 1
        ) {
          matched = true;
          break;
        }
        push(hit.code, s, e, hit.kind, i);
        i += n - 1;
        matched = true;
      }
    }
    if (!matched && isUpperInitial(toks[i].t)) {
      const town = townAfterPreposition(toks, i, text);
      if (town) {
        push(town.code, toks[i].s, toks[i + town.n - 1].e, "city", i);
        i += town.n - 1;
        continue;
      }
    }
    if (matched) continue;
    const tok = toks[i].t;
    const parts = tok.includes("-") ? tok.split("-") : null;
    const code = adjectiveCountry(tok) ?? (parts ? adjectiveCountry(parts[0]) : null);
    // "the South American country", "Latin American markets": a part of the Americas, not the United States
    if (code === "US" && i > 0 && AMERICAS_PARTS.has(fold(toks[i - 1].t))) continue;
    // "uma fábrica em Americana, no interior paulista": after a preposition of place and before a comma or the end, a
    // capitalized adjective is a town's name ("invest in American plants", "in Schweizer Werke" keep their adjective)
    if (
      code &&
      i > 0 &&
      isUpperInitial(tok) &&
      TOWN_PREPS.has(fold(toks[i - 1].t)) &&
      /^\s*(?:[,.;:)]|$)/u.test(text.slice(toks[i].e, toks[i].e + 3))
    )
      continue;
    if (code) {
      push(code, toks[i].s, toks[i].e, "adjective", i);
      continue;
    }
    if (parts) {
      // "UK-based", "Türkei-Geschäft", "China-Africa"
      let off = toks[i].s;
      for (const p of parts) {
        const hit = isUpperInitial(p) ? lookupPlace(p) : null;
        // "US-Chipkonzern", "UK-based": a country in a compound describes like an adjective
        if (hit && (p.length > 3 || p === p.toUpperCase()))
          push(hit.code, off, off + p.length, hit.kind === "name" ? "adjective" : hit.kind, i);
        off += p.length + 1;
      }
    }
  }
  return out;
}
