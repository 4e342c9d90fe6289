/** Per-sentence analysis: the mentions a sentence holds and the investment fact it states, if any. */
import { findCountries, type CountryMention } from "./countries";
import { findDates, type DateMention } from "./dates";
import { findFacilities, type FacilityMention } from "./facilities";
import { INVESTMENT_AMOUNT_RE, NOT_INVESTMENT_AMOUNT_RE, TRIGGER_RE } from "./lexicon/cue-words";
import { findMoney, type Money } from "./money";
import { fold } from "./normalize";
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
  dates: DateMention[];
  trigger: boolean;
};

/** Is this amount an investment figure, judged by the words around it? */
export function isInvestmentAmount(text: string, m: Money, base: number): boolean {
  const s = m.start - base, e = m.end - base;
  const before = text.slice(Math.max(0, s - 60), s);
  const after = text.slice(e, e + 45);
  const negB = lastMatch(NOT_INVESTMENT_AMOUNT_RE, before);
  const negA = firstMatch(NOT_INVESTMENT_AMOUNT_RE, after);
  const posB = lastMatch(INVESTMENT_AMOUNT_RE, before);
  const posA = firstMatch(INVESTMENT_AMOUNT_RE, after);
  const negDist = Math.min(negB === null ? 999 : before.length - negB, negA === null ? 999 : negA + 8);
  const posDist = Math.min(posB === null ? 999 : before.length - posB, posA === null ? 999 : posA + 8);
  if (negDist === 999) return true;
  return posDist < negDist;
}

function firstMatch(re: RegExp, s: string): number | null {
  const g = new RegExp(re.source, "giu");
  const m = g.exec(s);
  return m ? m.index : null;
}
function lastMatch(re: RegExp, s: string): number | null {
  const g = new RegExp(re.source, "giu");
  let last: number | null = null;
  for (const m of s.matchAll(g)) last = (m.index ?? 0) + m[0].length;
  return last;
}

export function analyzeSentence(s: Sentence, lang: string | null, published: string | null, known: Set<string>): SentenceInfo {
  const orgs = findOrgs(s.text, s.start, lang, known);
  const money = findMoney(s.text, lang, s.start).filter((m) => !/^\s*(?:shares|aktien|units|tonnes|tons|einheiten|people|jobs|cars)/i.test(s.text.slice(m.end - s.start, m.end - s.start + 12)));
  const investMoney = money.filter((m) => isInvestmentAmount(s.text, m, s.start));
  return {
    s, orgs, countries: findCountries(s.text, s.start), money, investMoney,
    facilities: findFacilities(s.text, lang, s.start), dates: findDates(s.text, published, s.start),
    trigger: TRIGGER_RE.test(s.text),
  };
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
