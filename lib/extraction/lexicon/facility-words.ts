/** Facility words per type over every language's lexicon (regex sources on folded text). Earlier types win on overlaps. */
import type { FacilityType } from "../types";
import { LEXICONS, lexiconFor, unionList, unionSource } from "./all";
import type { FacilityWordType } from "./types";

const TYPE_ORDER: FacilityWordType[] = [
  "data_center", "export_center", "logistics_center", "rnd_center", "office", "energy", "mine", "infrastructure",
  "real_estate", "retail", "factory",
];

/** The facility words of each type over every language's lexicon, first occurrence kept, in TYPE_ORDER. */
export const FACILITY_WORDS: [FacilityType, string[]][] = TYPE_ORDER.map((type) => {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const l of LEXICONS) for (const w of l.facilityWords[type]) if (!seen.has(w)) { seen.add(w); words.push(w); }
  return [type, words];
});

export const FACILITY_PATTERNS: [FacilityType, string][] = FACILITY_WORDS.map(([type, words]) => [type, words.join("|")]);

/** Generic site words ("facility", "Standort"): a plant only where something is built. */
export const GENERIC_SITE_SOURCE = unionSource("genericSiteWords");

/** Words that contain a facility word but are none ("Netzwerk", "Werkzeug"), all languages. */
export const NOT_FACILITY_RE = new RegExp(unionSource("notFacilityWords"), "u");

const FALSE_FRIENDS = new Map<string, RegExp>();
/** Another language's facility word that means something else in the article's language (German "plant"), or null. */
export function facilityFalseFriendRe(lang: string | null): RegExp | null {
  const l = lexiconFor(lang);
  if (!l?.facilityFalseFriends?.length) return null;
  let re = FALSE_FRIENDS.get(l.lang);
  if (!re) { re = new RegExp(`^(?:${l.facilityFalseFriends.join("|")})$`, "u"); FALSE_FRIENDS.set(l.lang, re); }
  return re;
}

/** German ellipsis: "Rechen- und Logistikzentrum" -> "Rechenzentrum" + "Logistikzentrum". */
export const ELLIPSIS_RE = /([\p{L}]+)-\s+(?:und|oder|sowie|bzw\.)\s+([\p{L}]+?)(zentrum|zentren|werk|werke|fabrik|park|anlage)\b/gu;

/** Capitalized words after a facility word that are not a city: articles. */
export const NOT_CITY = new Set(unionList("articles"));
