/** Facility typing from words in each language, German ellipsis, and the facility's city. */
import { lookupPlace } from "./countries";
import {
  ELLIPSIS_RE,
  FACILITY_PATTERNS,
  FACILITY_WORDS,
  facilityFalseFriendRe,
  GENERIC_SITE_SOURCE,
  NOT_CITY,
  NOT_FACILITY_RE,
} from "./lexicon/facility-words";
import { forFoldedText, unionList, unionSource } from "./lexicon/all";
import { allMatches, fold, foldSameLength } from "./normalize";
import { CONTINENTS } from "./lexicon/org-words";
import type { FacilityType } from "./types";

export type FacilityMention = {
  type: FacilityType;
  city: string | null;
  start: number;
  end: number;
  /** a generic site word ("facility", "Standort"): kept only when nothing more specific is known */
  generic?: boolean;
};

const GENERIC_RE = new RegExp(forFoldedText(String.raw`(?<![\p{L}])(?:${GENERIC_SITE_SOURCE})(?![\p{L}])`), "u");
const CREDIT_RE = new RegExp(forFoldedText(unionSource("creditLineWords")), "u");
const CITY_PREPS = unionSource("cityPrepositions");
const PARTICLES = unionSource("placeNameParticles");
const AND = unionSource("listAndWords");
/** "a $20 million investment in its first commercial facility": money put into a site */
const INVEST_IN_SITE_RE = new RegExp(
  forFoldedText(
    String.raw`(?:${unionSource("investmentTriggers")})\w*\s+(?:in|into|en|dans|in|em|w|na)\s+(?:\S+\s+){0,4}$`,
  ),
  "u",
);
const INVEST_AFTER_SITE_RE = /^[^.;]*\binvest(?:ieren|iert|eren|eert)\b/u;
const BUILD_RE = new RegExp(forFoldedText(`${unionSource("buildWords")}|${unionSource("foundingWords")}`), "u");

const COMPILED = FACILITY_PATTERNS.map(
  ([type, src]) => [type, new RegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, "gu")] as const,
);
/** One pass over the text of the facility words that `keep` accepts: group k is FACILITY_PATTERNS[k]. */
function combined(keep: (word: string) => boolean): RegExp {
  const groups = FACILITY_WORDS.map(([, words], k) => {
    const kept = words.filter(keep);
    return kept.length ? `(?<t${k}>${kept.join("|")})` : null;
  });
  return new RegExp(`(?<![\\p{L}])(?:${groups.filter((g) => g !== null).join("|")})(?![\\p{L}])`, "gu");
}

/**
 * The letters every match of a facility word led by "\w" must contain ("werk" for "\w*werk\b", "lager" for
 * "\w*(?:zentral|…)lager\w*"): the first run of three or more plain letters outside any group, class or quantifier.
 * Null for other words, and for a word whose run cannot be read off so simply.
 */
