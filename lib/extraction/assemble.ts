/** Whole-article assembly: investors, targets and facts per sentence, merged later into records. */
import type { CountryMention } from "./countries";
import { pickDate } from "./dates";
import { NameMap, type SentenceInfo } from "./facts";
import { detectLanguage } from "./language";
import { ACQUISITION_RE, JV_RE, STAKE_RE, TRIGGER_RE } from "./lexicon/cue-words";
import {
  ALREADY_BEFORE_RE,
  BACKLOG_HEAD_RE,
  BUDGET_RE,
  DEFINITE_ARTICLE_RE,
  EXISTING_SITES_RE,
  INVEST_WORD_RE,
  JOINT_RE,
  JV_CREATE_RE,
  NAMED_SOURCE,
  OWN_INVEST_RE,
  PARTNER_SET_RE,
  SALES_MARKET_AFTER_RE,
  SHARE_CUE_RE,
  SHORTLIST_RE,
  SUPPLY_RE,
} from "./lexicon/context-words";
import { forFoldedText, unionList, unionSource } from "./lexicon/all";
import { COREF_RE } from "./lexicon/org-words";
import { resolveCurrency, type Money } from "./money";
import { allMatches, fold, foldSameLength } from "./normalize";
import { adjectiveCountry, lookupPlace } from "./countries";
import type { OrgMention } from "./orgs";
import type { Fact } from "./records";
import {
  clauseAround,
  countryList,
  countryScore,
  DESCRIPTOR_AFTER_RE,
  homeMentions,
  LOC_PREPS,
  nameCountry,
  newSubjectRe,
  roleOf,
  sameClause,
} from "./roles";
import { findPercents, kindCues, statusOf } from "./status-kind";
import { LowerTest } from "./lower-test";
import { articleSentences } from "./stages/sentences";
import { findMentions } from "./stages/mentions";
import { articleContext } from "./stages/context";

const TRIGGER_FOLDED = new RegExp(forFoldedText(TRIGGER_RE.source), "u");
const JV_RE_FOLDED = new RegExp(forFoldedText(JV_RE.source), "u");
/** Acquisition, stake or joint-venture wording (on folded lower-case text). */
const ACQ_OR_STAKE_FOLDED = new RegExp(
  forFoldedText(`${ACQUISITION_RE.source}|${STAKE_RE.source}|${JV_RE.source}`),
  "u",
);
const ACQ_OR_STAKE_RE = { test: (s: string): boolean => ACQ_OR_STAKE_FOLDED.test(foldSameLength(s)) };
const JV_VEHICLE_RE = new RegExp(`(?:${JV_RE.source})\\s+(?:(?:${NAMED_SOURCE})\\s+)?["„“«]?$`, "u");
/** "BMW und Daimler investieren je 500 Millionen", "A and B will each invest" */
const EACH_AMOUNT_RE = new RegExp(String.raw`(?:^|\s)(?:${unionSource("eachWords")})(?=\s)`, "iu");
// the cue regexes run case-sensitively on the lower-cased sentence (lower-test.ts): same answers, several times faster
const COREF = new LowerTest(COREF_RE);
const BACKLOG_HEAD = new LowerTest(BACKLOG_HEAD_RE);
const SUPPLY = new LowerTest(SUPPLY_RE);
const OWN_INVEST = new LowerTest(OWN_INVEST_RE);
const SHORTLIST = new LowerTest(SHORTLIST_RE);
const JOINT = new LowerTest(JOINT_RE);
const BUDGET = new LowerTest(BUDGET_RE);
const EXISTING_SITES = new LowerTest(EXISTING_SITES_RE);
const INVEST_WORD = new LowerTest(INVEST_WORD_RE);
const PARTNER_SET = new LowerTest(PARTNER_SET_RE);
const JV_CREATE = new LowerTest(JV_CREATE_RE);
const ALREADY_BEFORE = new LowerTest(ALREADY_BEFORE_RE);
const SHARE_CUE = new LowerTest(SHARE_CUE_RE);
const EACH_AMOUNT = new LowerTest(EACH_AMOUNT_RE);

