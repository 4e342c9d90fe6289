/** Merging per-sentence facts into deal records, with status, kind, date, evidence and confidence. */
import type { CountryMention } from "./countries";
import type { DateMention } from "./dates";
import { nameTokens, sameName, type SentenceInfo } from "./facts";
import type { FacilityMention } from "./facilities";
import type { Money } from "./money";
import type { OrgMention } from "./orgs";
import { kindOf, type KindCues } from "./status-kind";
import { lookupPlace, lookupTown } from "./countries";
import { isKnownOrgName } from "./known-orgs";
import { unionList, unionSource } from "./lexicon/all";
import { LowerTest } from "./lower-test";
import { fold } from "./normalize";
import { memoize } from "./memo";
import type { DealStatus, EvidenceSpan, ExtractedDeal, Facility } from "./types";
import { ADDITIONAL_RE, INVEST_STEM_RE, SAID_RE, SITE_RE } from "./lexicon/context-words";

export type Fact = {
  investor: string;
  via: string | null;
  investorMention: OrgMention;
  investorCountry: string | null;
  target: string;
  targetMention: CountryMention | null;
  /** words in the article that name the target country (its mention in the sentence, else its first in the article) */
  targetWords?: CountryMention | null;
  /** words that name the investor's home country */
  homeWords?: CountryMention | null;
  /** a commitment of its own (a clause with its own amount), never a restatement of another amount */
  ownCommitment?: boolean;
  /** the target is the article's default country, not named in the sentence */
  guessed?: boolean;
  sentence: SentenceInfo;
  cues: KindCues;
  coref: boolean;
  date: DateMention | null;
  /** the date of an earlier sentence of the paragraph, for a sentence with none */
  priorDate?: DateMention | null;
  leadDate: string | null;
  /** the lead date is same-week news: it dates every record of the article */
  leadForAll: boolean;
  published: string | null;
  stakePercent: number | null;
  partners: string[];
  money: Money | null;
  facilities: FacilityMention[];
  status: DealStatus | null;
  /** a second reading of its sentence (stages/alternatives.ts), not the extractor's first choice */
  alternative?: boolean;
  /** a second reading for a firm listed with the investor ("Gestamp y Tuyauto iniciarán la construcción de la nueva
   * planta"): the facility the first reading keeps is its substance too */
  sharesFacility?: boolean;
  /** a second reading for a firm listed with the investor in a joint venture's sentence ("une joint-venture entre le
   * chinois XTC et le français Orano"): a partner at home invests there too, so the reading stands in its home country */
  jvPartner?: boolean;
};

const ANNOUNCE_RE = SAID_RE;
const PENDING = new LowerTest(new RegExp(unionSource("pendingWords"), "iu"));

/** Records less certain than this are dropped (see toDeal). */
const MIN_CONFIDENCE = 0.25;

/**
 * Facts merged so far into one record, with what the merge asks of them kept up to date as facts are
 * added (asking the facts each time would cost the square of their number in a long article).
 */
type Draft = {
  facts: Fact[];
  money: Money | null;
  order: number;
  /** the first fact with a date */
  dated: Fact | null;
  /** the first status any fact states */
  status: DealStatus | null;
  /** lower-cased partners of all facts, with repeats: how many times each */
  partners: Map<string, number>;
  partnerCount: number;
  cities: Set<string>;
  facilityTypes: Set<string>;
};

function newDraft(f: Fact, money: Money | null, order: number): Draft {
  const d: Draft = {
    facts: [],
    money,
    order,
    dated: null,
    status: null,
    partners: new Map(),
    partnerCount: 0,
    cities: new Set(),
    facilityTypes: new Set(),
  };
  addFact(d, f);
  return d;
}

