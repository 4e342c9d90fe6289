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
 * V8 compiles a regex whose source is longer than 20 KB without its optimizations (kRegExpTooLargeToOptimize: no
 * quick checks of the next characters, no Boyer-Moore scan): the lexicon's union of completion words (27 KB) ran
 * eight times slower than its two halves one after the other. Sources above this many characters are split.
 */
export const REGEX_SPLIT_CHARS = 16_000;

/**
 * The top-level alternatives of a regex source, or null when it has capturing groups (their numbers would change
 * in the parts) or cannot be read.
 */
export function topAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i++;
      if (src[i] === "^") i++;
      if (src[i] === "]") i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      if (i >= src.length) return null;
    } else if (c === "(") {
      // a capturing group: "(" not followed by "?", or a named one "(?<name>"
      if (src[i + 1] !== "?" || (src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!")) return null;
      depth++;
    } else if (c === ")") {
      if (--depth < 0) return null;
    } else if (c === "|" && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(src.slice(start));
  return out;
}

/** The regex with `source` and `flags`, as one regex, or (source too long for V8 to optimize, see REGEX_SPLIT_CHARS)
 * as its top-level alternatives in parts run one after the other with the same matches. */
export function splitRegExp(source: string, flags: string): RegExp | SplitRegExp {
  if (source.length <= REGEX_SPLIT_CHARS) return new RegExp(source, flags);
  const alts = topAlternatives(source);
  if (!alts || alts.length < 2) return new RegExp(source, flags);
  const parts: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of alts) {
    if (cur.length && len + a.length + 1 > REGEX_SPLIT_CHARS / 2) {
      parts.push(cur.join("|"));
      cur = [];
      len = 0;
    }
    cur.push(a);
    len += a.length + 1;
  }
  parts.push(cur.join("|"));
  return new SplitRegExp(parts.map((p) => new RegExp(p, flags)));
}

/**
 * An alternation run as its parts, with the matches of the whole: the leftmost match of any part, and at one
 * position the match of the earliest part (the alternatives keep their order, so the whole would take the same
 * one). `lastIndex` works as on a global or sticky regex. Its parts have no capturing groups (topAlternatives).
 */
export class SplitRegExp {
  lastIndex = 0;
  constructor(readonly parts: RegExp[]) {}

  get global(): boolean {
    return this.parts[0].global;
  }

  get sticky(): boolean {
    return this.parts[0].sticky;
  }

  exec(s: string): RegExpExecArray | null {
    const keep = this.global || this.sticky;
    let best: RegExpExecArray | null = null;
    let bestLast = 0;
    for (const re of this.parts) {
      re.lastIndex = keep ? this.lastIndex : 0;
      const m = re.exec(s);
      if (m && (!best || m.index < best.index)) {
        best = m;
        bestLast = re.lastIndex;
        // nothing can start before the first place a match may start
        if (m.index === (keep ? this.lastIndex : 0)) break;
      }
    }
    if (keep) this.lastIndex = best ? bestLast : 0;
    return best;
  }

  test(s: string): boolean {
    if (this.global || this.sticky) return this.exec(s) !== null;
    for (const re of this.parts) if (re.test(s)) return true;
    return false;
  }
}

/**
 * A case-insensitive regex (flags "iu", all its letters lower-case) run as a case-sensitive one on
 * lower-cased text: V8 runs large /iu alternations about ten times slower than the same alternation
 * without "i". The matches are the same wherever lower-casing keeps every offset (it does except
 * for a few letters such as "İ"); for other text the original regex runs. `lastIndex` behaves as on
 * the original; a match's [0] is the input's own text, its capture groups are lower-cased.
 */
export class LowerCaseRegExp {
  private readonly original: RegExp | SplitRegExp;
  private readonly lower: RegExp | SplitRegExp;
  private lastIn = "";
  private lastOut: string | null = "";
  /** a cheap test every matching text passes (see requiredRuns), or null */
  private readonly needs: ((s: string) => boolean) | null;
  lastIndex = 0;

  constructor(re: RegExp) {
    const letters = re.source.replace(/\\[pP]\{[^}]*\}|\\./g, "");
    if (!re.flags.includes("i") || !re.flags.includes("u") || /\p{Lu}/u.test(letters)) {
      throw new Error(`LowerCaseRegExp needs an /iu regex written in lower case: ${re.source.slice(0, 60)}`);
    }
    this.original = splitRegExp(re.source, re.flags);
    this.lower = splitRegExp(re.source, re.flags.replace("i", ""));
    this.needs = re.global || re.sticky ? null : requiredRunsTest(re);
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
    if (this.needs && !this.needs(s)) return null;
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

/** One folded letter for a literal character of a lower-case /iu regex, or null (see requiredRuns). */
function runChar(c: string): string | null {
  // (asked for every character of the lexicon's regex sources when they are compiled: one answer per character)
  let hit = RUN_CHAR.get(c);
  if (hit === undefined) RUN_CHAR.set(c, (hit = runCharRaw(c)));
  return hit;
}
const RUN_CHAR = new Map<string, string | null>();
function runCharRaw(c: string): string | null {
  const code = c.charCodeAt(0);
  if (c.length !== 1 || (code >= 0xd800 && code <= 0xdfff) || "\\[]()|.^$?*+{}".includes(c)) return null;
  const f = runFold(foldSameLength(c));
  const u = c.toUpperCase();
  return f.length === 1 && (u.length !== 1 || runFold(foldSameLength(u)) === f) ? f : null;
}
/** foldSameLength keeps "ø" and "’", which the regexes' classes put with "o" and "'" */
function runFold(f: string): string {
  return f.includes("ø") || f.includes("’") ? f.replace(/ø/g, "o").replace(/’/g, "'") : f;
}

/**
 * For a case-insensitive regex written in lower case (neither global nor sticky): a test that every text it matches
 * passes, cheaper than the regex, or null. It looks for the regex's required runs in the folded text, with a plain
 * alternation: V8 scans for literal words several times faster than for the lexicon's accent classes.
 */
export function requiredRunsTest(re: RegExp): ((s: string) => boolean) | null {
  const runs = re.global || re.sticky ? null : requiredRuns(re.source);
  if (!runs) return null;
  const any = new RegExp(runs.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  return (s) => any.test(runFold(foldSameLength(s)));
}

/**
 * Letters, folded, of which every match of the regex source holds at least one (a run of literal characters, or of
 * accent classes whose letters all fold alike, outside any group and quantifier, in each alternative; or the runs of
 * a group that must match), or null when some alternative has no run of two or more. Matches of the lower-case regex
 * lie at the same offsets in the folded text, where each of their letters folds alike: a text holding none of the
 * runs cannot match, so the regex is not run there.
 */
export function requiredRuns(src: string): string[] | null {
  const alts: string[][] = [];
  let best: string[] | null = null;
  let run = "";
  const score = (r: string[] | null) => (r && r.length ? Math.min(...r.map((x) => x.length)) : 0);
  const flush = () => {
    if (run.length > score(best)) best = [run];
    run = "";
  };
  const endAlt = () => {
    flush();
    if (score(best) < 2) return false;
    alts.push(best!);
    best = null;
    return true;
  };
  for (let i = 0; i < src.length;) {
    const c = src[i];
    let atom: string | null = null;
    let group: string[] | null = null;
    let next = i + 1;
    if (c === "|") {
      if (!endAlt()) return null;
      i++;
      continue;
    }
    if (c === "\\") {
      const e = src[i + 1] ?? "";
      // escapes that spell a character or a back reference ("\u00a0", "\x41", "\1") are not read: no runs
      if (/[\dA-Za-z]/.test(e) && !"pPbBsSdDwWnrtfv".includes(e)) return null;
      next = e === "p" || e === "P" ? src.indexOf("}", i) + 1 : i + 2;
      if (next <= 0) return null;
    } else if (c === "[") {
      let j = i + 1;
      if (src[j] === "]") return null;
      while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      if (j >= src.length) return null;
      const members = [...src.slice(i + 1, j)];
      const folded = members.map(runChar);
      if (members.length && members[0] !== "^" && !members.includes("-") && !members.includes("\\"))
        atom = folded.every((f) => f !== null && f === folded[0]) ? folded[0] : null;
      next = j + 1;
    } else if (c === "(") {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        const d = src[j];
        if (d === "\\") j++;
        else if (d === "[") {
          j++;
          if (src[j] === "]") return null;
          while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
        } else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
      if (j >= src.length) return null;
      // a group that must match (no look-around): any of its own runs
      const inner = src.slice(i + 1, j);
      if (!/^\?(?:<?[=!])/.test(inner)) group = requiredRuns(inner.replace(/^\?(?::|<[\p{L}\d_]+>)/u, ""));
      next = j + 1;
    } else atom = runChar(c);
    const q = src[next];
    const quantified = q === "?" || q === "*" || q === "+" || q === "{";
    if (atom !== null && !quantified) run += atom;
    else {
      flush();
      if (group && q !== "?" && q !== "*" && q !== "{" && score(group) > score(best)) best = group;
    }
    if (quantified) {
      const braces = q === "{" ? /^\{\d+(?:,\d*)?\}/.exec(src.slice(next)) : null;
      if (q === "{" && !braces) return null;
      next += braces ? braces[0].length : 1;
      if (src[next] === "?") next++;
    }
    i = next;
  }
  return endAlt() ? [...new Set(alts.flat())] : null;
}

/**
 * A reader of one class of characters, a code unit at a time: how many UTF-16 units the character at `i` of `s` takes
 * when it is in the class `re` (a regex for one character, such as /^\p{L}$/u): 2 for one outside the BMP, 1 for one
 * inside, 0 when it is not in the class (a lone surrogate never is). A hand-written scan with it runs several times
 * faster than a regex's matchAll; the answer for each BMP unit is asked of `re` once and kept.
 */
export function unitClassWidth(re: RegExp): (s: string, i: number) => number {
  const known = new Int8Array(0x10000).fill(-1);
  return (s: string, i: number): number => {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return re.test(s.slice(i, i + 2)) ? 2 : 0;
    }
    let v = known[c];
    if (v < 0) v = known[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    return v;
  };
}
