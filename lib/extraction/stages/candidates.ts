/**
 * Candidate commitments, per sentence: the facts a sentence states once its investor and target are
 * chosen. One fact per investor and amount in the usual case; several where the sentence lists firms
 * with their own amounts ("A with P1 billion, B with P1.6 billion"), names one amount each ("je 500
 * Millionen"), gives each facility its own amount, splits its commitments into clauses, or lists
 * countries; joint ventures add a fact per partner.
 */
import type { CountryMention } from "../countries";
import { pickDate } from "../dates";
import type { SentenceInfo } from "../facts";
import type { FacilityMention } from "../facilities";
import { unionList, unionSource } from "../lexicon/all";
import { clauseWords } from "../lexicon/clause-words";
import {
  ALREADY_BEFORE_RE,
  JOINT_RE,
  JV_CREATE_RE,
  NAMED_SOURCE,
  PARTNER_SET_RE,
  SHARE_CUE_RE,
} from "../lexicon/context-words";
import { JV_RE } from "../lexicon/cue-words";
import { adjectiveCountry, lookupPlace } from "../countries";
import { LowerTest } from "../lower-test";
import { resolveCurrency, type Money } from "../money";
import { COUNTRY_CURRENCY } from "../lexicon/money-words";
import { allMatches, fold, foldSameLength } from "../normalize";
import type { OrgMention } from "../orgs";
import type { Fact } from "../records";
import { rejectBudget } from "../rejects";
import { clauseAround, countryList, nameCountry } from "../roles";
import { findPercents, kindCues, statusOf, type KindCues } from "../status-kind";
import type { ArticleContext } from "./context";
import { ACQ_OR_STAKE_RE, JV_RE_FOLDED, TRIGGER_FOLDED } from "./cues";
import type { InvestorChoice } from "./investor";
import { lastFact, type ArticleState } from "./state";
import type { Targeted } from "./target";

const LIST_GAPS = new Map<string, RegExp>();
/** Between two firms of a list: a comma or "and", then at most three describing words ("Amerikalı kimya devi"). */
function listGap(lang: string | null): RegExp {
  const key = lang ?? "";
  let re = LIST_GAPS.get(key);
  if (!re) {
    re = new RegExp(String.raw`^\s*(?:,|,?\s*(?:${clauseWords(lang).and}))\s*(?:[\p{L}'’-]+\s+){0,3}$`, "iu");
    LIST_GAPS.set(key, re);
  }
  return re;
}

/**
 * "Suudi SKY High Grup, Amerikalı kimya devi Axalta, Katarlı Meeza Expansion, Japon Hoshizaki Corporation gibi birçok
 * dünya devi Türkiye'ye yatırım kararını açıkladı": three or more firms listed one after another as the sentence's
 * investors, with no amount of their own, each commit.
 */
function listedFirms({ info, lang, money, facilities, investing, base }: Reading): Fact[] | null {
  if (investing.length < 3 || money.length > 1) return null;
  const text = info.s.text;
  const at = (o: OrgMention) => o.start - info.s.start;
  const sorted = [...investing].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++)
    if (!listGap(lang).test(text.slice(at(sorted[k - 1]) + sorted[k - 1].name.length, at(sorted[k])))) return null;
  const st = statusOf(text, lang);
  return sorted.map((o) => ({ ...base(o), money: money[0] ?? null, facilities, status: st }));
}

/** "BMW und Daimler investieren je 500 Millionen", "A and B will each invest" */
const EACH_AMOUNT_RE = new RegExp(String.raw`(?:^|\s)(?:${unionSource("eachWords")})(?=\s)`, "iu");
// the cue regexes run case-sensitively on the lower-cased sentence (lower-test.ts): same answers, several times faster
const JOINT = new LowerTest(JOINT_RE);
const PARTNER_SET = new LowerTest(PARTNER_SET_RE);
const JV_CREATE = new LowerTest(JV_CREATE_RE);
const ALREADY_BEFORE = new LowerTest(ALREADY_BEFORE_RE);
const SHARE_CUE = new LowerTest(SHARE_CUE_RE);
const EACH_AMOUNT = new LowerTest(EACH_AMOUNT_RE);
const JV_VEHICLE_RE = new RegExp(`(?:${JV_RE.source})\\s+(?:(?:${NAMED_SOURCE})\\s+)?["„“«]?$`, "u");

