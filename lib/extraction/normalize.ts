/** Text normalization helpers shared by all extraction concerns. */

import { memoize } from "./memo";

/** Is every code unit of `s` ASCII? (A loop: cheaper than a regex test on the short words fold() mostly gets.) */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-case, fold accents and special letters (ı, ß, ø …) for lookups (memoized for short strings). */
export function fold(s: string): string {
  if (isAscii(s)) {
    const lower = s.toLowerCase();
    return lower.includes("`") ? lower.replace(/`/g, "'") : lower;
  }
  return s.length > 40 ? foldRaw(s) : foldShort(s);
}

const foldShort = memoize(foldRaw, 50_000);

const COMBINING_RE = /[\u0300-\u036f]/g;
const SPECIAL_RE = /[ıßøłæœ’`´]/g;
const SPECIAL: Record<string, string> = {
  ı: "i",
  ß: "ss",
  ø: "o",
  ł: "l",
  æ: "ae",
  œ: "oe",
  "’": "'",
  "`": "'",
  "´": "'",
};

/** NFKD without combining marks, lower case, then ı ß ø ł æ œ and the apostrophes spelled out (one pass each). */
export function foldNfkd(s: string): string {
  return s
    .normalize("NFKD")
    .replace(COMBINING_RE, "")
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c]);
}

/**
 * foldNfkd, a code unit at a time where that gives the same string: Latin letters (below U+0370, with the
 * combining accents) and general punctuation and currency signs (U+2000-U+20CF). Their decompositions hold
 * no other combining mark (the only ones NFKD would reorder) and their lower case needs no context (Greek
 * final sigma does), so each unit folds alone; ASCII only needs its lower case. Faster than normalize(),
 * which the rules ask for on every name and on the words around it.
 */
function foldRaw(s: string): string {
  if (NOT_UNIT_BY_UNIT_RE.test(s)) return foldNfkd(s);
  const out = s.replace(NON_ASCII_G, foldUnit).toLowerCase();
  return out.includes("`") ? out.replace(/`/g, "'") : out;
}
const NOT_UNIT_BY_UNIT_RE = /[^\u0000-\u036f\u2000-\u20cf]/;
const NON_ASCII_G = /[^\x00-\x7f]/g;
const UNIT_FOLD: string[] = [];
function foldUnit(c: string): string {
  return (UNIT_FOLD[c.charCodeAt(0)] ??= foldNfkd(c));
}

/** Fold and collapse every non letter/digit run to one space. */
export function foldKey(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Token = { text: string; start: number; end: number };

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Word tokens with offsets relative to `base`. Trailing dots are kept only for known abbreviations by callers. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(WORD_RE, text)) {
    const t = m[0];
    // "Mail.ru" keeps its dot, "end." never reaches here because the regex ends on a letter/digit
    out.push({ text: t, start: base + (m.index ?? 0), end: base + (m.index ?? 0) + t.length });
  }
  return out;
}

/** Build one alternation regex source from words, longest first, escaped. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

export function isUpperInitial(w: string): boolean {
  const code = w.charCodeAt(0);
  // ASCII: only A-Z (the test below without its two case conversions)
  if (code < 0x80) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const ACCENT_CLASSES: Record<string, string> = {
  a: "aáàâäãåą",
  e: "eéèêëę",
  i: "iíìîïı",
  o: "oóòôöõø",
  u: "uúùûü",
  c: "cçć",
  n: "nñń",
  s: "sşś",
  g: "gğ",
  l: "lł",
  z: "zźż",
  "'": "'’",
};

/** Regex source for a folded word that also matches its accented spellings. */
export function accentInsensitive(word: string): string {
  let out = "";
  for (const ch of word) {
    const cls = ACCENT_CLASSES[ch];
    out += cls ? `[${cls}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return out;
}

/** Alternation of folded words matching accented spellings too, longest first. */
export function foldedAlternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.map(accentInsensitive).join("|");
}

/** Like fold() but keeps every UTF-16 offset (one output unit per input unit), for regexes on folded text. */
let lastFoldIn = "";
let lastFoldOut = "";

export function foldSameLength(s: string): string {
  if (s === lastFoldIn) return lastFoldOut;
  const out = foldSameLengthRaw(s);
  lastFoldIn = s;
  lastFoldOut = out;
  return out;
}

const CHAR_FOLD = new Map<string, string>();

function foldChar(ch: string): string {
  let hit = CHAR_FOLD.get(ch);
  if (hit === undefined) {
    let d = ch
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    if (ch === "ı" || ch === "İ") d = "i";
    if (ch === "ł" || ch === "Ł") d = "l";
    hit = d.length === 1 ? d : (d[0] ?? " ");
    CHAR_FOLD.set(ch, hit);
  }
  return hit;
}

function foldSameLengthRaw(s: string): string {
  const lower = s.toLowerCase();
  const ascii = isAscii(s);
  if (ascii || lower.length !== s.length) return ascii ? lower : foldSlow(s);
  return lower.replace(/[^\x00-\x7f]/g, foldChar);
}

function foldSlow(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s[i] < "\u00c0" ? s[i].toLowerCase() : foldChar(s[i]);
  return out;
}

/**
 * A case-insensitive regex (flags "iu", all its letters lower-case) run as a case-sensitive one on
 * lower-cased text: V8 runs large /iu alternations about ten times slower than the same alternation
 * without "i". The matches are the same wherever lower-casing keeps every offset (it does except
 * for a few letters such as "İ"); for other text the original regex runs. `lastIndex` behaves as on
 * the original; a match's [0] is the input's own text, its capture groups are lower-cased.
 */
export class LowerCaseRegExp {
  private readonly original: RegExp;
  private readonly lower: RegExp;
  private lastIn = "";
  private lastOut: string | null = "";
  lastIndex = 0;

  constructor(re: RegExp) {
    const letters = re.source.replace(/\\[pP]\{[^}]*\}|\\./g, "");
    if (!re.flags.includes("i") || !re.flags.includes("u") || /\p{Lu}/u.test(letters)) {
      throw new Error(`LowerCaseRegExp needs an /iu regex written in lower case: ${re.source.slice(0, 60)}`);
    }
    this.original = re;
    this.lower = new RegExp(re.source, re.flags.replace("i", ""));
  }

  private lowered(s: string): string | null {
    if (s !== this.lastIn) {
      const l = s.toLowerCase();
      this.lastIn = s;
      this.lastOut = l.length === s.length ? l : null;
    }
    return this.lastOut;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }

  exec(s: string): RegExpExecArray | null {
    const l = this.lowered(s);
    const re = l === null ? this.original : this.lower;
    re.lastIndex = this.lastIndex;
    const m = re.exec(l ?? s);
    this.lastIndex = re.lastIndex;
    if (m && l !== null) m[0] = s.slice(m.index, m.index + m[0].length);
    return m;
  }
}

/**
 * The matches of a global regex in `s`, exactly as `[...s.matchAll(re)]` gives them, without the
 * copy of `re` that matchAll makes on every call: a fresh copy of a large alternation starts over
 * in V8's regex interpreter, which made matchAll about four times slower than exec on the money
 * regex. Starts at re.lastIndex like matchAll's copy, and leaves re.lastIndex as it was.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a global regex");
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m);
      if (m[0] === "") {
        const i = re.lastIndex;
        re.lastIndex = (re.unicode || re.flags.includes("v")) && (s.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
      }
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}