export function requiredLetters(word: string): string | null {
  if (!/^\\w[*+]/.test(word)) return null;
  let depth = 0;
  let inClass = false;
  let run = "";
  for (let i = 2; i < word.length; i++) {
    const c = word[i];
    // a letter outside groups and classes, not under a quantifier ("werke?s"), continues the run
    if (depth === 0 && !inClass && /[a-z]/.test(c) && !/[?*{]/.test(word[i + 1] ?? "")) {
      run += c;
      continue;
    }
    if (run.length >= 3) return run;
    run = "";
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return null; // an alternation at the top: no letters are required
  }
  return run.length >= 3 ? run : null;
}

/** One pass over the text: every facility word. */
const COMBINED = combined(() => true);
/**
 * The words led by "\w" ("\w*werk\b", "\w+windpark\w*") are tried at every word start and cost more than all the
 * others together, yet each needs letters most sentences lack. A sentence with none of those letters is read
 * without those words: the same matches, as they cannot match there.
 */
const LETTERS_NEEDED = [
  ...new Set(FACILITY_WORDS.flatMap(([, words]) => words.map(requiredLetters).filter((l) => l !== null))),
];
/** Any of those letters (plain letters: one scan instead of a search per word) */
const ANY_LETTERS_NEEDED_RE = new RegExp(LETTERS_NEEDED.join("|"));
const COMBINED_COMMON = combined((w) => requiredLetters(w) === null);
function combinedFor(folded: string): RegExp {
  return ANY_LETTERS_NEEDED_RE.test(folded) ? COMBINED : COMBINED_COMMON;
}
const CITY_AFTER_RE = new RegExp(
  String.raw`^[^.;:!?]{0,50}?(?<![\p{L}])(?:${CITY_PREPS})\s+(?:(?:${unionSource("definiteArticles")}|${unionSource("placeOfWords")}) )?((?:\p{Lu}[\p{L}\p{M}'’.\-]*)(?:\s+(?:${PARTICLES})?\s*\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})`,
  "u",
);
const TRAILING_PARTICLE_RE = new RegExp(String.raw`\s+(?:${PARTICLES})$`, "u");
const LOCATIVE_RE = new RegExp(
  String.raw`(\p{Lu}[\p{L}]+)['’](?:${unionList("locativeSuffixes").join("|")})(?![\p{L}])[^.;:]{0,60}$`,
  "u",
);
const CITY_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CITY_PREPS})\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)[^.;:]{0,40}$`,
  "u",
);

function cityFor(text: string, from: number, depth = 0): string | null {
  const m = CITY_AFTER_RE.exec(text.slice(from, from + 90));
  if (!m) return null;
  const country = lookupPlace(m[1].replace(/[.’']+$/, "").trim());
  // "in Hungary, in Szeged": look past the country for the city
  if (country && country.kind === "name" && depth === 0) {
    const at = text.indexOf(m[1], from) + m[1].length;
    return /^\s*,/.test(text.slice(at, at + 3)) ? cityFor(text, at, 1) : null;
  }
  let name = m[1].replace(/[.’']+$/, "").trim();
  // "Palmar de Varela, Atlantic" keeps the first part; drop trailing lowercase connector words
  name = name.replace(TRAILING_PARTICLE_RE, "");
  const words = name.split(/\s+/);
  if (NOT_CITY.has(words[0].toLowerCase()) || CONTINENTS.has(fold(name))) return null;
  if (
    /^(?:Democratic|Republic|United|Kingdom|Republik|Vereinigte|Royaume|República|Repubblica|Czech|Dominican|Central African)\b/.test(
      name,
    )
  )
    return null;
  const hit = lookupPlace(name);
  if (hit && hit.kind === "name") return null; // a country, not a city
  if (!hit) {
    // try a gazetteer prefix ("San Luis Potosi industrial zone")
    for (let n = words.length - 1; n >= 1; n--) {
      const sub = words.slice(0, n).join(" ");
      const h = lookupPlace(sub);
      if (h) return h.kind === "city" ? sub : null;
    }
    if (words.length > 3) return null;
  }
  return name;
}

/** A known city named just before the facility word ("a Milano un nuovo centro"). */
function cityBefore(text: string, at: number): string | null {
  // "its Tangier plant", "das Leipziger Werk" is not handled, "the Debrecen plant" is
  const adj = /(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (adj) {
    const hit = lookupPlace(adj[1]);
    if (hit && hit.kind === "city") return adj[1];
  }
  // Turkish locative: "Ankara'da … veri merkezi"
  const tr = LOCATIVE_RE.exec(text.slice(Math.max(0, at - 80), at));
  if (tr && lookupPlace(tr[1])?.kind === "city") return tr[1];
  const m = CITY_BEFORE_RE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  const hit = lookupPlace(m[1]);
  return hit && hit.kind === "city" ? m[1] : null;
}

/** languages whose common nouns are written in lower case: a capitalized facility word in mid-sentence is a name's */
const NAME_CASE_LANGS = new Set(["en", "it", "pt", "es", "fr"]);
/** "new" (or "build") just before a word */
const NEW_BEFORE_RE = new RegExp(String.raw`(?:${unionSource("greenfieldWords")})\s+$`, "u");

/** Facility mentions in a sentence (offsets relative to `base`); `lang` "de" disables English "plant". */
const ANOTHER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:${AND})\s+(?:${unionSource("anotherWords")})\s+(?:(?:one|site|plant|facility)\s+)?(?:${CITY_PREPS})\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`,
  "u",
);
const DETERMINER = `${unionSource("articles")}|${unionSource("possessives")}|our|unser\\w*|ihr\\w*|sein\\w*|ein\\w*|notre|nostro`;
const METAPHOR_RE = new RegExp(
  forFoldedText(String.raw`\b(?:${unionSource("becomeWords")})\s+(?:(?:${DETERMINER})\s+)?(?:\S+\s+){0,1}$`),
  "u",
);
const NOT_OWN_SITE_RE = new RegExp(
  forFoldedText(String.raw`\b(?:${unionSource("supplyVerbs")})\s+(?:\S+\s+){0,2}$`),
  "u",
);
const NEAR_LANDMARK_RE = new RegExp(
  forFoldedText(String.raw`(?<![\p{L}])(?:${unionSource("nearWords")})\s+(?:[^\s.;:]+\s+){0,3}$`),
  "u",
);
/** "con sede", "met hoofdkantoor", "with its headquarters": the seat that describes a firm */
const WITH_SEAT_RE = new RegExp(
  forFoldedText(String.raw`(?<![\p{L}])(?:${unionSource("withWords")})\s+(?:(?:${DETERMINER})\s+)?$`),
  "u",
);
/** "with some 2,300", "avec 127", "con cerca de 59": a count after "with" */
const WITH_COUNT_RE = new RegExp(
  forFoldedText(
    String.raw`(?<![\p{L}])(?:${unionSource("withWords")})\s+(?:[\p{L}]+\s+){0,3}\d[\d.,]*\s+(?:[\p{L}]+\s+)?$`,
  ),
  "u",
);
/** what follows a port word in a place's name: another capitalized word, or a list's comma or "and" */
const PLACE_NAME_AFTER_RE = new RegExp(String.raw`^(?:\s+\p{Lu}|\s*,|\s+(?:${AND})\s+\p{Lu})`, "u");
const MORE_CITY_RE = new RegExp(String.raw`^\s*,?\s*(?:${AND})\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)`, "u");