/** One sentence's commitment by its investor, as every way of reading its amounts sees it. */
type Reading = {
  info: SentenceInfo;
  inv: OrgMention;
  lang: string | null;
  viaCoref: boolean;
  /** the amounts (currency resolved; those "already" spent left out when others are new) and facilities of the
   * investor's own clause */
  money: Money[];
  facilities: FacilityMention[];
  /** the sentence's firms that can invest (plain, agent, partner) */
  investing: OrgMention[];
  /** a fact's fields but amount, facilities and status, for one of the sentence's firms */
  base: (o: OrgMention) => FactBase;
};
type FactBase = Omit<Fact, "money" | "facilities" | "status">;

/** Appends to state.facts the commitments the sentence states by `inv` (and its partners) in `where.target`. */
export function addCommitments(
  info: SentenceInfo,
  pick: InvestorChoice,
  inv: OrgMention,
  where: Targeted,
  ctx: ArticleContext,
  state: ArticleState,
): void {
  const s = info.s;
  const { orgs, roles, viaCoref, shortlist } = pick;
  const { lang } = ctx;
  const invAt = inv.start - s.start;
  const investingN = orgs.filter(
    (_, k) => roles[k] === "plain" || roles[k] === "partner" || roles[k] === "agent",
  ).length;
  const joint =
    (JOINT.test(s.text) && investingN >= 2) ||
    coordinatedSubject(
      s.text,
      s.start,
      orgs.filter((_, k) => roles[k] === "plain"),
      info,
    );
  const cues0 = kindCues(s.text);
  const cues = joint && !cues0.jv ? { ...cues0, jv: true } : cues0;
  const partners = orgs.filter((o, k) => o !== inv && (roles[k] === "partner" || (cues.jv && roles[k] === "plain")));
  const base = factBase(info, pick, where, cues, ctx, state);
  const ownClause = (at: number) =>
    viaCoref || !ctx.newSubject.test(s.text.slice(Math.min(at, invAt), Math.max(at, invAt) + 40));
  let moneyList = info.investMoney
    .filter((m) => ownClause(m.start - s.start))
    .map((m) => fixCurrency(m, ctx, where.target));
  const facilities = info.facilities.filter((f) => ownClause(f.start - s.start));
  if (rejectBudget(info, moneyList, facilities)) return;
  const fresh = moneyList.filter(
    (m) => !ALREADY_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start)),
  );
  if (fresh.length && fresh.length < moneyList.length) moneyList = fresh;
  const investing = orgs.filter((_, k) => roles[k] === "plain" || roles[k] === "agent" || roles[k] === "partner");
  const r: Reading = { info, inv, lang, viaCoref, money: moneyList, facilities, investing, base };
  const several =
    perFirmAmounts(r) ??
    eachAmount(r) ??
    perFacilityAmounts(r) ??
    perCountryAmounts(r) ??
    perClauseAmounts(r) ??
    facilityThenAmount(r) ??
    perCountry(r, where.targets, shortlist, state) ??
    listedFirms(r);
  if (several) {
    state.facts.push(...several);
    return;
  }
  // "registró 548 millones …, siendo la de BorgWarner la más alta con 198 millones": the amount after the investor is its own
  const money =
    (!viaCoref && moneyList.length > 1 ? moneyList.find((m) => m.start >= inv.end) : undefined) ?? moneyList[0] ?? null;
  // "A hält 51 Prozent, B 49 Prozent": how the shares are split says nothing about the stage
  const status =
    !money && ctx.shareSentences.has(info) && cues.jv
      ? null
      : money
        ? (statusOf(clauseAround(s.text, money.start - s.start), lang) ?? statusOf(s.text, lang))
        : statusOf(s.text, lang);
  const self: Fact = { ...base(inv), money, facilities: facilities, status };
  state.facts.push(self);
  const canonical = ctx.canonical;
  if (cues.jv || cues.partnership) {
    const all = [inv, ...partners];
    self.partners = partners.map((p) => canonical(p.name));
    if (cues.jv && (JV_CREATE.test(s.text) || joint || money) && partners.length) {
      for (const p of partners) {
        state.facts.push({
          ...base(p),
          money,
          facilities: facilities,
          status,
          partners: all.filter((x) => x !== p).map((x) => canonical(x.name)),
        });
      }
      state.jvSet = all;
      state.jvSetAt = s.index;
    }
  } else if (
    viaCoref &&
    state.jvSet &&
    state.jvSet.some((o) => fold(canonical(o.name)) === where.invKey) &&
    (PARTNER_SET.test(s.text) || s.index - state.jvSetAt === 1)
  ) {
    // "Die Partner wollen zusammen 420 Millionen Euro investieren": every member of the partner set
    const all = state.jvSet;
    const jvCues = { ...cues, jv: true };
    self.cues = jvCues;
    self.partners = all.filter((x) => fold(canonical(x.name)) !== where.invKey).map((x) => canonical(x.name));
    self.stakePercent = ctx.jvStakes.get(where.invKey) ?? self.stakePercent;
    for (const p of all) {
      if (fold(canonical(p.name)) === where.invKey) continue;
      state.facts.push({
        ...base(p),
        cues: jvCues,
        coref: true,
        stakePercent: ctx.jvStakes.get(fold(canonical(p.name))) ?? null,
        money,
        facilities,
        status,
        partners: all.filter((x) => x !== p).map((x) => canonical(x.name)),
      });
    }
  }
}

