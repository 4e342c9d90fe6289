/** The lexicons of every language, and the unions the engine builds its word regexes from. */
import { DE } from "./de";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { IT } from "./it";
import { NL } from "./nl";
import { PL } from "./pl";
import { PT } from "./pt";
import { TR } from "./tr";
import type { Lexicon, WordForms } from "./types";

/** Order matters only where two languages give one word different values: the first wins in a union. */
export const LEXICONS: readonly Lexicon[] = [EN, DE, FR, ES, IT, TR, PT, NL, PL];

const BY_LANG = new Map(LEXICONS.map((l) => [l.lang, l]));

/** The lexicon of a language, or null when the engine has none for it. */
export function lexiconFor(lang: string | null | undefined): Lexicon | null {
  return (lang && BY_LANG.get(lang)) || null;
}

/** compiled word forms, per language (null: any language's union) and per key (with its flags when not "u") */
const WORD_FORMS = new Map<string | null, Map<string, RegExp | null>>();

function formsOf(lang: string | null): Map<string, RegExp | null> {
  let forms = WORD_FORMS.get(lang);
  if (!forms) WORD_FORMS.set(lang, (forms = new Map()));
  return forms;
}

/** A language's word form (lexicon `wordForms`) as a regex with `flags`, or null when the language has none. */
export function wordForm(lang: string | null | undefined, key: keyof WordForms, flags = "u"): RegExp | null {
  const lex = lexiconFor(lang);
  if (!lex?.wordForms) return null;
  const forms = formsOf(lex.lang);
  const k = flags === "u" ? key : `${key}/${flags}`;
  let re = forms.get(k);
  if (re === undefined) {
    const src = lex.wordForms[key];
    forms.set(k, (re = src ? new RegExp(src, flags) : null));
  }
  return re;
}

/** Every language's word form of `key`, as one regex (for rules that read any text), or null when none has it. */
export function anyWordForm(key: keyof WordForms, flags = "u"): RegExp | null {
  const forms = formsOf(null);
  const k = flags === "u" ? key : `${key}/${flags}`;
  let re = forms.get(k);
  if (re === undefined) {
    const srcs = LEXICONS.map((l) => l.wordForms?.[key]).filter((s): s is string => !!s);
    forms.set(k, (re = srcs.length ? new RegExp(srcs.map((s) => `(?:${s})`).join("|"), flags) : null));
  }
  return re;
}

type ListKey = { [K in keyof Lexicon]-?: NonNullable<Lexicon[K]> extends string[] ? K : never }[keyof Lexicon];
type MapKey = { [K in keyof Lexicon]-?: Lexicon[K] extends Record<string, number> | Record<string, string> ? (Lexicon[K] extends string[] ? never : K) : never }[keyof Lexicon];

/** Every language's entries of a list key, first occurrence kept. */
export function unionList(key: ListKey, langs: readonly Lexicon[] = LEXICONS): string[] {
  const out = new Set<string>();
  for (const l of langs) for (const w of (l[key] as string[] | undefined) ?? []) out.add(w);
  return [...out];
}

/** Every language's entries of a map key; the first language to name a word decides its value. */
export function unionMap<V extends string | number>(key: MapKey, langs: readonly Lexicon[] = LEXICONS): Record<string, V> {
  const out: Record<string, V> = {};
  for (const l of langs) {
    for (const [w, v] of Object.entries(l[key] as Record<string, V>)) if (!(w in out)) out[w] = v;
  }
  return out;
}

const LETTER_VARIANTS: Record<string, string> = {
  a: "aáàâäãåą", e: "eéèêëę", i: "iíìîïı", o: "oóòôöõø", u: "uúùûü", c: "cçć", n: "nñń", s: "sşś", g: "gğ", l: "lł",
  z: "zźż", y: "yý",
};

/**
 * A regex source that also matches the accented spellings of its plain letters, so a lexicon can write
 * "zaklad" or "investicao" and still match "zakład" and "investição" in raw text. Escapes, \p{…} and
 * quantifiers are kept as they are.
 */
const GROUP_OPEN_Y = /\(\?(?::|=|!|<=|<!)/y;
export function accentTolerant(src: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const next = src[i + 1] ?? "";
      if ((next === "p" || next === "P") && src[i + 2] === "{") {
        const end = src.indexOf("}", i);
        out += src.slice(i, end + 1);
        i = end;
      } else { out += c + next; i++; }
      continue;
    }
    if (c === "{" && !inClass) {
      const end = src.indexOf("}", i);
      if (end > i && /^\{\d*,?\d*\}$/.test(src.slice(i, end + 1))) { out += src.slice(i, end + 1); i = end; continue; }
    }
    if (c === "(" && src[i + 1] === "?") {
      // group syntax: (?:  (?=  (?!  (?<=  (?<!
      // (read in place: a slice of the rest of the source at every group cost the square of the source's length)
      GROUP_OPEN_Y.lastIndex = i;
      const m = GROUP_OPEN_Y.exec(src);
      if (m) { out += m[0]; i += m[0].length - 1; continue; }
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    // a straight apostrophe also matches the typographic one ("vient d’inaugurer", "l’acquisizione")
    if (c === "'") { out += inClass ? "'’" : "['’]"; continue; }
    const v = LETTER_VARIANTS[c];
    // a letter that bounds a class range ("a-z") stays as it is
    if (!v || (inClass && (src[i + 1] === "-" || src[i - 1] === "-"))) { out += c; continue; }
    out += inClass ? v : `[${v}]`;
  }
  return out;
}

/** One alternation of a list key's regex sources over the given languages (accent tolerant). */
export function unionSource(key: ListKey, langs: readonly Lexicon[] = LEXICONS): string {
  return unionList(key, langs).map(accentTolerant).join("|");
}

/**
 * The same regex source for text already folded by foldSameLength (lower case, accents stripped):
 * there the accented letters of accentTolerant's classes never occur (folding keeps only "ø" and "’"
 * of them), so "[aáàâäãåą]" is "a". A class of plain letters lets V8 skip ahead by literal prefixes;
 * the accented classes made the big lexicon alternations several times slower. Matches on folded
 * text are identical.
 */
export function forFoldedText(src: string): string {
  let out = src;
  for (const [base, v] of Object.entries(LETTER_VARIANTS)) {
    const kept = base === "o" ? "oø" : base;
    out = out.split(`[${v}]`).join(kept.length === 1 ? kept : `[${kept}]`).split(v).join(kept);
  }
  return out;
}
