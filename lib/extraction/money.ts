/** Finding money amounts in text: numbers, number words, scales, currencies and bracketed conversions. */
import {
  ABBREVIATED_SCALES,
  AND_A_HALF,
  APPROXIMATE_SOURCE,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  LOCAL_DOLLAR_OR_PESO,
  NUMBER_WORDS,
  SAME_SUM_WORDS,
  SCALE_WORDS,
  scaleOf,
  SHARED_CURRENCY_NAMES,
  SHORT_SCALE_WORDS,
} from "./lexicon/money-words";
import { alternation, fold, foldedAlternation } from "./normalize";
import { LowerTest } from "./lower-test";

export type Money = {
  start: number;
  end: number;
  text: string;
  amount: number;
  /** ISO code, or null when the text names no currency ("1,4 Milliarden") */
  currency: string | null;
  /** true when the currency came from a bare "$" (may be a local dollar or peso) */
  bareDollar: boolean;
  /** "45 millions de dollars", "$45m" with no US qualifier, in an article of this language (see resolveCurrency) */
  plainDollarIn?: string | null;
  alternatives: { amount: number; currency: string }[];
};

const SHORT_SCALES = SHORT_SCALE_WORDS;
const ABBREVIATED_SCALE_ALT = alternation(ABBREVIATED_SCALES);
const ABBREVIATED_SCALE_RE = new RegExp(`^(?:${ABBREVIATED_SCALE_ALT})\\.$`, "i");
const ENDS_ABBREVIATED_RE = new RegExp(`(?:${ABBREVIATED_SCALE_ALT})\\.$`, "i");
/** "mil millones", "mil milhões": a thousand millions (a written-out word: "67 mil m²" is an area) */
const NEXT_WORD_RE = /^\s+(\p{L}{3,})(?![\p{L}\p{N}²³])/u;
const LONG_SCALES = Object.keys(SCALE_WORDS).filter((w) => !SHORT_SCALES.includes(w));
const NUMBER_WORD_RE = foldedAlternation(Object.keys(NUMBER_WORDS).filter((w) => w.length > 1));
const PREFIX_RE = alternation(Object.keys(CURRENCY_PREFIXES).filter((p) => p !== "P" && p !== "R"));
/** "R1.65-billion", "R800 million": the South African rand's "R" only glued to a figure with a scale word */
const RAND_PREFIX = String.raw`R(?=\d+(?:[.,]\d+)?[- ]?(?:bn|m|million|billion)(?![\p{L}]))`;
const SUFFIX_RE = foldedAlternation(Object.keys(CURRENCY_WORDS));
/** ISO codes French financial news glues to a scale ("8 MdMAD", "2 MdsEUR", "100 MDH", "35 MDT") */
const GLUED_CODES = "(?:MAD|EUR|USD|CAD|XOF|XAF|DZD|TND|CHF|GBP|DH|DT)";
const DIGITS = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

// prefix? number scale? suffix?   (case-insensitive on words, symbols literal)
const AMOUNT_SRC =
  // never from inside a figure: "R1.65-billion" is not "65-billion"
  String.raw`(?<![\p{L}\d])(?<!\d[.,])(?:(?<pre>${PREFIX_RE}|P(?=\d)|${RAND_PREFIX})[ \u00a0]?)?` +
  String.raw`(?:(?<num>${DIGITS})|(?<word>${NUMBER_WORD_RE}))(?<half>[  ]+(?:${foldedAlternation(AND_A_HALF)}))?` +
  String.raw`(?:(?:[ \u00a0]?|-)(?<short>${alternation(SHORT_SCALES)})(?:(?![\p{L}\p{N}])|(?=${GLUED_CODES}(?![\p{L}])))\.?|(?:[ \u00a0]+|-)(?<scale>${foldedAlternation(LONG_SCALES)})\.?(?:(?![\p{L}])|(?=${GLUED_CODES}(?![\p{L}]))))?` +
  // "730 M€", "11 Md€", "8 MdMAD", "45 M$", "30€": a symbol or code glued to the figure or its scale
  String.raw`(?:(?:(?:[ \u00a0]+|-)(?:(?:de|d['’]|di) ?)?|(?<=[\p{L}.\d])(?=[€£$]|${GLUED_CODES}(?![\p{L}])))(?<suf>${SUFFIX_RE}|€|£|\$|${PREFIX_RE})(?![\p{L}]))?`;