/** The fields every fact of the sentence shares, for one of its firms: the investor's name (its parent's when
 * it has one, the firm as `via`), home, target, dates, cues and stake. */
function factBase(
  info: SentenceInfo,
  pick: InvestorChoice,
  where: Targeted,
  cues: KindCues,
  ctx: ArticleContext,
  state: ArticleState,
): (o: OrgMention) => FactBase {
  const { target, targetMention, fromDefault } = where;
  const { text, published, canonical, parents, countryWords, creditDates, priorDate, leadDate, leadNearPub, jvStakes } =
    ctx;
  const homes = state.homes;
  return (o) => {
    const name = canonical(o.name);
    const parent = parents.get(fold(name)) ?? o.parent;
    const home = (parent ? homes.get(fold(parent)) : homes.get(fold(name))) ?? nameCountry(parent ?? name);
    return {
      investor: parent ?? name,
      via: parent ? name : null,
      investorMention: o,
      investorCountry: home,
      target,
      targetMention,
      targetWords: (targetMention?.code === target ? targetMention : null) ?? countryWords.get(target) ?? null,
      homeWords: home ? (countryWords.get(home) ?? nameHomeWords(text, parent ?? name, home)) : null,
      guessed: fromDefault,
      sentence: info,
      cues,
      coref: o === state.focus && pick.viaCoref,
      date:
        pickDate(info.dates) ?? ctx.openingDate(info) ?? creditDates.get(info.s.para) ?? ctx.followDate(info) ?? null,
      priorDate: priorDate(info),
      leadDate: !state.backlog && leadDate && (published === null || leadNearPub) ? leadDate : null,
      leadForAll: leadNearPub && !state.backlog,
      published: state.backlog ? null : published,
      stakePercent: (cues.jv ? jvStakes.get(fold(name)) : undefined) ?? stakeFor(info, o),
      partners: [],
    };
  };
}