function addFact(d: Draft, f: Fact): void {
  d.facts.push(f);
  if (!d.dated && f.date) d.dated = f;
  if (!d.status && f.status) d.status = f.status;
  for (const p of f.partners) {
    const k = p.toLowerCase();
    d.partners.set(k, (d.partners.get(k) ?? 0) + 1);
    d.partnerCount++;
  }
  for (const x of f.facilities) {
    if (x.city) d.cities.add(x.city);
    d.facilityTypes.add(x.type);
  }
}

/** Do these partners, lower-cased, make the same multiset as all of the draft's? */
function samePartners(partners: string[], d: Draft): boolean {
  if (partners.length !== d.partnerCount) return false;
  const counts = new Map<string, number>();
  for (const p of partners) counts.set(p.toLowerCase(), (counts.get(p.toLowerCase()) ?? 0) + 1);
  for (const [k, n] of counts) if (d.partners.get(k) !== n) return false;
  return true;
}

/**
 * Drafts by target country and name token of their investor (and "via"): the drafts whose investor
 * is sameName() as a fact's share a token with it, so only those are compared.
 */
class DraftIndex {
  private readonly byKey = new Map<string, Draft[]>();

  add(d: Draft): void {
    const first = d.facts[0];
    const tokens = new Set([...nameTokens(first.investor), ...(first.via !== null ? nameTokens(first.via) : [])]);
    for (const t of tokens) {
      const k = `${first.target}\u0000${t}`;
      const list = this.byKey.get(k);
      if (list) list.push(d);
      else this.byKey.set(k, [d]);
    }
  }

  /** Drafts for the fact's target whose investor or via is sameName() as its investor, oldest first. */
  same(f: Fact): Draft[] {
    const out = new Set<Draft>();
    for (const t of new Set(nameTokens(f.investor))) {
      for (const d of this.byKey.get(`${f.target}\u0000${t}`) ?? []) {
        if (out.has(d)) continue;
        const first = d.facts[0];
        if (sameName(first.investor, f.investor) || (first.via !== null && sameName(first.via, f.investor))) out.add(d);
      }
    }
    return [...out].sort((a, b) => a.order - b.order);
  }
}

function sameAmount(a: Money, b: Money): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.abs(y);
  if (a.currency === b.currency && close(a.amount, b.amount)) return true;
  return (
    a.alternatives.some((x) => x.currency === b.currency && close(x.amount, b.amount)) ||
    b.alternatives.some((x) => x.currency === a.currency && close(x.amount, a.amount))
  );
}

/** A place name's folded words, made once per name (a long article merges thousands of facilities). */
const placeWords = memoize(
  (name: string): string[] =>
    fold(name)
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean),
  10_000,
);

/** One place named twice: equal, one unnamed, or one name's words inside the other's ("Campoverde di Aprilia",
 * "Campoverde"; "Stadt Biel", "Biel"). */