const AMOUNT_RE = new RegExp(AMOUNT_SRC, "giu");
/** its length: V8 runs a source over 20 KB unoptimized, several times slower (normalize.ts REGEX_SPLIT_CHARS); its
 * named groups keep it from being split, so the money words must stay below that */
export const AMOUNT_SOURCE_CHARS = AMOUNT_SRC.length;
const OPEN_BRACKET_RE = /^\s*\(/u;
/** "200 billion dirhams or $20 bln", "1,4 Mrd. Euro oder 1,5 Mrd. Dollar": the same sum in another currency */
const OR_WORDS = SAME_SUM_WORDS;

/**
 * An amount in brackets after an amount, "(US$ 76.3 million)", and one after "or": what
 * /^\s*\((?:APPROXIMATE|~)?\s*(AMOUNT)/iu and /^\s*,?\s*(?:or|oder|…)\s+(?:APPROXIMATE|~)?\s*(AMOUNT)/iu match, as
 * { end: the match's length, text: the amount }. Each of those regexes held the whole amount pattern and was compiled
 * on its own (a few hundred milliseconds of every fresh process, for text of one and of two bytes a unit); here the
 * words before the amount are tried as the regex tries them, in order, and the amount is read with AMOUNT_AT_RE,
 * whose machine code AMOUNT_RE's compilation gives. (An amount never starts with a space, so the spaces before it are
 * skipped whole: fewer would be no other match.)
 */
type Tail = { end: number; text: string };
const sticky = (src: string) => new RegExp(src, "iuy");
/** The top-level alternatives of a regex source, or null when one is not a fixed run of letters, classes and escapes
 * (one that could match in several ways would need the regex's backtracking; a "|" inside a group or class is
 * caught by the same test). */
function plainAlternatives(src: string): string[] | null {
  const alts = src.split("|");
  // (nor one opening with a space, which the spaces before it could give back)
  const plain = alts.every(
    (a) => a && !/^(?:\s|\\s)/.test(a) && !/[()?*+{}|]/.test(a.replace(/\\./g, "").replace(/\[[^\]]*\]/g, "")),
  );
  return plain ? alts : null;
}
const APPROX_ALTS = plainAlternatives(APPROXIMATE_SOURCE);
const APPROX_Y = [...(APPROX_ALTS ?? []), "~"].map(sticky);
const OR_WORD_Y = OR_WORDS.map((w) => sticky(String.raw`(?:${w})\s+`));
const SPACES_Y = /\s*/uy;
const BRACKET_HEAD_RE = /^\s*\(/u;
const OR_HEAD_RE = /^\s*,?\s*/u;
/** The regexes themselves, for lexicons whose approximate words are no plain alternatives (compiled when first asked). */
let bracketRe: RegExp | null = null;
let orAmountRe: RegExp | null = null;
const AMOUNT_NO_NAMES = () => AMOUNT_SRC.replace(/\?<\w+>/g, "");

/** After the approximate word (or "~", or neither) at `at` and any spaces: the amount starting there. */
function amountAfter(text: string, at: number): Tail | null {
  for (const re of APPROX_Y) {
    re.lastIndex = at;
    if (!re.test(text)) continue;
    const hit = spacedAmount(text, re.lastIndex);
    if (hit) return hit;
  }
  return spacedAmount(text, at);
}
function spacedAmount(text: string, at: number): Tail | null {
  SPACES_Y.lastIndex = at;
  SPACES_Y.test(text);
  const m = amountAt(text, SPACES_Y.lastIndex);
  return m ? { end: m.index + m[0].length, text: m[0] } : null;
}
function fromRegex(re: RegExp, text: string): Tail | null {
  const m = re.exec(text);
  return m ? { end: m[0].length, text: m[1] } : null;
}

/** (`viaRegex`: read with the regex itself, as the tests compare) */
export function bracketAmount(rest: string, viaRegex = false): Tail | null {
  if (!APPROX_ALTS || viaRegex) {
    bracketRe ??= new RegExp(String.raw`^\s*\((?:${APPROXIMATE_SOURCE}|~)?\s*(` + AMOUNT_NO_NAMES() + ")", "iu");
    return fromRegex(bracketRe, rest);
  }
  const head = BRACKET_HEAD_RE.exec(rest);
  return head ? amountAfter(rest, head[0].length) : null;
}

export function orAmount(rest: string, viaRegex = false): Tail | null {
  if (!APPROX_ALTS || viaRegex) {
    orAmountRe ??= new RegExp(
      String.raw`^\s*,?\s*(?:${OR_WORDS.join("|")})\s+(?:${APPROXIMATE_SOURCE}|~)?\s*(` + AMOUNT_NO_NAMES() + ")",
      "iu",
    );
    return fromRegex(orAmountRe, rest);
  }
  const at = OR_HEAD_RE.exec(rest)?.[0].length ?? 0;
  for (const re of OR_WORD_Y) {
    re.lastIndex = at;
    if (!re.test(rest)) continue;
    const hit = amountAfter(rest, re.lastIndex);
    if (hit) return hit;
  }
  return null;
}
/**
 * The first amount in a string, and the amount starting exactly at a position: both read with a copy of AMOUNT_RE.
 * A copy with the same flags shares AMOUNT_RE's machine code, where a non-global or sticky one would be compiled
 * again (tens of milliseconds each, in every fresh process). Compiling it per bracket cost milliseconds each time.
 */
const AMOUNT_AT_RE = new RegExp(AMOUNT_SRC, "giu");
const INNER_AMOUNT_RE = {
  exec(s: string): RegExpExecArray | null {
    AMOUNT_AT_RE.lastIndex = 0;
    return AMOUNT_AT_RE.exec(s);
  },
};
/** The amount that starts at `at`, as a sticky regex would read it (the global one's first match from there). */
function amountAt(text: string, at: number): RegExpExecArray | null {
  AMOUNT_AT_RE.lastIndex = at;
  const m = AMOUNT_AT_RE.exec(text);
  return m && m.index === at ? m : null;
}

const QUICK_SCALE_RE = new RegExp(`(?<![\\p{L}])(?:${foldedAlternation(LONG_SCALES)})(?![\\p{L}])`, "iu");
const QUICK_SCALE = new LowerTest(QUICK_SCALE_RE);

/** Parse "1,4" / "1.200" / "270,000" / "3.700" with the language's decimal separator. */
export function parseNumber(raw: string, lang: string | null): number {
  const s = raw.replace(/[\u00a0\u202f ]/g, "");
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) {
    const dec = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const th = dec === "." ? "," : ".";
    return Number(s.split(th).join("").replace(dec, "."));
  }
  const sep = dots ? "." : commas ? "," : "";
  if (!sep) return Number(s);
  const count = dots || commas;
  if (count > 1) return Number(s.split(sep).join(""));
  const after = s.slice(s.indexOf(sep) + 1);
  const langDecimal = lang && lang !== "en" ? "," : ".";
  if (after.length === 3 && sep !== langDecimal) return Number(s.replace(sep, ""));
  // Latin American Spanish groups thousands with a comma ("$1,200 millones"); Spain writes a decimal as "1,2"
  if (after.length === 3 && lang === "es" && sep === ",") return Number(s.replace(sep, ""));
  if (after.length === 3 && /^0\d*/.test(s) === false && lang === null) return Number(s.replace(sep, ""));
  return Number(s.replace(sep, "."));
}