/** List mode, "A with P1 billion, B with P1.6 billion": each firm with the amount right after it. */
function perFirmAmounts({ info, lang, money, investing, base }: Reading): Fact[] | null {
  const perOrg =
    investing.length >= 2 && money.length >= 2
      ? investing.map((o) => money.find((m) => m.start > o.end && m.start - o.end < 30) ?? null)
      : [];
  if (perOrg.filter(Boolean).length < 2) return null;
  const out: Fact[] = [];
  investing.forEach((o, k) => {
    const m = perOrg[k];
    if (m) out.push({ ...base(o), money: m, facilities: [], status: statusOf(info.s.text, lang) });
  });
  return out;
}

/** "BMW und Daimler investieren je 500 Millionen", "A and B will each invest": every named investor commits the amount. */
function eachAmount({ info, lang, money, facilities, investing, base }: Reading): Fact[] | null {
  if (!(
    investing.length >= 2 &&
    money.length === 1 &&
    EACH_AMOUNT.test(info.s.text) &&
    investing.every((o) => o.end <= money[0].start)
  ))
    return null;
  const st = statusOf(info.s.text, lang);
  return investing.map((o) => ({ ...base(o), money: money[0], facilities, status: st }));
}

/** Several amounts, each "for" its own facility. */
function perFacilityAmounts({ info, inv, lang, money, facilities, base }: Reading): Fact[] | null {
  const split =
    money.length >= 2 && money.every((m) => facilities.some((f) => f.start > m.end && f.start - m.end < 70));
  if (!split) return null;
  const s = info.s;
  return money.map((m) => {
    const f = facilities.find((x) => x.start > m.end && x.start - m.end < 70)!;
    return {
      ...base(inv),
      money: m,
      facilities: [f],
      status: statusOf(clauseAround(s.text, m.start - s.start), lang),
    };
  });
}

/** "a plant in Meknes for $20.6 million, and a new plant in Tangier for $28 million": several amounts, each after its
 * own facility (no amount between a facility and its own), one commitment each. */
function facilityThenAmount({ info, inv, lang, money, facilities, base }: Reading): Fact[] | null {
  if (money.length < 2 || facilities.length < 2) return null;
  const s = info.s;
  const sorted = [...money].sort((a, b) => a.start - b.start);
  const groups: FacilityMention[][] = [];
  for (let k = 0; k < sorted.length; k++) {
    const from = k === 0 ? s.start : sorted[k - 1].end;
    const own = facilities.filter((f) => f.start >= from && f.end <= sorted[k].start && sorted[k].start - f.end < 80);
    if (!own.length) return null;
    groups.push(own);
  }
  // a facility after the last amount belongs to no amount: the sentence is read another way
  if (facilities.some((f) => f.start > sorted[sorted.length - 1].end)) return null;
  return sorted.map((m, k) => ({
    ...base(inv),
    money: m,
    facilities: groups[k],
    status: statusOf(clauseAround(s.text, m.start - s.start), lang),
  }));
}

/** the language's "in" right after an amount, before its country ("$100 million in", "38 millones en el") */
const IN_AFTER_AMOUNT_RE = new RegExp(
  String.raw`^\s*(?:[\p{Ll}]+\s+){0,3}?(?:${unionList("locationPrepositions").join("|")})\s`,
  "u",
);

/** "$100 millones en Costa Rica, $38 millones en El Salvador y $32 millones en Honduras": two amounts or more, each
 * followed by the place it goes to, one commitment per country with its own amount (where one amount goes to several
 * countries, each has it only when the sentence says "each": "$47 millones en cada uno de Guatemala y Nicaragua"). */
