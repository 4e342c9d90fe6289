/** Mentions stage: organizations the engine knows by name (lexicon/known-orgs), found in an article. */
import { KNOWN_ORGS } from "./lexicon/known-orgs";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}&.'’\-]*/gu;
/** Known names by their first word, each with a boundary-checked pattern. */
const BY_FIRST_WORD = new Map<string, { name: string; re: RegExp }[]>();
for (const name of KNOWN_ORGS) {
  const first = name.split(/[\s]/)[0];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "u");
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push({ name, re });
  BY_FIRST_WORD.set(first, list);
}

/** The known organization names that occur in `text` as written (case-sensitive, whole words). */
export function knownOrgsIn(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD_RE)) {
    // without a possessive 's and trailing dots or hyphens (plain string tests: this runs for every word)
    let w = m[0];
    if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
    let end = w.length;
    while (end > 0 && (w[end - 1] === "." || w[end - 1] === "-")) end--;
    if (end < w.length) w = w.slice(0, end);
    if (BY_FIRST_WORD.has(w)) words.add(w);
    if (BY_FIRST_WORD.has(m[0])) words.add(m[0]);
  }
  const out: string[] = [];
  for (const w of words) for (const k of BY_FIRST_WORD.get(w) ?? []) if (k.re.test(text)) out.push(k.name);
  return out;
}

const KNOWN_FOLDED = new Set(KNOWN_ORGS.map((n) => n.toLowerCase()));
/** Is this (lower-cased) name one of the known organizations as a whole? */
export function isKnownOrgName(lowerName: string): boolean {
  return KNOWN_FOLDED.has(lowerName);
}