function scaleValue(word: string | undefined, lang: string | null): number {
  if (!word) return 1;
  const w = fold(word).replace(/\.$/, "");
  return scaleOf(w, lang) ?? 1;
}

function currencyOf(pre: string | undefined, suf: string | undefined): { code: string | null; bare: boolean } {
  const p = pre?.trim();
  if (p) {
    const code = CURRENCY_PREFIXES[p] ?? CURRENCY_PREFIXES[p.toUpperCase()] ?? null;
    return { code, bare: p === "$" };
  }
  if (suf) {
    const f = fold(suf);
    const code = CURRENCY_WORDS[f] ?? CURRENCY_PREFIXES[suf] ?? CURRENCY_PREFIXES[suf.toUpperCase()] ?? null;
    return { code, bare: suf === "$" };
  }
  return { code: null, bare: false };
}

/** "un milliard et demi d'euros", "un miliardo e mezzo", "um bilhão e meio de reais": the half after the scale word,
 * then the currency (read outside AMOUNT_RE, which must stay short) */
const HALF_AFTER_SCALE_RE = new RegExp(
  String.raw`^[ \u00a0]+(?:${foldedAlternation(AND_A_HALF)})(?![\p{L}])(?:[ \u00a0]+(?:(?:de|d['’]|di) ?)?(${SUFFIX_RE}|€|£|\$)(?![\p{L}]))?`,
  "iu",
);