function perCountryAmounts({ info, inv, lang, money, facilities, base }: Reading): Fact[] | null {
  if (money.length < 2) return null;
  const s = info.s;
  const sorted = [...money].sort((a, b) => a.start - b.start);
  const out: Fact[] = [];
  const codes = new Set<string>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    const end = k + 1 < sorted.length ? sorted[k + 1].start : s.start + s.text.length;
    const after = s.text.slice(m.end - s.start, end - s.start);
    if (!IN_AFTER_AMOUNT_RE.test(fold(after))) return null;
    // (its countries by name, before a clause's end)
    const stop = m.end + (/[;.]/.exec(after)?.index ?? after.length);
    const here = info.countries.filter((c) => c.kind === "name" && c.start >= m.end && c.end <= Math.min(end, stop));
    if (!here.length || here[0].start - m.end > 40) return null;
    const each = here.length === 1 || EACH_AMOUNT.test(after);
    for (const c of here) {
      if (codes.has(c.code)) return null;
      codes.add(c.code);
      out.push({
        ...base(inv),
        target: c.code,
        targetMention: c,
        money: each ? m : null,
        facilities: facilities.filter((f) => f.start >= m.end && f.start < end),
        status: statusOf(s.text, lang),
      });
    }
  }
  return codes.size >= 2 ? out : null;
}

/** "will set up a new plant … worth $38 million in Tangier and will expand its factories in Kenitra for $40 million":
 * one commitment per clause, each with its own amount and facilities. */
function perClauseAmounts({ info, inv, lang, viaCoref, money, facilities, base }: Reading): Fact[] | null {
  const s = info.s;
  const clauses = money.length >= 2 && !viaCoref ? commitmentClauses(s.text, s.start, money) : null;
  if (!clauses) return null;
  return clauses.map((c) => ({
    ...base(inv),
    ownCommitment: true,
    money: c.money,
    facilities: facilities.filter((f) => f.start >= c.start && f.start < c.end),
    status: statusOf(s.text.slice(c.start - s.start, c.end - s.start), lang) ?? statusOf(s.text, lang),
  }));
}

/** "in Polen, Ungarn oder der Slowakei": one commitment per listed country, the amount only where a share
 * names it ("…, davon 600 Millionen in ein Werk in Oppeln"). */
function perCountry(
  { info, inv, lang, money, facilities, base }: Reading,
  targets: CountryMention[],
  shortlist: boolean,
  state: ArticleState,
): Fact[] | null {
  const s = info.s;
  // the sentence's status is read only when it names two countries in a row (most name fewer)
  const listed = countryList(s.text, s.start, targets, () => shortlist || statusOf(s.text, lang) === "proposed", lang);
  if (listed.length < 2) return null;
  const st = shortlist ? "proposed" : statusOf(s.text, lang);
  // a shortlist sentence carries on the project of the sentence before ("ein Werk in Europa")
  const prior = shortlist && !facilities.length ? (lastFact(state, base(inv).investor)?.facilities ?? []) : facilities;
  // "…, davon 600 Millionen in ein Werk in Oppeln": the share named for one of the countries
  const share = money.find((m) => SHARE_CUE.test(s.text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start)));
  const place = share ? info.countries.find((c) => c.start > share.end) : undefined;
  const shareCode = place && listed.some((c) => c.code === place.code) ? place.code : null;
  const shareFacs = shareCode && share ? facilities.filter((f) => f.start > share.end) : [];
  return listed.map((c) =>
    c.code === shareCode
      ? { ...base(inv), target: c.code, targetMention: c, money: share ?? null, facilities: shareFacs, status: st }
      : {
          ...base(inv),
          target: c.code,
          targetMention: c,
          money: null,
          facilities: prior.filter((f) => !shareFacs.includes(f)).map((f) => ({ ...f, city: null })),
          status: st,
        },
  );
}

/** "Kuwait Investment Authority" (later only "KIA"): the name's own country word, where the article writes the name out. */
function nameHomeWords(text: string, name: string, code: string): CountryMention | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const word = name.split(/\s+/)[0];
  if (lookupPlace(word)?.code !== code && adjectiveCountry(word) !== code) return null;
  return { code, start: at, end: at + word.length, text: word, kind: "name", prev: "", after: "" };
}

/** "A, B und C gründen ein Gemeinschaftsunternehmen": the partner set later sentences refer to
 * ("Die Partner wollen zusammen …"); the vehicle itself ("das Gemeinschaftsunternehmen ESMC") is no partner. */