export function extractArticle(text: string, published: string | null): Fact[] {
  const lang = detectLanguage(text);
  const sents = articleSentences(text, lang);
  const NEW_SUBJECT_RE = newSubjectRe(lang);
  const { infos, canonical } = findMentions(text, sents, lang, published);

  const ctx = articleContext(text, infos, canonical, lang, published);
  const { defaultCountry, defaultCurrency, parents, shareSentences, jvStakes, leadDate, leadNearPub } = ctx;
  const { countryWords, creditDates } = ctx;
  const homes = new Map(ctx.homes);
  let jvSet: OrgMention[] | null = null;
  let jvSetAt = -9;
  const acquiredBy = new NameMap<OrgMention>();
  const facts: Fact[] = [];
  // the latest fact of each investor, brought up to date on demand (facts are only ever appended)
  const lastFactOf = new Map<string, Fact>();
  let lastFactSeen = 0;
  const lastFact = (investor: string): Fact | undefined => {
    for (; lastFactSeen < facts.length; lastFactSeen++)
      lastFactOf.set(facts[lastFactSeen].investor, facts[lastFactSeen]);
    return lastFactOf.get(investor);
  };
  let focus: OrgMention | null = null;
  let focusPara = -1,
    focusIndex = -1;
  const investorTargets = new Map<string, string>();
  let backlog = false;
  for (const info of infos) {
    const s = info.s;
    // "The fund's other recent initiatives are:": what follows is older news, dated only by its own words
    if (!backlog && BACKLOG_HEAD.test(s.text)) {
      backlog = true;
      continue;
    }
    // "des chinesischen Online-Händlers", "the Chinese company": the home of the company in focus
    if (focus && !homes.has(fold(canonical(focus.name)))) {
      const hmF = homeMentions(info);
      const c = info.countries.find(
        (x) =>
          x.kind === "adjective" &&
          hmF.get(x)?.name === "" &&
          DESCRIPTOR_AFTER_RE.test(x.after) &&
          DEFINITE_ARTICLE_RE.test(x.prev) &&
          !OFFICE_AFTER_RE.test(x.after),
      );
      if (c && !info.orgs.some((o) => !o.person && o.start > c.start)) homes.set(fold(canonical(focus.name)), c.code);
    }
    const orgs = info.orgs.filter((o) => !o.person);
    const roles = orgs.map((o) => roleOf(s.text, s.start, o, lang));
    const substance = info.investMoney.length > 0 || info.facilities.length > 0 || info.trigger;
    const plain = orgs.filter((_, k) => roles[k] === "plain");
    const anchorAt = info.investMoney[0]?.start ?? info.facilities[0]?.start ?? -1;
    const inClause =
      anchorAt >= 0 && plain.length > 1
        ? plain.find(
            (o) =>
              !NEW_SUBJECT_RE.test(
                s.text.slice(Math.min(o.start, anchorAt) - s.start, Math.max(o.start, anchorAt) - s.start + 40),
              ),
          )
        : undefined;
    let inv: OrgMention | null = orgs.find((_, k) => roles[k] === "agent") ?? inClause ?? plain[0] ?? null;
    // the company just bought is never an investor later on: "Tasman Wind owns a wind farm" describes the acquisition
    if (inv) {
      const invFold = fold(canonical(inv.name));
      const buyer = acquiredBy.findSame(invFold);
      if (buyer) inv = buyer;
    }
    orgs.forEach((o, k) => {
      if (roles[k] === "object" && inv && inv !== o && ACQ_OR_STAKE_RE.test(s.text))
        acquiredBy.set(fold(canonical(o.name)), inv);
    });
    let viaCoref = false;
    const near = s.para === focusPara || s.index - focusIndex <= 1;
    const concrete = info.investMoney.length > 0 || info.facilities.length > 0;
    const lone = orgs.length === 0 && concrete && (near || investorTargets.size <= 1);
    const shortlist =
      orgs.length === 0 && SHORTLIST.test(s.text) && new Set(info.countries.map((c) => c.code)).size >= 2;
    if (!inv && (substance || shortlist) && focus && !s.headline && (COREF.test(s.text) || lone || shortlist)) {
      inv = focus;
      viaCoref = true;
    }
    if (!viaCoref && inv) {
      focus = inv;
      focusPara = s.para;
      focusIndex = s.index;
    }
    // "…, the Swiss food group said": the home of the company just named
    if (inv && !viaCoref && !homes.has(fold(canonical(inv.name)))) {
      const hmI = homeMentions(info);
      const c = info.countries.find(
        (x) =>
          x.kind === "adjective" &&
          x.start > inv!.end &&
          hmI.get(x)?.name === "" &&
          DESCRIPTOR_AFTER_RE.test(x.after) &&
          DEFINITE_ARTICLE_RE.test(x.prev) &&
          !OFFICE_AFTER_RE.test(x.after) &&
          !info.orgs.some((o) => !o.person && o.start > inv!.end && o.start < x.start),
      );
      if (c) homes.set(fold(canonical(inv.name)), c.code);
    }
    if (viaCoref) focusIndex = s.index;
    if (!inv || !(substance || shortlist)) continue;
    const hm = homeMentions(info);
    const invAt = inv.start - s.start;
    const objectHome = (c: CountryMention) => {
      const owner = hm.get(c);
      const k = owner ? orgs.indexOf(owner) : -1;
      return k >= 0 && roles[k] === "object";
    };
    const candidates = info.countries.filter((c) => !hm.has(c) || objectHome(c));
    // "products for the Mexican, U.S. and Latin American markets": where goods are sold, not where money goes
    const notMarkets = candidates.filter((c) => !SALES_MARKET_AFTER_RE.test(c.after));
    const targets = notMarkets.sort(
      (a, b) =>
        Number(sameClause(s.text, b.start - s.start, invAt, lang)) -
          Number(sameClause(s.text, a.start - s.start, invAt, lang)) || countryScore(b) - countryScore(a),
    );
    const invKey = fold(canonical(inv.name));
    const strongTarget = targets.find((c) => c.kind !== "adjective" && LOC_PREPS.has(c.prev));
    const known0 = investorTargets.get(invKey);
    const keep = viaCoref && known0 && (!strongTarget || targets.some((c) => c.code === known0)) ? known0 : null;
    let target: string | null = keep ?? targets[0]?.code ?? null;
    const targetMention: CountryMention | null = keep ? null : (targets[0] ?? null);
    let fromDefault = false;
    if (
      !target &&
      (info.investMoney.length ||
        info.facilities.length ||
        INVEST_WORD.test(s.text) ||
        (ACQ_OR_STAKE_RE.test(s.text) && findPercents(s.text).length > 0))
    ) {
      target = investorTargets.get(invKey) ?? defaultCountry;
      fromDefault = !investorTargets.has(invKey);
    }
    if (!viaCoref && JV_RE_FOLDED.test(foldSameLength(s.text))) {
      // the vehicle itself ("das Gemeinschaftsunternehmen ESMC", "a joint venture called X") is no partner
      const set = orgs.filter(
        (o, k) =>
          (roles[k] === "plain" || roles[k] === "partner" || roles[k] === "agent") &&
          !JV_VEHICLE_RE.test(foldSameLength(s.text.slice(Math.max(0, o.start - s.start - 45), o.start - s.start))),
      );
      if (set.length >= 2) {
        jvSet = set;
        jvSetAt = s.index;
      }
    }
    if (!target) continue;
    // "won a $900m order to supply turbines to a plant in Egypt": a sale, not an investment
    if (SUPPLY.test(s.text) && !OWN_INVEST.test(s.text)) continue;
    // "nach A, B und C das vierte Werk", "after A and B, its third plant": a list of existing sites
    if (!info.investMoney.length && EXISTING_SITES.test(s.text)) continue;
    if (!info.investMoney.length && !info.facilities.length && /^["„“«»]/.test(s.text)) continue;
    if (!viaCoref && !info.investMoney.length && !info.facilities.length) {
      const t = TRIGGER_FOLDED.exec(foldSameLength(s.text));
      if (t && t.index < invAt && !ACQ_OR_STAKE_RE.test(s.text)) continue;
    }
    if (!investorTargets.has(invKey) && !fromDefault) investorTargets.set(invKey, target);
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
    const base = (o: OrgMention): Omit<Fact, "money" | "facilities" | "status"> => {
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
        targetWords: (targetMention?.code === target ? targetMention : null) ?? countryWords.get(target!) ?? null,
        homeWords: home ? (countryWords.get(home) ?? nameHomeWords(text, parent ?? name, home)) : null,
        guessed: fromDefault,
        sentence: info,
        cues,
        coref: o === focus && viaCoref,
        date: pickDate(info.dates) ?? creditDates.get(info.s.para) ?? null,
        leadDate: !backlog && leadDate && (published === null || leadNearPub) ? leadDate : null,
        leadForAll: leadNearPub && !backlog,
        published: backlog ? null : published,
        stakePercent: (cues.jv ? jvStakes.get(fold(name)) : undefined) ?? stakeFor(info, o),
        partners: [],
      };
    };
    const ownClause = (at: number) =>
      viaCoref || !NEW_SUBJECT_RE.test(s.text.slice(Math.min(at, invAt), Math.max(at, invAt) + 40));
    let moneyList = info.investMoney
      .filter((m) => ownClause(m.start - s.start))
      .map((m) => fixCurrency(m, defaultCurrency, target));
    const facilities = info.facilities.filter((f) => ownClause(f.start - s.start));
    if (!facilities.length && moneyList.length && BUDGET.test(s.text) && !JV_RE_FOLDED.test(foldSameLength(s.text)))
      continue;
    const fresh = moneyList.filter(
      (m) => !ALREADY_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start)),
    );
    if (fresh.length && fresh.length < moneyList.length) moneyList = fresh;
    // list mode: "A with P1 billion, B with P1.6 billion"
    const investing = orgs.filter((_, k) => roles[k] === "plain" || roles[k] === "agent" || roles[k] === "partner");
    const perOrg =
      investing.length >= 2 && moneyList.length >= 2
        ? investing.map((o) => moneyList.find((m) => m.start > o.end && m.start - o.end < 30) ?? null)
        : [];
    if (perOrg.filter(Boolean).length >= 2) {
      investing.forEach((o, k) => {
        const m = perOrg[k];
        if (m) facts.push({ ...base(o), money: m, facilities: [], status: statusOf(s.text, lang) });
      });
      continue;
    }
    // "BMW und Daimler investieren je 500 Millionen", "A and B will each invest": every named investor commits the amount
    if (
      investing.length >= 2 &&
      moneyList.length === 1 &&
      EACH_AMOUNT.test(s.text) &&
      investing.every((o) => o.end <= moneyList[0].start)
    ) {
      const st = statusOf(s.text, lang);
      for (const o of investing) facts.push({ ...base(o), money: moneyList[0], facilities, status: st });
      continue;
    }
    // several amounts each "for" its own facility
    const split =
      moneyList.length >= 2 && moneyList.every((m) => facilities.some((f) => f.start > m.end && f.start - m.end < 70));
    if (split) {
      for (const m of moneyList) {
        const f = facilities.find((x) => x.start > m.end && x.start - m.end < 70)!;
        facts.push({
          ...base(inv),
          money: m,
          facilities: [f],
          status: statusOf(clauseAround(s.text, m.start - s.start), lang),
        });
      }
      continue;
    }
    // "will set up a new plant … worth $38 million in Tangier and will expand its factories in Kenitra for $40 million":
    // one commitment per clause, each with its own amount and facilities
    const clauses = moneyList.length >= 2 && !viaCoref ? commitmentClauses(s.text, s.start, moneyList) : null;
    if (clauses) {
      for (const c of clauses) {
        const own = facilities.filter((f) => f.start >= c.start && f.start < c.end);
        facts.push({
          ...base(inv),
          ownCommitment: true,
          money: c.money,
          facilities: own,
          status: statusOf(s.text.slice(c.start - s.start, c.end - s.start), lang) ?? statusOf(s.text, lang),
        });
      }
      continue;
    }
    const listed = countryList(s.text, s.start, targets, shortlist || statusOf(s.text, lang) === "proposed", lang);
    if (listed.length >= 2) {
      const st = shortlist ? "proposed" : statusOf(s.text, lang);
      // a shortlist sentence carries on the project of the sentence before ("ein Werk in Europa")
      const prior = shortlist && !facilities.length ? (lastFact(base(inv).investor)?.facilities ?? []) : facilities;
      // "…, davon 600 Millionen in ein Werk in Oppeln": the share named for one of the countries
      const share = moneyList.find((m) =>
        SHARE_CUE.test(s.text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start)),
      );
      const place = share ? info.countries.find((c) => c.start > share.end) : undefined;
      const shareCode = place && listed.some((c) => c.code === place.code) ? place.code : null;
      const shareFacs = shareCode && share ? facilities.filter((f) => f.start > share.end) : [];
      for (const c of listed) {
        if (c.code === shareCode) {
          facts.push({
            ...base(inv),
            target: c.code,
            targetMention: c,
            money: share ?? null,
            facilities: shareFacs,
            status: st,
          });
          continue;
        }
        facts.push({
          ...base(inv),
          target: c.code,
          targetMention: c,
          money: null,
          facilities: prior.filter((f) => !shareFacs.includes(f)).map((f) => ({ ...f, city: null })),
          status: st,
        });
      }
      continue;
    }
    // "registró 548 millones …, siendo la de BorgWarner la más alta con 198 millones": the amount after the investor is its own
    const money =
      (!viaCoref && moneyList.length > 1 ? moneyList.find((m) => m.start >= inv!.end) : undefined) ??
      moneyList[0] ??
      null;
    // "A hält 51 Prozent, B 49 Prozent": how the shares are split says nothing about the stage
    const status =
      !money && shareSentences.has(info) && cues.jv
        ? null
        : money
          ? (statusOf(clauseAround(s.text, money.start - s.start), lang) ?? statusOf(s.text, lang))
          : statusOf(s.text, lang);
    facts.push({ ...base(inv), money, facilities: facilities, status });
    if (cues.jv || cues.partnership) {
      const all = [inv, ...partners];
      facts[facts.length - 1].partners = partners.map((p) => canonical(p.name));
      if (cues.jv && (JV_CREATE.test(s.text) || joint || money) && partners.length) {
        for (const p of partners) {
          facts.push({
            ...base(p),
            money,
            facilities: facilities,
            status,
            partners: all.filter((x) => x !== p).map((x) => canonical(x.name)),
          });
        }
        jvSet = all;
      }
    } else if (
      viaCoref &&
      jvSet &&
      jvSet.some((o) => fold(canonical(o.name)) === invKey) &&
      (PARTNER_SET.test(s.text) || s.index - jvSetAt === 1)
    ) {
      // "Die Partner wollen zusammen 420 Millionen Euro investieren": every member of the partner set
      const all = jvSet;
      const jvCues = { ...cues, jv: true };
      const self = facts[facts.length - 1];
      self.cues = jvCues;
      self.partners = all.filter((x) => fold(canonical(x.name)) !== invKey).map((x) => canonical(x.name));
      self.stakePercent = jvStakes.get(invKey) ?? self.stakePercent;
      for (const p of all) {
        if (fold(canonical(p.name)) === invKey) continue;
        facts.push({
          ...base(p),
          cues: jvCues,
          coref: true,
          stakePercent: jvStakes.get(fold(canonical(p.name))) ?? null,
          money,
          facilities,
          status,
          partners: all.filter((x) => x !== p).map((x) => canonical(x.name)),
        });
      }
    }
  }
  return facts;
}

