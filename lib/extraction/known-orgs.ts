/** Mentions stage: organizations the engine knows by name (lexicon/known-orgs), found in an article. */
import { KNOWN_ORGS } from "./lexicon/known-orgs";
import { allMatches } from "./normalize";

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}&.'’\-]*/gu;
/** Known names by their first word. */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const name of KNOWN_ORGS) {
  const first = name.split(/[\s]/)[0];
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push(name);
  BY_FIRST_WORD.set(first, list);
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The code point ending just before `i`, as a string ("" at the start). */
function cpBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}
/** The code point starting at `i`, as a string ("" at the end). */
function cpAt(text: string, i: number): string {
  if (i >= text.length) return "";
  const cp = text.codePointAt(i)!;
  return String.fromCodePoint(cp);
}
/** Does `name` stand in `text` at one of `starts` as a whole word (no letter or digit right before or after it)? */
function occursAsWordAt(text: string, name: string, starts: readonly number[]): boolean {
  for (const i of starts) {
    if (!text.startsWith(name, i)) continue;
    if (LETTER_OR_DIGIT.test(cpBefore(text, i))) continue;
    if (LETTER_OR_DIGIT.test(cpAt(text, i + name.length))) continue;
    return true;
  }
  return false;
}

/**
 * The known organization names that occur in `text` as written (case-sensitive, whole words). A name is looked for only
 * where a word of the text is its first word: one pass over the words, then a string test per place a first word
 * stands, so a long article costs no scan of the whole text per known name.
 */
export function knownOrgsIn(text: string): string[] {
  const starts = new Map<string, number[]>();
  const at = (w: string, i: number) => {
    const list = starts.get(w);
    if (list) list.push(i);
    else starts.set(w, [i]);
  };
  for (const m of allMatches(WORD_RE, text)) {
    // without a possessive 's and trailing dots or hyphens (plain string tests: this runs for every word)
    let w = m[0];
    if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
    let end = w.length;
    while (end > 0 && (w[end - 1] === "." || w[end - 1] === "-")) end--;
    if (end < w.length) w = w.slice(0, end);
    const i = m.index ?? 0;
    if (BY_FIRST_WORD.has(w)) at(w, i);
    if (w !== m[0] && BY_FIRST_WORD.has(m[0])) at(m[0], i);
  }
  const out: string[] = [];
  for (const [w, where] of starts)
    for (const k of BY_FIRST_WORD.get(w)!) if (occursAsWordAt(text, k, where)) out.push(k);
  return out;
}

const KNOWN_FOLDED = new Set(KNOWN_ORGS.map((n) => n.toLowerCase()));
/** Is this (lower-cased) name one of the known organizations as a whole? */
export function isKnownOrgName(lowerName: string): boolean {
  return KNOWN_FOLDED.has(lowerName);
}