export function noteJointVenture(info: SentenceInfo, pick: InvestorChoice, state: ArticleState): void {
  const s = info.s;
  if (pick.viaCoref || !JV_RE_FOLDED.test(foldSameLength(s.text))) return;
  const set = pick.orgs.filter(
    (o, k) =>
      (pick.roles[k] === "plain" || pick.roles[k] === "partner" || pick.roles[k] === "agent") &&
      !JV_VEHICLE_RE.test(foldSameLength(s.text.slice(Math.max(0, o.start - s.start - 45), o.start - s.start))),
  );
  if (set.length >= 2) {
    state.jvSet = set;
    state.jvSetAt = s.index;
  }
}

/** "Stellantis y …, la china CATL, invertirán": two firms joined by "and" before the sentence's amount or verb invest together. */
function coordinatedSubject(text: string, base: number, plain: OrgMention[], info: SentenceInfo): boolean {
  if (plain.length < 2) return false;
  const anchor = Math.min(
    info.investMoney[0]?.start ?? Infinity,
    base + (TRIGGER_FOLDED.exec(foldSameLength(text))?.index ?? Infinity),
  );
  const [a, b] = plain;
  if (b.end > anchor) return false;
  const gap = text.slice(a.end - base, b.start - base);
  return (
    gap.length <= 80 &&
    AND_GAP_RE.test(gap) &&
    !/[.;:]/.test(gap) &&
    /^[^.;]{0,40}$/.test(text.slice(b.end - base, anchor - base).replace(/\([^)]*\)/g, ""))
  );
}

/** Clause boundaries that start a second commitment by the same subject ("… and will expand …", "; it will also …"). */
const ANY_AND = [unionSource("andWords"), ...unionList("ownAndWords")].join("|");
const AND_GAP_RE = new RegExp(String.raw`^\s+(?:${ANY_AND})\s`, "u");
const SAME_SUBJECT_CLAUSE_RE = new RegExp(
  String.raw`,?\s+(?:${ANY_AND})\s+(?:(?:${unionSource("subjectPronouns")})\s+)?(?:${unionSource("sameSubjectContinuations")})\b|;\s+`,
  "giu",
);

/** Splits a sentence into clauses with one amount each, or null when the amounts do not fall one to a clause. */
function commitmentClauses(
  text: string,
  base: number,
  money: Money[],
): { start: number; end: number; money: Money }[] | null {
  const cuts = [...allMatches(SAME_SUBJECT_CLAUSE_RE, text)].map((m) => base + (m.index ?? 0));
  if (!cuts.length) return null;
  const bounds = [base, ...cuts, base + text.length];
  const out: { start: number; end: number; money: Money }[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const inside = money.filter((m) => m.start >= bounds[k] && m.start < bounds[k + 1]);
    if (inside.length > 1) return null;
    if (inside.length === 1) out.push({ start: bounds[k], end: bounds[k + 1], money: inside[0] });
  }
  return out.length >= 2 ? out : null;
}

/** A bare amount ("70 millions") is in the article's default currency, and in its plain dollars when they are all
 * plain ("210 millions $" in Quebec's press: Canadian dollars). */
function fixCurrency(m: Money, ctx: ArticleContext, target: string | null): Money {
  const fallback = ctx.defaultCurrency ?? (target ? (COUNTRY_CURRENCY[target] ?? null) : null);
  const withCur = m.currency ? m : { ...m, currency: fallback, plainDollarIn: ctx.plainDollarsIn };
  return resolveCurrency(withCur, target, ctx.defaultCountry);
}

function stakeFor(info: SentenceInfo, o: OrgMention): number | null {
  if (!ACQ_OR_STAKE_RE.test(info.s.text)) return null; // "output up 30%" is no stake
  const ps = findPercents(info.s.text, info.s.start);
  if (!ps.length) return null;
  const after = ps.find((p) => p.start >= o.end && p.start - o.end < 60);
  return (after ?? ps[0]).value;
}
