/** Per-sentence analysis: the mentions a sentence holds and the investment fact it states, if any. */
import { findCountries, type CountryMention } from "./countries";
import { findDates, type DateMention } from "./dates";
import { findFacilities, type FacilityMention } from "./facilities";
import { INVESTMENT_AMOUNT_RE, NOT_INVESTMENT_AMOUNT_RE, TRIGGER_RE } from "./lexicon/cue-words";
import { findMoney, type Money } from "./money";
import { fold, foldSameLength } from "./normalize";
import { findOrgs, type OrgMention } from "./orgs";
import type { Sentence } from "./text";

export type SentenceInfo = {
  s: Sentence;
  orgs: OrgMention[];
  countries: CountryMention[];
  money: Money[];
  /** amounts that read as an investment (not turnover, aid, profits …) */
  investMoney: Money[];
  facilities: FacilityMention[];
  /** date mentions, computed on first use */
  readonly dates: DateMention[];
  trigger: boolean;
};

/** Is this amount an investment figure, judged by the words around it? */
export function isInvestmentAmount(text: string, m: Money, base: number): boolean {
  const s = m.start - base, e = m.end - base;
  const before = text.slice(Math.max(0, s - 60), s);
  const after = text.slice(e, e + 45);
  const negB = lastMatch(NEG_G, before);
  const negA = firstMatch(NEG_G, after);
  const posB = lastMatch(POS_G, before);
  const posA = firstMatch(POS_G, after);
  const negDist = Math.min(negB === null ? 999 : before.length - negB, negA === null ? 999 : negA + 8);
  const posDist = Math.min(posB === null ? 999 : before.length - posB, posA === null ? 999 : posA + 8);
  if (negDist === 999) return true;
  return posDist < negDist;
}

const TRIGGER_FOLDED = new RegExp(TRIGGER_RE.source, "u");
const NEG_G = new RegExp(NOT_INVESTMENT_AMOUNT_RE.source, "giu");
const POS_G = new RegExp(INVESTMENT_AMOUNT_RE.source, "giu");

function firstMatch(g: RegExp, s: string): number | null {
  g.lastIndex = 0;
  const m = g.exec(s);
  return m ? m.index : null;
}
function lastMatch(g: RegExp, s: string): number | null {
  let last: number | null = null;
  for (const m of s.matchAll(g)) last = (m.index ?? 0) + m[0].length;
  return last;
}

export type ArticleLexicon = { known: Set<string>; persons: Set<string>; commonNouns: Set<string>; text: string };

/** A single-word name is trusted as a weak candidate only when the article uses it more than once. */
function repeated(name: string, text: string): boolean {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 2; at = text.indexOf(name, at + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "") && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) n++;
  }
  return n >= 2;
}

/** "Herzogenaurach/Istanbul – ", "BOGOTÁ. ", "NEW DELHI, July 18 – ", "Stuttgart (dpa) – ": the dateline opening a paragraph. */
const DATELINE_RE = /^(?:\p{Lu}[\p{L}.'-]*(?:[ /-]\p{Lu}[\p{L}.'-]*){0,3}(?:,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?))?\s*(?:\([^)]{1,20}\)\s*)?[–—-]\s|\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}[.:]\s)/u;

export function analyzeSentence(
  s: Sentence, lang: string | null, published: string | null, lex: ArticleLexicon, precomputed?: OrgMention[],
): SentenceInfo {
  const dl = DATELINE_RE.exec(s.text);
  const dateline = dl ? s.start + dl[0].length : s.start;
  const countries = findCountries(s.text, s.start).filter((c) => c.start >= dateline);
  const orgs = (precomputed ?? findOrgs(s.text, s.start, lang, lex.known, lex.persons, lex.commonNouns))
    .filter((o) => !countries.some((c) => c.kind !== "adjective" && c.start <= o.start && c.end >= o.end))
    // "PAU – Le groupe …": an upper-case place in the dateline is not a firm
    .filter((o) => !(o.end <= dateline && !/\p{Ll}/u.test(o.name)));
  const inOrg = (c: { start: number; end: number }) => orgs.some((o) => o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start);
  const money = findMoney(s.text, lang, s.start).filter((m) => !/^\s*(?:shares|aktien|units|tonnes|tons|tonnen|einheiten|people|jobs|cars|passagiere|passengers|passagers|passeggeri|pasajeros|fahrgäste|menschen|einwohner|besucher|visitors|kunden|customers|fahrzeuge|vehicles|barrels?|households|haushalte|nutzer|users|abonnenten|subscribers)/i.test(s.text.slice(m.end - s.start, m.end - s.start + 12)));
  // "3M will invest $500 million": a figure inside a name is no amount
  const ownMoney = money.filter((m) => !orgs.some((o) => m.start < o.end && m.end > o.start));
  const investMoney = ownMoney.filter((m) => isInvestmentAmount(s.text, m, s.start) && (m.currency !== null || m.amount >= 1e6));
  const facilities = findFacilities(s.text, lang, s.start).filter((f) => !orgs.some((o) => f.start < o.end && f.end > o.start));
  return {
    s, orgs: keepWeakNames(orgs, investMoney, facilities, lex.text), countries: countries.filter((c) => !inOrg(c)), money: ownMoney, investMoney, facilities,
    get dates(): DateMention[] {
      // a dateline date ("NEW DELHI, July 18 –") never outranks a weekday in the text
      const all = findDates(s.text, published, s.start);
      const v = all.some((d) => d.start >= dateline) ? all.filter((d) => d.start >= dateline) : all;
      Object.defineProperty(this, "dates", { value: v });
      return v;
    },
    trigger: TRIGGER_FOLDED.test(foldSameLength(s.text)),
  };
}

/** A weak name (no organization cue) stays only as the lone candidate before the sentence's amount or facility. */
function keepWeakNames(orgs: OrgMention[], money: Money[], facilities: FacilityMention[], text: string): OrgMention[] {
  if (!orgs.some((o) => o.weak)) return orgs;
  const strong = orgs.filter((o) => !o.weak);
  const anchor = Math.min(money[0]?.start ?? Infinity, facilities[0]?.start ?? Infinity);
  if (strong.some((o) => !o.person) || anchor === Infinity) return strong;
  const first = orgs.find((o) => o.weak && o.end <= anchor && (o.name.includes(" ") || repeated(o.name, text)));
  return first ? [...strong, first] : strong;
}

/** Folded name tokens without legal suffixes, like the scorer's normalization. */
const LEGAL = new Set(["ag", "gmbh", "inc", "incorporated", "ltd", "limited", "corp", "corporation", "co", "group", "holding", "holdings", "sa", "se", "plc", "llc", "nv", "bv", "spa", "kg", "kgaa", "ab", "asa", "oy", "oyj", "as", "pte", "pty", "srl", "sarl", "the", "and"]);
export function nameTokens(name: string): string[] {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(/\s+/).filter((t) => t && !LEGAL.has(t));
}
function isSub(a: string[], b: string[]): boolean {
  if (!a.length || a.length > b.length) return false;
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((t, k) => b[i + k] === t)) return true;
  return false;
}
export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a), y = nameTokens(b);
  return isSub(x, y) || isSub(y, x);
}