type Raw = { start: number; end: number; amount: number; currency: string | null; bare: boolean; hasScale: boolean };

function readAmount(m: RegExpExecArray | RegExpMatchArray, offset: number, lang: string | null): Raw | null {
  const g = m.groups ?? {};
  const scaleWord = g.short ?? g.scale;
  let base: number;
  if (g.num) base = parseNumber(g.num, lang);
  else {
    base = NUMBER_WORDS[fold(g.word ?? "")] ?? NaN;
    // number words only with a full scale word, or a word that is a scale itself ("a billion", Polish "miliard")
    if (!g.scale && !(base >= 1e6)) return null;
  }
  if (!Number.isFinite(base)) return null;
  if (g.half) base += 0.5;
  const scale = scaleValue(scaleWord, lang);
  // "a 5 billion real estate fund": Portuguese "real" is English "real estate" here
  const realEstate =
    g.suf !== undefined &&
    /^real$/i.test(g.suf) &&
    "input" in m &&
    typeof m.input === "string" &&
    /^\s+estate/i.test(m.input.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 10));
  let suffix = realEstate ? undefined : g.suf;
  let length = realEstate ? m[0].lastIndexOf(g.suf!) : m[0].length;
  if (g.scale && !g.half && !g.suf && "input" in m && typeof m.input === "string") {
    const at = (m.index ?? 0) + m[0].length;
    const half = HALF_AFTER_SCALE_RE.exec(m.input.slice(at, at + 40));
    if (half) {
      base += 0.5;
      suffix = half[1];
      length += half[0].length;
    }
  }
  // "mil millones" (es) = 10^9
  const { code, bare } = currencyOf(g.pre, suffix);
  if (!code && !scaleWord) return null;
  if (g.short && !g.num) return null;
  if (g.pre === "P" && !scaleWord) return null;
  const amount = Math.round(base * scale * 100) / 100;
  return { start: offset, end: offset + length, amount, currency: code, bare, hasScale: !!scaleWord };
}

const CONTINUED_GAP_RE = /^[ \u00a0]+(?:(?:ve|e|i|y|und|and|et)[ \u00a0]+)?/iu;

/** The rest of an amount written in two scales ("… 500 bin avro" after "16 milyon"): a whole number under 1000 of a
 * smaller scale, right after the first; null when there is none. */
function continuedAmount(text: string, end: number, first: RegExpExecArray, lang: string | null) {
  const gap = CONTINUED_GAP_RE.exec(text.slice(end, end + 12));
  if (!gap) return null;
  const m = amountAt(text, end + gap[0].length);
  if (!m?.groups?.num || !/^\d{1,3}$/.test(m.groups.num) || m.groups.pre) return null;
  const r = readAmount(m, m.index, lang);
  const s1 = scaleValue(first.groups?.short ?? first.groups?.scale, lang);
  const s2 = scaleValue(m.groups.short ?? m.groups.scale, lang);
  if (!r || !r.hasScale || s2 >= s1) return null;
  return { amount: r.amount, currency: r.currency, bare: r.bare, end: r.end };
}

