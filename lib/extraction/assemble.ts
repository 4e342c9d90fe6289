/** Whole-article assembly: investors, targets and facts per sentence, merged into one record per commitment. */
import type { CountryMention } from "./countries";
import { pickDate } from "./dates";
import { analyzeSentence, sameName, type SentenceInfo } from "./facts";
import { detectLanguage } from "./language";
import { ACQUISITION_RE, STAKE_RE } from "./lexicon/cue-words";
import { COREF_RE } from "./lexicon/org-words";
import { resolveCurrency, type Money } from "./money";
import { fold } from "./normalize";
import { findAcronyms, findOrgs, type OrgMention } from "./orgs";
import { findPercents, kindCues, statusOf, type KindCues } from "./status-kind";
import { splitSentences } from "./text";
import { buildRecords, type Fact } from "./records";

const LOC_PREPS = new Set(["in", "into", "nach", "im", "en", "a", "au", "aux", "nel", "nella", "dans", "to", "der", "across", "within", "inside", "near", "at", "bei"]);
const INVEST_WORD_RE = /invest|inversi|invertir|yat[iı]r|fabrik|factory|plant|werk|usine|planta|fabbrica/i;

type Role = "agent" | "object" | "seller" | "partner" | "plain";

function roleOf(text: string, base: number, o: OrgMention): Role {
  const before = fold(text.slice(Math.max(0, o.start - base - 60), o.start - base));
  const near = before.slice(-28);
  if (/(?:^|\s)(?:durch|by|par|por|da parte di)\s+(?:den |die |der |dem |the |le |la |el |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(near)) return "agent";
  if (/(?:^|\s)(?:from|von der|aus|de la empresa)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(near) && !/\bvon\s+$/.test(near)) return "seller";
  if (/(?:^|\s)(?:with|mit|con|avec|junto con|along with|zusammen mit|and|und|y|et|e)\s+(?:den |dem |der |the |el |la |le |il )?(?:[\p{L}-]+\s+){0,3}$/u.test(near)) return "partner";
  const acq = new RegExp(`(?:${ACQUISITION_RE.source}|${STAKE_RE.source}|\\ban der\\b|\\ban\\b)[^,;]{0,40}$`, "iu");
  if (acq.test(before)) return "object";
  return "plain";
}

function countryScore(m: CountryMention): number {
  const base = m.kind === "adjective" ? 1 : 2;
  return base + (LOC_PREPS.has(m.prev) ? 1 : 0);
}

/** Country mentions that describe an organization's home ("chinesische Alibaba", "UK-based", "of Malaysia"). */
function homeMentions(info: SentenceInfo): Map<CountryMention, OrgMention> {
  const out = new Map<CountryMention, OrgMention>();
  const text = info.s.text, base = info.s.start;
  for (const c of info.countries) {
    if (/^\s*-?(?:based|owned|headquartered|registered|backed)|^['’]s\b/.test(c.after)) {
      const o = info.orgs.find((x) => x.start >= c.end && x.start - c.end < 60);
      if (o) { out.set(c, o); continue; }
      out.set(c, { name: "", start: c.start, end: c.end, person: false, strong: false, parent: null, initial: false });
      continue;
    }
    for (const o of info.orgs) {
      const gapBefore = text.slice(c.end - base, o.start - base);
      if (o.start >= c.end && o.start - c.end < 45 && !/[,.;:()]/.test(gapBefore) && (c.kind === "adjective" || /^\s*$/.test(gapBefore))) { out.set(c, o); break; }
      const gapAfter = fold(text.slice(o.end - base, c.start - base));
      if (c.start >= o.end && /^\s*(?:of|aus|de|from|\()\s*$/.test(gapAfter)) { out.set(c, o); break; }
    }
  }
  return out;
}

export function extractArticle(text: string, published: string | null): Fact[] {
  const lang = detectLanguage(text);
  const sents = splitSentences(text).filter((s) => !s.boilerplate);
  const acronyms = findAcronyms(text);
  const known = new Set<string>();
  for (const [a, long] of acronyms) { known.add(fold(a)); known.add(fold(long)); }
  for (const s of sents) {
    for (const o of findOrgs(s.text, s.start, lang, known)) {
      if (o.strong && !o.person) known.add(fold(o.name));
      if (o.parent) known.add(fold(o.parent));
    }
  }
  const infos = sents.map((s) => analyzeSentence(s, lang, published, known));
  const canonical = (n: string) => acronyms.get(n) ?? n;

  // article-level: default target country, investor homes, default currency, subsidiaries
  const countryVotes = new Map<string, number>();
  const homes = new Map<string, string>();
  const currencyVotes = new Map<string, number>();
  const parents = new Map<string, string>();
  for (const info of infos) {
    const hm = homeMentions(info);
    for (const c of info.countries) {
      const o = hm.get(c);
      if (o) { if (o.name && !homes.has(fold(canonical(o.name)))) homes.set(fold(canonical(o.name)), c.code); continue; }
      const w = countryScore(c) * (info.s.headline ? 2 : 1);
      countryVotes.set(c.code, (countryVotes.get(c.code) ?? 0) + w);
    }
    for (const m of info.money) if (m.currency) currencyVotes.set(m.currency, (currencyVotes.get(m.currency) ?? 0) + 1);
    for (const o of info.orgs) if (o.parent) parents.set(fold(o.name), o.parent);
    // "Tesa, Teil des … Beiersdorf" / "X, a subsidiary of Y" / "filial de"
    for (let k = 0; k + 1 < info.orgs.length; k++) {
      const a = info.orgs[k], b = info.orgs[k + 1];
      const gap = fold(info.s.text.slice(a.end - info.s.start, b.start - info.s.start));
      if (gap.length < 70 && /(?:teil|tochter) de[rs]|subsidiary of|unit of|arm of|owned by|part of|filial(?:e)? de|controllata d|division of|affiliate of/.test(gap)) {
        parents.set(fold(a.name), b.name);
      }
    }
  }
  const defaultCountry = [...countryVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const defaultCurrency = [...currencyVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const facts: Fact[] = [];
  let focus: OrgMention | null = null;
  const leadDate = infos.slice(0, 3).flatMap((i) => i.dates)[0]?.value ?? null;
  for (const info of infos) {
    const s = info.s;
    const orgs = info.orgs.filter((o) => !o.person);
    const roles = orgs.map((o) => roleOf(s.text, s.start, o));
    const substance = info.investMoney.length > 0 || info.facilities.length > 0 || info.trigger;
    let inv: OrgMention | null = orgs.find((_, k) => roles[k] === "agent") ?? orgs.find((_, k) => roles[k] === "plain") ?? null;
    let viaCoref = false;
    if (!inv && substance && focus && (COREF_RE.test(s.text) || orgs.length === 0)) { inv = focus; viaCoref = true; }
    if (!viaCoref && orgs.length) focus = inv ?? focus;
    if (!inv || !substance) continue;
    const hm = homeMentions(info);
    const targets = info.countries.filter((c) => !hm.has(c)).sort((a, b) => countryScore(b) - countryScore(a));
    let target = targets[0]?.code ?? null;
    let targetMention: CountryMention | null = targets[0] ?? null;
    if (!target && (info.investMoney.length || info.facilities.length || INVEST_WORD_RE.test(s.text))) target = defaultCountry;
    if (!target) continue;
    const cues = kindCues(s.text);
    const partners = orgs.filter((o, k) => o !== inv && (roles[k] === "partner" || (cues.jv && roles[k] === "plain")));
    const base = (o: OrgMention): Omit<Fact, "money" | "facilities" | "status"> => {
      const name = canonical(o.name);
      const parent = parents.get(fold(name)) ?? o.parent;
      return {
        investor: parent ?? name, via: parent ? name : null, investorMention: o,
        investorCountry: homes.get(fold(name)) ?? (parent ? homes.get(fold(parent)) ?? null : null),
        target, targetMention, sentence: info, cues, coref: o === focus && viaCoref,
        date: pickDate(info.dates), leadDate, published,
        stakePercent: stakeFor(info, o), partners: [],
      };
    };
    const moneyList = info.investMoney.map((m) => fixCurrency(m, defaultCurrency, target));
    // list mode: "A with P1 billion, B with P1.6 billion"
    const perOrg = orgs.length >= 2 && moneyList.length >= 2
      ? orgs.map((o) => moneyList.find((m) => m.start > o.end && m.start - o.end < 30) ?? null) : [];
    if (perOrg.filter(Boolean).length >= 2) {
      orgs.forEach((o, k) => {
        const m = perOrg[k];
        if (m) facts.push({ ...base(o), money: m, facilities: [], status: statusOf(s.text) });
      });
      continue;
    }
    // several amounts each "for" its own facility
    const split = moneyList.length >= 2 && moneyList.every((m) => info.facilities.some((f) => f.start > m.end && f.start - m.end < 70));
    if (split) {
      for (const m of moneyList) {
        const f = info.facilities.find((x) => x.start > m.end && x.start - m.end < 70)!;
        facts.push({ ...base(inv), money: m, facilities: [f], status: statusOf(clauseAround(s.text, m.start - s.start)) });
      }
      continue;
    }
    const money = moneyList[0] ?? null;
    const status = money ? statusOf(clauseAround(s.text, money.start - s.start)) ?? statusOf(s.text) : statusOf(s.text);
    facts.push({ ...base(inv), money, facilities: info.facilities, status });
    if (cues.jv || cues.partnership) {
      const all = [inv, ...partners];
      facts[facts.length - 1].partners = partners.map((p) => canonical(p.name));
      if (cues.jv) {
        for (const p of partners) {
          facts.push({ ...base(p), money, facilities: info.facilities, status, partners: all.filter((x) => x !== p).map((x) => canonical(x.name)) });
        }
      }
    }
  }
  return facts;
}

function clauseAround(text: string, at: number): string {
  const seps = /[;]|,\s|\s(?:where|wo|while|but|aber|which|donde|dove|où)\s/g;
  let start = 0, end = text.length;
  for (const m of text.matchAll(seps)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length; else { end = i; break; }
  }
  return text.slice(start, end);
}

function fixCurrency(m: Money, def: string | null, target: string | null): Money {
  const withCur = m.currency ? m : { ...m, currency: def };
  return resolveCurrency(withCur, target);
}

function stakeFor(info: SentenceInfo, o: OrgMention): number | null {
  const ps = findPercents(info.s.text, info.s.start);
  if (!ps.length) return null;
  const after = ps.find((p) => p.start >= o.end && p.start - o.end < 60);
  return (after ?? ps[0]).value;
}

export { detectLanguage };
export type { KindCues };
