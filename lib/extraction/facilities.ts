/** Facility typing from words in each language, German ellipsis, and the facility's city. */
import { lookupPlace } from "./countries";
import { ELLIPSIS_RE, FACILITY_PATTERNS, NOT_CITY } from "./lexicon/facility-words";
import { foldSameLength } from "./normalize";
import type { FacilityType } from "./types";

export type FacilityMention = { type: FacilityType; city: string | null; start: number; end: number };

const COMPILED = FACILITY_PATTERNS.map(([type, src]) => [type, new RegExp(src, "gu")] as const);
const CITY_AFTER_RE =
  /^[^.;:!?]{0,50}?(?<![\p{L}])(?:in|at|near|bei|nahe|en|à|a|nel|nella|nell'|di|im|located in|in der|in the|à proximité de|cerca de)\s+(?:the |der |dem |la |le |el |il |zone of |area of |city of |region of |province of )?((?:\p{Lu}[\p{L}\p{M}'’.\-]*)(?:\s+(?:de|del|do|da|di|am|an|upon|on)?\s*\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})/u;

function cityFor(text: string, from: number): string | null {
  const m = CITY_AFTER_RE.exec(text.slice(from, from + 90));
  if (!m) return null;
  let name = m[1].replace(/[.’']+$/, "").trim();
  // "Palmar de Varela, Atlantic" keeps the first part; drop trailing lowercase connector words
  name = name.replace(/\s+(?:de|del|do|da|di|am|an|on|upon)$/, "");
  const words = name.split(/\s+/);
  if (NOT_CITY.has(words[0].toLowerCase())) return null;
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

/** Facility mentions in a sentence (offsets relative to `base`); `lang` "de" disables English "plant". */
export function findFacilities(text: string, lang: string | null, base = 0): FacilityMention[] {
  const folded = foldSameLength(text);
  const taken: [number, number][] = [];
  const out: FacilityMention[] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  // German ellipsis first: "Rechen- und Logistikzentrum"
  for (const m of folded.matchAll(ELLIPSIS_RE)) {
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
  for (const [type, re] of COMPILED) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      const s = m.index ?? 0, e = s + m[0].length;
      if (overlaps(s, e)) continue;
      const w = m[0];
      if (type === "factory" && lang === "de" && /^plants?$/.test(w)) continue;
      if (type === "factory" && /^(?:werk(?:e|en|s)?|\w*werks?)$/.test(w) && /(?:netzwerk|handwerk|bauwerk|feuerwerk|regelwerk|kunstwerk|mauerwerk|werkzeug|werkstoff|werktag|stellwerk)/.test(w)) continue;
      if (type === "factory" && /^werk\w+/.test(w) && !/^werk(?:e|en|s|hallen?)?$/.test(w)) continue;
      if (type === "factory" && /logisti|kraft/.test(w)) continue;
      if (type === "factory" && /fabrik/.test(w) && /^fabrikat/.test(w)) continue;
      taken.push([s, e]);
      out.push({ type, city: cityFor(text, e), start: base + s, end: base + e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
