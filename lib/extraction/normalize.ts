/** Text normalization helpers shared by all extraction concerns. */

import { memoize } from "./memo";

const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-case, fold accents and special letters (ı, ß, ø …) for lookups (memoized for short strings). */
export function fold(s: string): string {
  if (ASCII_RE.test(s)) return s.toLowerCase().replace(/[`]/g, "'");
  return s.length > 40 ? foldRaw(s) : foldShort(s);
}

const foldShort = memoize(foldRaw, 50_000);

function foldRaw(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/[’`´]/g, "'");
}

/** Fold and collapse every non letter/digit run to one space. */
export function foldKey(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export type Token = { text: string; start: number; end: number };

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Word tokens with offsets relative to `base`. Trailing dots are kept only for known abbreviations by callers. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let t = m[0];
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
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const ACCENT_CLASSES: Record<string, string> = {
  a: "aáàâäãåą", e: "eéèêëę", i: "iíìîïı", o: "oóòôöõø", u: "uúùûü", c: "cçć", n: "nñń", s: "sşś", g: "gğ", l: "lł",
  z: "zźż", "'": "'’",
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
    let d = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (ch === "ı" || ch === "İ") d = "i";
    if (ch === "ł" || ch === "Ł") d = "l";
    hit = d.length === 1 ? d : (d[0] ?? " ");
    CHAR_FOLD.set(ch, hit);
  }
  return hit;
}

function foldSameLengthRaw(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII_RE.test(s) || lower.length !== s.length) return ASCII_RE.test(s) ? lower : foldSlow(s);
  return lower.replace(/[^\x00-\x7f]/g, foldChar);
}

function foldSlow(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s[i] < "\u00c0" ? s[i].toLowerCase() : foldChar(s[i]);
  return out;
}