/** All money amounts in `text` (offsets relative to `base`). */
export function findMoney(text: string, lang: string | null, base = 0): Money[] {
  const out: Money[] = [];
  if (!/\d/.test(text) && !QUICK_SCALE.test(text)) return out;
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text))) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const r = readAmount(m, m.index, lang);
    if (!r) {
      // "an €45m", "on $5bn": a word read as a number ("on" is Turkish ten) took the currency sign as its suffix; the
      // amount that sign opens is looked for again
      if (m.groups?.suf && !m.groups.num) AMOUNT_RE.lastIndex = m.index + 1;
      continue;
    }
    let end = r.end;
    if (
      text[end - 1] === "." &&
      !ABBREVIATED_SCALE_RE.test(m.groups?.short ?? m.groups?.scale ?? "") &&
      !ENDS_ABBREVIATED_RE.test(m[0])
    )
      end -= 1;
    // "mil millones"
    const next = fold(m.groups?.scale ?? "") === "mil" ? NEXT_WORD_RE.exec(text.slice(end, end + 20)) : null;
    if (next && SCALE_WORDS[fold(next[1])] === 1e6) {
      r.amount *= 1e6;
    }
    // "16 milyon 500 bin avro", "1 mld 200 mln zł": a smaller scale after the first adds to it
    if (!r.currency && r.hasScale && !next) {
      const joined = continuedAmount(text, end, m, lang);
      if (joined) {
        r.amount += joined.amount;
        r.currency = joined.currency;
        r.bare = joined.bare;
        end = joined.end;
        AMOUNT_RE.lastIndex = end;
      }
    }
    const rest = text.slice(end, end + 80);
    // a bracket opens the rest: tested first, as most amounts have none
    const b = OPEN_BRACKET_RE.test(rest) ? bracketAmount(rest) : null;
    const alternatives: { amount: number; currency: string }[] = [];
    const or = !b && r.currency ? orAmount(rest) : null;
    if (or) {
      const inner = INNER_AMOUNT_RE.exec(or.text);
      const alt = inner ? readAmount(inner, 0, lang) : null;
      if (alt && alt.currency && alt.currency !== r.currency) {
        alternatives.push({ amount: alt.amount, currency: alt.currency });
        AMOUNT_RE.lastIndex = end + or.end;
      }
    }
    if (b) {
      const inner = INNER_AMOUNT_RE.exec(b.text);
      const alt = inner ? readAmount(inner, 0, lang) : null;
      if (alt && alt.currency) {
        const main = { ...r };
        if (!main.currency) main.currency = alt.currency;
        // "$ 270,000 million (US $ 76.3 million)": the bare dollar is a local currency
        if (main.bare && alt.currency === "USD" && /US|USD/.test(b.text)) {
          alternatives.push({ amount: r.amount, currency: "LOCAL" });
          r.amount = alt.amount;
          r.currency = "USD";
          r.bare = false;
        } else {
          if (!r.currency) r.currency = alt.currency;
          alternatives.push({ amount: alt.amount, currency: alt.currency });
        }
        void main;
        AMOUNT_RE.lastIndex = end + b.end;
      }
    }
    out.push({
      start: base + r.start,
      end: base + end,
      text: text.slice(r.start, end).trim(),
      amount: r.amount,
      currency: r.currency,
      bareDollar: r.bare,
      plainDollarIn:
        r.currency === "USD" && !US_QUALIFIED_RE.test(text.slice(Math.max(0, r.start - 4), end + 16))
          ? lang
          : undefined,
      alternatives,
    });
  }
  return out;
}

/** "US$", "USD", "U.S. dollars", "dollars américains": a dollar that says it is the US one. */
const US_QUALIFIED_RE = {
  test: (s: string): boolean =>
    /\bUS|\bU\.S\.|USD/u.test(s) || /am[ée]ricains?\b|estadounidenses?\b|americanos?\b|norte-?americanos?\b/iu.test(s),
};

/** Resolve "PESO", bare "$" and "LOCAL" against the target country's currency. */
export function resolveCurrency(m: Money, targetCountry: string | null, articleCountry: string | null = null): Money {
  const local = targetCountry ? LOCAL_DOLLAR_OR_PESO[targetCountry] : undefined;
  let currency = m.currency;
  // French-language news about Canada is Quebec's press: its "dollars" and "M$" are Canadian ones, also where a
  // Quebec firm spends them abroad ("a acheté le détaillant norvégien SFR pour 2,7 milliards $")
  if (currency === "USD" && m.plainDollarIn === "fr" && (targetCountry === "CA" || articleCountry === "CA"))
    currency = "CAD";
  if (currency === "PESO") currency = local ?? "MXN";
  const shared = currency ? SHARED_CURRENCY_NAMES[currency] : undefined;
  if (shared) currency = (targetCountry ? shared.byCountry[targetCountry] : undefined) ?? shared.fallback;
  if (currency === "INR" && targetCountry === "PK") currency = "PKR";
  const alternatives = m.alternatives
    .map((a) => (a.currency === "LOCAL" ? (local ? { ...a, currency: local } : null) : a))
    .filter((a): a is { amount: number; currency: string } => a !== null);
  return { ...m, currency, alternatives };
}