function samePlace(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const wa = placeWords(a);
  const wb = placeWords(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function mergeFacilities(all: FacilityMention[]): Facility[] {
  const out: Facility[] = [];
  const specific = all.filter((f) => !f.generic);
  const list = specific.length ? specific : all.slice(0, 1);
  for (const f of list) {
    const same = out.find((x) => x.type === f.type && samePlace(x.city, f.city));
    if (same) {
      if (!same.city && f.city) same.city = f.city;
      continue;
    }
    out.push({ type: f.type, city: f.city, name: null });
  }
  return out;
}

export function buildRecords(all: Fact[]): ExtractedDeal[] {
  const facts = withoutRedundantAlternatives(all);
  const drafts: Draft[] = [];
  const index = new DraftIndex();
  const open = (f: Fact, money: Money | null) => {
    const d = newDraft(f, money, drafts.length);
    drafts.push(d);
    index.add(d);
  };
  for (const f of facts) {
    const same = index.same(f);
    if (!same.length) {
      open(f, f.money);
      continue;
    }
    const target = same[same.length - 1];
    const fy = f.date && !f.date.relative ? f.date.value.slice(0, 4) : null;
    const dy = (target.dated?.date?.value ?? target.facts[0].published ?? "").slice(0, 4);
    if (fy && dy && fy !== dy) {
      open(f, f.money);
      continue;
    }
    // other partners than the record's and another amount: another commitment
    if (
      f.partners.length &&
      target.partnerCount &&
      !samePartners(f.partners, target) &&
      f.money &&
      target.money &&
      !sameAmount(f.money, target.money)
    ) {
      open(f, f.money);
      continue;
    }
    // done on one side and not on the other: another time, so maybe another commitment
    const dStatus = target.status;
    const otherTime =
      f.status && dStatus && f.status !== dStatus && (f.status === "completed" || dStatus === "completed");
    // "Ikea opened a store in A. Ikea plans two more in B and C": opened vs planned, other places: a new commitment
    const fCities = f.facilities.map((x) => x.city).filter((c): c is string => !!c);
    const dCities = target.cities;
    if (!f.money && otherTime && fCities.length && dCities.size && fCities.every((c) => !dCities.has(c))) {
      open(f, null);
      continue;
    }
    if (!f.money) {
      addFact(target, f);
      continue;
    }
    const hit = same.find((d) => d.money && sameAmount(d.money, f.money!)) ?? same.find((d) => !d.money);
    if (hit) {
      addFact(hit, f);
      hit.money = hit.money ?? f.money;
      continue;
    }
    // a different amount: a new commitment if it brings its own facility, or is stated as done where the record's
    // is not (or the other way round: a specific past investment beside a new one is a record of its own), or a
    // sentence of its own names the investor and states the commitment ("GM anunciara que invertirá 780 millones"
    // beside an earlier 386 million: a missed commitment costs more than a restatement shown twice); else it is a
    // restatement
    const newTypes = f.facilities.some((x) => !same.some((d) => d.facilityTypes.has(x.type)));
    const ownSentence =
      !f.alternative && !f.coref && f.status !== null && !same[0].facts.some((x) => x.sentence === f.sentence);
    if (newTypes || otherTime || f.ownCommitment || ownSentence || ADDITIONAL_RE.test(f.sentence.s.text))
      open(f, f.money);
    else if (f.money.currency === same[0].money?.currency)
      addFact(same[0], { ...f, money: null, status: null, date: null });
  }
  const deals = shareJointFacilities(drafts.map(toDeal).filter((d): d is ExtractedDeal => d !== null));
  return shareJointAmounts(deals, [...new Set(all.map((f) => f.sentence.s))]);
}

/** Second readings (stages/alternatives.ts) that would only blur a first one: one for an investor and target a first
 * reading already has (its amount, status or date must not outrank the first reading's), or one into the investor's
 * own home country as the article's facts know it ("3M" beside "the US group 3M"). */
function withoutRedundantAlternatives(facts: Fact[]): Fact[] {
  if (!facts.some((f) => f.alternative)) return facts;
  const key = (f: Fact) => `${fold(f.investor)}\u0000${f.target}`;
  const firsts = new Set(facts.filter((f) => !f.alternative).map(key));
  const homes = new Map<string, string>();
  for (const f of facts)
    if (f.investorCountry && !homes.has(fold(f.investor))) homes.set(fold(f.investor), f.investorCountry);
  // (a purchase the sentence states is one at home too: "Der Konzern X darf den Hersteller Y übernehmen" in an article
  // that names only "der Kölner Konzern X")
  const bought = (f: Fact) => !f.money && !f.facilities.length && f.cues.acquisition && !f.cues.jv && !f.cues.stake;
  // (and it stays beside a first reading there that states no deal of its own: "Rügenwalder Mühle bleibe als Marke
  // erhalten" later in the article does not make the purchase redundant)
  const dealt = new Set(
    facts
      .filter(
        (f) => !f.alternative && (f.money || f.facilities.length || f.cues.acquisition || f.cues.stake || f.cues.jv),
      )
      .map(key),
  );
  return facts.filter(
    (f) =>
      !f.alternative ||
      (!firsts.has(key(f)) && (homes.get(fold(f.investor)) !== f.target || bought(f) || f.jvPartner)) ||
      (bought(f) && !dealt.has(key(f))),
  );
}

/**
 * "Une joint-venture entre A, B et C vise à développer un campus … Le montant d'investissement atteint 8,5 milliards
 * d'euros": the amount a later sentence states reaches only the partner it is read for, yet every partner of a joint
 * venture carries the joint amount (SPEC), so a partner's record with no amount takes its partner's (with that record's
 * evidence for it). A partner whose record has an amount keeps its own.
 */
function shareJointAmounts(deals: ExtractedDeal[], sentences: { start: number; text: string }[]): ExtractedDeal[] {
  // the sentence of an amount's evidence
  // (a binary search over the sentences by start: a long article has thousands of them)
  let byStart: { start: number; text: string }[] | null = null;
  const sentenceAt = (at: number): string | null => {
    byStart ??= [...sentences].sort((a, b) => a.start - b.start);
    let lo = 0,
      hi = byStart.length - 1,
      hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start <= at) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const x = hit >= 0 ? byStart[hit] : null;
    return x && at < x.start + x.text.length ? x.text : null;
  };
  return deals.map((d) => {
    if (d.amount !== null || d.kind !== "joint_venture") return d;
    const partner = deals.find(
      (o) =>
        o !== d &&
        o.amount !== null &&
        o.kind === "joint_venture" &&
        o.targetCountry === d.targetCountry &&
        (o.partners.some((p) => sameName(p, d.investor)) || d.partners.some((p) => sameName(p, o.investor))),
    );
    if (!partner) return d;
    // "Sumitomo will invest 40 billion with its partner X": an amount stated in the partner's own clause is its share
    const at = partner.evidence.find((e) => e.field === "amount");
    const said = at ? sentenceAt(at.start) : null;
    if (said === null || said.includes(partner.investor)) return d;
    return {
      ...d,
      amount: partner.amount,
      currency: partner.currency,
      amountText: partner.amountText,
      amountAlternatives: partner.amountAlternatives.map((a) => ({ ...a })),
      evidence: [...d.evidence, ...partner.evidence.filter((e) => e.field === "amount")],
    };
  });
}

/**
 * "PIF has signed an agreement with Hyundai Motor to build a vehicle manufacturing plant … PIF holding 70 percent,
 * Hyundai the remaining 30": the partners of a joint venture build the same plant, so a partner's record that
 * names no facility takes the one its partner's record names (with that record's evidence for it).
 */
function shareJointFacilities(deals: ExtractedDeal[]): ExtractedDeal[] {
  return deals.map((d) => {
    if (d.facilities.length || d.kind !== "joint_venture") return d;
    const partner = deals.find(
      (o) =>
        o !== d &&
        o.facilities.length > 0 &&
        o.kind === "joint_venture" &&
        o.targetCountry === d.targetCountry &&
        (o.partners.some((p) => sameName(p, d.investor)) || d.partners.some((p) => sameName(p, o.investor))),
    );
    if (!partner) return d;
    return {
      ...d,
      facilities: partner.facilities.map((f) => ({ ...f })),
      evidence: [...d.evidence, ...partner.evidence.filter((e) => e.field === "facilities")],
    };
  });
}

function partners0(d: Draft): string[] {
  return d.facts.flatMap((f) => f.partners);
}

function toDeal(d: Draft): ExtractedDeal | null {
  const first = d.facts[0];
  // a country or city is not an investor here (unless the words around it made a town's name a firm's)
  if (lookupPlace(first.investor) && !d.facts.some((f) => f.investorMention.town)) return null;
  if (townOfTarget(d.facts)) return null;
  const facilities = mergeFacilities(d.facts.flatMap((f) => f.facilities));
  const cues = d.facts.reduce<KindCues>(
    (acc, f) => ({
      jv: acc.jv || f.cues.jv,
      acquisition: acc.acquisition || f.cues.acquisition,
      stake: acc.stake || f.cues.stake,
      expansion: acc.expansion || f.cues.expansion,
      greenfield: acc.greenfield || f.cues.greenfield,
      partnership: acc.partnership || f.cues.partnership,
    }),
    first.cues,
  );
  const stakePercent = d.facts.map((f) => f.stakePercent).find((x) => x !== null) ?? null;
  const kind = kindOf(first.money ? first.cues : cues, facilities.length > 0, stakePercent);
  const statuses = d.facts.map((f) => f.status);
  const anchor =
    d.facts.find((f) => f.money && !f.sentence.s.headline) ??
    d.facts.find((f) => f.money) ??
    d.facts.find((f) => !f.sentence.s.headline) ??
    first;
  let status: DealStatus = anchor.status ?? statuses.find((x) => x !== null) ?? pastYearStatus(anchor) ?? "announced";
  if (statuses.includes("completed")) status = "completed";
  // "Für die Übernahme ist noch die Zustimmung der Kartellbehörden erforderlich": a deal waiting for an approval is not
  // done
  if (status === "completed" && d.facts.some((f) => PENDING.test(f.sentence.s.text))) status = "announced";
  const hasSubstance =
    d.money ||
    facilities.length ||
    ["acquisition", "stake", "joint_venture"].includes(kind) ||
    d.facts.some((f) => INVEST_STEM_RE.test(f.sentence.s.text) || f.sharesFacility) ||
    // "hatte auch Standorte in Italien, Polen und Tschechien geprüft": a candidate site
    d.facts.some((f) => f.status === "proposed" && SITE_RE.test(f.sentence.s.text));
  // (a second reading needs substance of its own; a first reading without it is still a commitment the sentence's
  // investing word states: "une unité du constructeur Peugeot devrait voir le jour")
  const alternative = d.facts.every((f) => f.alternative);
  if (!hasSubstance && alternative) return null;
  // a company's own spending at home with no project named is no record
  const home = d.facts.find((f) => f.investorCountry)?.investorCountry ?? null;
  if (
    home &&
    home === first.target &&
    !facilities.length &&
    !partners0(d).length &&
    !["acquisition", "stake", "joint_venture"].includes(kind)
  )
    return null;
  const early = first.sentence.s.index <= 3 || first.leadForAll;
  const dated = anchor.date
    ? anchor
    : d.facts.find((f) => f.date && (f.published !== null || ANNOUNCE_RE.test(f.sentence.s.text)));
  const found =
    anchor.date?.value ??
    (early ? first.leadDate : null) ??
    dated?.date?.value ??
    (anchor.status === "completed" ? anchor.priorDate?.value : null) ??
    first.published ??
    null;
  // with no publication date to measure it against, a bare year dates only what is done ("kupiła w 2006 r."): one
  // beside a plan is its deadline ("d'ici 2028", "comenzará operaciones en 2026"), a founding year or a year of results
  const announcedOn = found && found.length === 4 && !first.published && status !== "completed" ? null : found;
  const partners = [...new Set(d.facts.flatMap((f) => f.partners))].filter((p) => !sameName(p, first.investor));
  const ev: EvidenceSpan[] = [];
  const sentenceOf = (f: Fact) => ({ start: f.sentence.s.start, end: f.sentence.s.end });
  ev.push({ field: "investor", start: first.investorMention.start, end: first.investorMention.end });
  ev.push({ field: "investor", ...sentenceOf(anchor) });
  const viaFact = d.facts.find((f) => f.via);
  if (viaFact) ev.push({ field: "via", ...sentenceOf(viaFact) });
  const homeFact = d.facts.find((f) => f.investorCountry);
  if (homeFact) {
    const hw = homeFact.homeWords;
    ev.push({ field: "investorCountry", ...(hw ? { start: hw.start, end: hw.end } : sentenceOf(homeFact)) });
    // "Qatar Investment Authority": the name itself says the home
    if (!hw)
      ev.push({ field: "investorCountry", start: homeFact.investorMention.start, end: homeFact.investorMention.end });
  }
  const tm = d.facts.find((f) => f.targetMention?.code === first.target)?.targetMention ?? first.targetWords;
  // (no words name a target taken from the language's home country: no span claims to)
  if (tm) ev.push({ field: "targetCountry", start: tm.start, end: tm.end });
  if (d.money) {
    ev.push({ field: "amount", start: d.money.start, end: d.money.end });
    ev.push({ field: "amount", ...sentenceOf(anchor) });
  }
  for (const f of d.facts) for (const x of f.facilities) ev.push({ field: "facilities", start: x.start, end: x.end });
  const dateSpan = [anchor, ...d.facts].map((f) => f.date).find((x) => x && x.value === announcedOn);
  if (dateSpan) ev.push({ field: "announcedOn", start: dateSpan.start, end: dateSpan.end });
  // a date from the lead sentence or the publication date: the commitment's sentence stands for it
  else if (announcedOn) ev.push({ field: "announcedOn", ...sentenceOf(anchor) });
  ev.push({ field: "status", ...sentenceOf(anchor) });
  ev.push({ field: "kind", ...sentenceOf(anchor) });
  if (stakePercent !== null)
    ev.push({ field: "stakePercent", ...sentenceOf(d.facts.find((f) => f.stakePercent !== null)!) });
  if (partners.length) ev.push({ field: "partners", ...sentenceOf(first) });
  let confidence =
    0.45 +
    (d.money ? 0.2 : 0) +
    (facilities.length ? 0.1 : 0) +
    (first.investorMention.strong ? 0.1 : 0) +
    (first.targetMention ? 0.1 : 0) -
    (first.coref ? 0.15 : 0) -
    (status === "proposed" ? 0.1 : 0) -
    (alternative ? 0.2 : 0);
  confidence = Math.round(Math.max(0.05, Math.min(0.98, confidence)) * 100) / 100;
  // doubtful on every count: nearly always a second reading of a sentence that names its investor only as "the
  // company", in a country no sentence names for it; one in ten is a commitment, too few to show
  if (confidence < MIN_CONFIDENCE) return null;
  return {
    investor: first.investor,
    via: d.facts.find((f) => f.via)?.via ?? null,
    investorCountry: d.facts.find((f) => f.investorCountry)?.investorCountry ?? null,
    targetCountry: first.target,
    amount: d.money?.currency ? d.money.amount : null,
    currency: d.money?.currency ?? null,
    amountText: d.money?.currency ? d.money.text : null,
    amountAlternatives: d.money?.currency ? d.money.alternatives : [],
    facilities,
    announcedOn,
    status,
    kind,
    stakePercent,
    partners,
    confidence,
    evidence: ev,
  };
}

const NAME_HEADS = new Set(unionList("nameHeads").map((w) => fold(w)));

/** "Harare", "Tulum", "Ballenstedt": a town of the record's own target country, no known firm, never written after a
 * name head ("Grupo Petrópolis" is a brewer) is where the money goes, not who spends it. */
function townOfTarget(facts: Fact[]): boolean {
  const { investor, target } = facts[0];
  if (lookupTown(investor) !== target || isKnownOrgName(investor.toLowerCase())) return false;
  return !facts.some((f) => {
    const before = f.sentence.s.text.slice(0, Math.max(0, f.investorMention.start - f.sentence.s.start));
    const prev = /([\p{L}]+)\s+$/u.exec(before)?.[1];
    return prev !== undefined && NAME_HEADS.has(fold(prev));
  });
}

/** "60 Millionen Euro ließ sich Claas im Jahr 2004 seinen Werksumbau kosten": a commitment that states no status but
 * dates itself in a year before the article's is done */
function pastYearStatus(f: Fact): DealStatus | null {
  const y = f.date?.value.slice(0, 4);
  const pub = f.published?.slice(0, 4);
  return y && pub && Number(y) <= Number(pub) - 2 ? "completed" : null;
}