/** "Stellantis y …, la china CATL, invertirán": two firms joined by "and" before the sentence's amount or verb invest together. */
/** "The Colombian leader", "the Polish government": a country's office holders, not the home of the company in focus. */
const OFFICE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:${[
    ...unionList("personTitles"),
    ...unionList("officeTitles"),
    "leaders?",
    "government",
    "authorities",
    "officials?",
    "state",
  ]
    .filter((w) => /^[\p{L} ?-]+$/u.test(w))
    .join("|")})\b`,
  "u",
);

/** "Kuwait Investment Authority" (later only "KIA"): the name's own country word, where the article writes the name out. */
function nameHomeWords(text: string, name: string, code: string): CountryMention | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const word = name.split(/\s+/)[0];
  if (lookupPlace(word)?.code !== code && adjectiveCountry(word) !== code) return null;
  return { code, start: at, end: at + word.length, text: word, kind: "name", prev: "", after: "" };
}

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

function fixCurrency(m: Money, def: string | null, target: string | null): Money {
  const withCur = m.currency ? m : { ...m, currency: def };
  return resolveCurrency(withCur, target);
}

function stakeFor(info: SentenceInfo, o: OrgMention): number | null {
  if (!ACQ_OR_STAKE_RE.test(info.s.text)) return null; // "output up 30%" is no stake
  const ps = findPercents(info.s.text, info.s.start);
  if (!ps.length) return null;
  const after = ps.find((p) => p.start >= o.end && p.start - o.end < 60);
  return (after ?? ps[0]).value;
}