/** "A, B (SP) and C": a list item after a place, its region in brackets allowed */
const LIST_ITEM_RE = new RegExp(
  String.raw`^\s*(?:\([^()]{1,30}\))?\s*(,\s*(?:(?:${AND})\s+)?|\s+(?:${AND})\s+)(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)`,
  "u",
);

/**
 * The places listed after the place that ends at `from` ("in Leeds, Hull and York" after "Leeds"): every name of a list
 * closed by "and" ("Mogi Mirim, Descalvado and Guararema"), a known city after "and" alone; a name after a comma alone
 * may be the region of the place before ("Monterrey, Nuevo León").
 */
function listedPlaces(text: string, from: number): string[] {
  const items: { name: string; known: boolean; and: boolean }[] = [];
  let at = from;
  for (let k = 0; k < 12; k++) {
    const m = LIST_ITEM_RE.exec(text.slice(at, at + 80));
    if (!m) break;
    const hit = lookupPlace(m[2]);
    if (hit && hit.kind !== "city") break;
    const and = !/^,\s*$/.test(m[1]);
    items.push({ name: m[2], known: hit?.kind === "city", and });
    at += m.index + m[0].length;
    if (and) break;
  }
  // (a list closed by "and": every name; "and" alone: a known city; a comma alone: none, as it may name a region)
  const closed = items.length > 0 && items[items.length - 1].and;
  if (!closed) return [];
  return items.length > 1 || items[0].known ? items.map((x) => x.name) : [];
}

export function findFacilities(text: string, lang: string | null, base = 0): FacilityMention[] {
  const folded = foldSameLength(text);
  const taken: [number, number][] = [];
  const out: FacilityMention[] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // German ellipsis first: "Rechen- und Logistikzentrum"
  for (const m of folded.includes("- ") ? allMatches(ELLIPSIS_RE, folded) : []) {
    const s = m.index ?? 0;
    const first = m[1] + m[3];
    for (const [type, re] of COMPILED) {
      re.lastIndex = 0;
      const hit = re.exec(first);
      if (hit && hit[0].length === first.length) {
        out.push({ type, city: cityFor(text, s + m[0].length), start: base + s, end: base + s + m[1].length + 1 });
        break;
      }
    }
  }
  for (const m of allMatches(combinedFor(folded), folded)) {
    {
      const s = m.index ?? 0,
        e = s + m[0].length;
      if (overlaps(s, e)) continue;
      const w = m[0];
      // a capitalized facility word inside an English/Romance sentence is part of a name ("Overseas Investment Office",
      // "Minas Gerais", "la Santa Sede", "gli Uffici Consolari"), unless a "new" before it opens a site's title ("do novo
      // Centro de Distribuição da …")
      if (
        NAME_CASE_LANGS.has(lang ?? "") &&
        s > 0 &&
        /\p{Lu}/u.test(text[s]) &&
        /[\p{L},]\s+$/u.test(text.slice(Math.max(0, s - 3), s)) &&
        !NEW_BEFORE_RE.test(folded.slice(Math.max(0, s - 20), s))
      )
        continue;
      const k = Object.keys(m.groups ?? {}).find((g) => m.groups?.[g] !== undefined) ?? "t0";
      const type = FACILITY_PATTERNS[Number(k.slice(1))][0];
      // "Puerto Rico", "Porto Alegre", "Aveiro, Porto, Coimbra": a capitalized port word in mid-sentence before another
      // capitalized word or in a list is a place's name (not in German, which capitalizes every noun)
      if (
        type === "infrastructure" &&
        lang !== "de" &&
        s > 0 &&
        /\p{Lu}/u.test(text[s]) &&
        /[\p{L},]\s+$/u.test(text.slice(Math.max(0, s - 3), s)) &&
        PLACE_NAME_AFTER_RE.test(text.slice(e, e + 30))
      )
        continue;
      // "plant" is a plan in German and Dutch text
      if (type === "factory" && facilityFalseFriendRe(lang)?.test(w)) continue;
      if (type === "factory" && NOT_FACILITY_RE.test(w)) continue;
      if (type === "factory" && /^werk\w+/.test(w) && !/^werk(?:e|en|s|s?hallen?)?$/.test(w)) continue;
      if (type === "factory" && /logisti|kraft/.test(w)) continue;
      // "near Jewar airport", "cercano al puerto", "langs de snelweg": a landmark that places the site, not a facility
      if (type === "infrastructure" && NEAR_LANDMARK_RE.test(folded.slice(Math.max(0, s - 40), s))) continue;
      // "con cerca de 2.300 tiendas", "avec 127 magasins", "with 3 plants": what a firm has, not what it builds
      if (WITH_COUNT_RE.test(folded.slice(Math.max(0, s - 40), s))) continue;
      // "con sede a Doha", "z siedzibą w Warszawie", "with offices in 20 countries": where a firm is, not what it builds
      if (type === "office" && WITH_SEAT_RE.test(folded.slice(Math.max(0, s - 20), s))) continue;
      // "will supply assembly plants in …": the customers' sites, not what is built or bought
      if (NOT_OWN_SITE_RE.test(folded.slice(Math.max(0, s - 30), s))) continue;
      // "becoming our export hub for Africa": a metaphor unless something is built or opened
      // "a pipeline of projects", "Projekt-Pipeline": a portfolio, not a pipe
      if (type === "infrastructure" && /^pipelines?$/.test(w) && /^\s+(?:of|von|de|di)\b/.test(folded.slice(e, e + 6)))
        continue;
      if (type === "export_center" && METAPHOR_RE.test(folded.slice(Math.max(0, s - 40), s))) continue;
      taken.push([s, e]);
      const city = cityFor(text, e) ?? cityBefore(text, s);
      out.push({ type, city, start: base + s, end: base + e });
      // "warehouses in Hull and Leeds": one facility per named place
      if (city) {
        const at = text.indexOf(city, e);
        const more = MORE_CITY_RE.exec(text.slice(at + city.length, at + city.length + 40));
        // "plants in Mogi Mirim, Descalvado and Guararema", "em Caçapava (SP), Vila Velha (ES) e Marília (SP)": one
        // facility per listed place
        for (const next of listedPlaces(text, at + city.length))
          out.push({ type, city: next, start: base + s, end: base + e });
        // "a data centre in Kajaani and a second one in Muhos": the same kind of site elsewhere
        const again = more ? null : ANOTHER_RE.exec(text.slice(at + city.length, at + city.length + 60));
        if (again) out.push({ type, city: again[1], start: base + s, end: base + e });
      }
    }
  }
  // "seinen größten Standort … errichten", "will build twin facilities": a built site is a plant
  const g = GENERIC_RE.exec(folded);
  // (not the "facility" of a facility already read: "a supercomputing facility")
  if (
    g &&
    !overlaps(g.index, g.index + g[0].length) &&
    !CREDIT_RE.test(folded) &&
    (BUILD_RE.test(folded) ||
      INVEST_IN_SITE_RE.test(folded.slice(Math.max(0, g.index - 60), g.index)) ||
      // verb-final German and Dutch: "an seinen Standorten in Kecskemét und Debrecen … investieren"
      ((lang === "de" || lang === "nl") && INVEST_AFTER_SITE_RE.test(folded.slice(g.index, g.index + 160))))
  ) {
    const at = g.index;
    out.push({
      type: "factory",
      city: cityFor(text, at + g[0].length),
      start: base + at,
      end: base + at + g[0].length,
      generic: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
