/**
 * Second readings of a commitment sentence: the facts a careful reader would still list when the first choice of
 * investor or target may be wrong. The extractor's first choice is right about half the time; a missed commitment
 * costs an analyst more than a doubtful one shown beside it (an editor rejects it in one click), and the evaluation
 * counts a missed record as wrong for every field. So a sentence also gives:
 *
 * - a record for each of its other candidate countries ("Siemens Gamesa baut in Cuxhaven für den britischen Markt"),
 *   with no amount or facility of its own (those stay with the first reading);
 * - where a sentence with an investing word names no country and says nothing of the investor's own target, the
 *   commitment in the article's default country ("une unité du constructeur Peugeot devrait voir le jour", in an
 *   article about Algeria);
 * - a record for each other firm the sentence names as acting ("Toyota und Denso investieren …" beside the chosen
 *   one, or the firm that is the true investor when the choice fell on a partner), with the sentence's amount but no
 *   facility;
 * - once the whole article is read, for each investor none of whose records is in the article's default country (and
 *   whose home it is not), the commitment there too: the article is about that country, and a target taken from
 *   the investor's own home or a side remark is the commonest wrong choice ("Kärcher in Winnenden … hat sich für
 *   Vietnam entschieden" in an article on German firms moving to Vietnam).
 *
 * These facts are marked `alternative`: a record made of them alone has a lower confidence.
 */
import { compoundHeadAfter, ownSubjectVerb, type OrgMention } from "../orgs";
import { rejectCommitment } from "../rejects";
import { addCommitments } from "./candidates";
import { ACQ_OR_STAKE_RE } from "./cues";
import type { ArticleContext } from "./context";
import type { InvestorChoice } from "./investor";
import type { Fact } from "../records";
import type { ArticleState } from "./state";
import type { SentenceInfo } from "../facts";
import { chooseTarget, hasTarget, type TargetChoice, type Targeted } from "./target";
import { fold } from "../normalize";
import { lexiconFor } from "../lexicon/all";
import { clauseWords } from "../lexicon/clause-words";

/** "das Übernahmegebot der Deutschen": a German country adjective written with a capital inside a sentence is a noun,
 * the people or the firm of that country, never a firm bought there */
function germanPeopleNoun(c: { start: number; text: string }, sentenceStart: number, lang: string | null): boolean {
  return lang === "de" && c.start > sentenceStart && /^\p{Lu}/u.test(c.text);
}

/** The sentence's one fact (facts[first]) and the sentence's other candidate countries: the same commitment in each of
 * them too, as a bare record (no amount, no facility). */
export function addSecondTarget(state: ArticleState, first: number, where: Targeted, lang: string | null): void {
  if (state.facts.length !== first + 1) return;
  const f = state.facts[first];
  // (a country adjective names a firm's home, its own or a partner's: "China's Hisense … in Nigeria", "with the Korean
  // CS Wind"; it is a place of the money only where a firm of that country is bought: "la firme britannique Logica")
  const buying = ACQ_OR_STAKE_RE.test(f.sentence.s.text);
  const alts = where.targets.filter(
    (c) =>
      c.code !== f.target &&
      c.code !== f.investorCountry &&
      (c.kind !== "adjective" || (buying && !germanPeopleNoun(c, f.sentence.s.start, lang))),
  );
  const seen = new Set<string>();
  for (const alt of alts) {
    if (seen.has(alt.code)) continue;
    seen.add(alt.code);
    state.facts.push({
      ...f,
      target: alt.code,
      targetMention: alt,
      targetWords: alt,
      money: null,
      facilities: [],
      alternative: true,
    });
  }
}

/** The sentence's other acting firms (no person, no bare name, none the sentence's facts from `first` on already
 * name): each its own commitment, with its own target, the sentence's amount and no facility. Each is read on a
 * scratch copy of the state, so a second reading neither repeats the sentence's other facts nor changes what later
 * sentences see. */
export function addOtherInvestors(
  info: SentenceInfo,
  pick: InvestorChoice,
  inv: OrgMention,
  ctx: ArticleContext,
  state: ArticleState,
  first: number,
): void {
  const named = new Set(state.facts.slice(first).map((f) => f.investorMention));
  const listed = new Set(coordinatedWith(info, pick, inv, ctx.lang));
  pick.orgs.forEach((o, k) => {
    if (o === inv || named.has(o) || o.person || o.weak || o.verbOnly) return;
    if (pick.roles[k] !== "plain" && pick.roles[k] !== "agent") return;
    // "Bosch will in ein Wärmepumpen-Werk investieren": the first part of a compound in the investor's object names
    // what the plant makes, or whose it is; it does not act
    // ("die Ulmer Wieland-Werke investieren": a compound that its own verb follows is a subject)
    const after = info.s.text.slice(o.end - info.s.start);
    const next = fold(/^-[\p{L}]+\s+([\p{L}]+)/u.exec(after)?.[1] ?? "");
    if (o.start > inv.end && compoundHeadAfter(after) && !ownSubjectVerb(next, ctx.lang)) return;
    const where = chooseTarget(info, pick, o, ctx, state);
    if (!hasTarget(where) || rejectCommitment(info, o.start - info.s.start, false, ctx.lang)) return;
    const read = (scratch: ArticleState) => addCommitments(info, { ...pick, inv: o }, o, where, ctx, scratch);
    for (const f of ownFacts(state, o, read))
      state.facts.push({
        ...f,
        facilities: [],
        alternative: true,
        sharesFacility: (listed.has(o) || facilitySubject(info, inv, o, ctx.lang)) && f.facilities.length > 0,
        jvPartner: listed.has(o) && f.cues.jv,
      });
  });
}

/** "Korvex is not alone, Dralon and Tavern will also build their smelters": a firm after the investor's own clause (a
 * verb of the investor between them) with a verb and then a facility after it is a subject of that facility's clause,
 * and the facility gives its record substance. */
function facilitySubject(info: SentenceInfo, inv: OrgMention, o: OrgMention, lang: string | null): boolean {
  if (o.start < inv.end) return false;
  const f = info.facilities.find((x) => x.start >= o.end);
  if (!f || f.start - o.end > 150) return false;
  const at = (x: number) => x - info.s.start;
  const gap = fold(info.s.text.slice(at(o.end), at(f.start)));
  // (the investor's own verb stands before the firm: a firm inside the investor's apposition or object is no subject)
  const invGap = fold(info.s.text.slice(at(inv.end), at(o.start)));
  const hasVerb = (g: string) => g.split(/[^\p{L}]+/u).some((w) => ownSubjectVerb(w, lang));
  // (nor one the investor's clause names as its partner: "has signed an agreement with Acme to develop a terminal")
  const withWords = lexiconFor(lang)?.withWords ?? [];
  const partner = (invGap.split(",").pop() ?? "").split(/[^\p{L}]+/u).some((w) => withWords.includes(w));
  return !gap.includes(";") && hasVerb(gap) && hasVerb(invGap) && !partner;
}

/** The firms joined to the investor by "and" or a comma, at most four describing words between ("le groupe algérien
 * Iris et le constructeur chinois Chery"). */
export function coordinatedWith(
  info: SentenceInfo,
  pick: InvestorChoice,
  inv: OrgMention,
  lang: string | null,
): OrgMention[] {
  const { listGap } = clauseWords(lang);
  const text = info.s.text;
  const base = info.s.start;
  const joins = (a: OrgMention, b: OrgMention) => {
    const gap = fold(text.slice(a.end - base, b.start - base));
    if (gap.length > 60) return false;
    // strip up to four describing words before the second name, and a home in brackets after the first ("Acme
    // (Ukraine), Borin AG (Switzerland) and …")
    let g = gap.replace(/^\s*\([^()]{1,40}\)/u, "");
    for (let n = 0; n <= 4; n++) {
      if (listGap.test(g)) return true;
      const shorter = g.replace(/[\p{L}'’-]+\s+$/u, "");
      if (shorter === g) return false;
      g = shorter;
    }
    return false;
  };
  // (one name found twice at the same place counts once)
  const orgs = pick.orgs.filter((o, k) => o === inv || !pick.orgs.slice(0, k).some((p) => p.start === o.start));
  const k0 = orgs.indexOf(inv);
  if (k0 < 0) return [];
  const out: OrgMention[] = [];
  for (let k = k0 + 1; k < orgs.length && joins(orgs[k - 1], orgs[k]); k++) out.push(orgs[k]);
  for (let k = k0 - 1; k >= 0 && joins(orgs[k], orgs[k + 1]); k--) out.push(orgs[k]);
  return out.filter((o) => !o.person && !o.weak && !o.verbOnly);
}

/** "Michelin a signé un accord pour la création d'une coentreprise avec 2 partenaires chinois. L'accord, signé avec
 * Double Coin et Shanghai Huayi, …": a sentence with no commitment of its own, right after one that states a joint
 * venture, that names other firms with the language's "with" (or beside the joint venture's investor) names its
 * partners; each gets the joint venture's commitment, with no amount of its own. */
export function addNamedJointPartners(
  info: SentenceInfo,
  pick: InvestorChoice,
  ctx: ArticleContext,
  state: ArticleState,
): void {
  const s = info.s;
  let jv: Fact | undefined;
  for (let k = state.facts.length - 1; k >= 0; k--) {
    const f = state.facts[k];
    if (f.sentence.s.index < s.index - 1) break;
    if (f.sentence.s.index === s.index - 1 && f.cues.jv && !f.alternative && !f.coref) {
      jv = f;
      break;
    }
  }
  if (!jv) return;
  const key = (name: string) => fold(ctx.canonical(name));
  const jvKey = key(jv.investor);
  const known = new Set(state.facts.map((f) => key(f.investor)));
  const withWords = lexiconFor(ctx.lang)?.withWords ?? [];
  const named = pick.orgs.filter(
    (o, k) =>
      !o.person &&
      !o.weak &&
      (pick.roles[k] === "plain" || pick.roles[k] === "partner") &&
      key(o.name) !== jvKey &&
      !known.has(key(o.name)),
  );
  if (!named.length) return;
  // (after "with", or in a sentence that names the joint venture's investor too)
  const first = named[0];
  const before = fold(s.text.slice(0, first.start - s.start))
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const withBefore = before.slice(-6).some((w) => withWords.includes(w));
  const investorNamed = pick.orgs.some((o) => key(o.name) === jvKey);
  if (!withBefore && !investorNamed) return;
  const all = [jv.investor, ...named.map((o) => ctx.canonical(o.name))];
  for (const o of named) {
    const name = ctx.canonical(o.name);
    state.facts.push({
      ...jv,
      investor: name,
      via: null,
      investorMention: o,
      investorCountry: state.homes.get(key(name)) ?? null,
      homeWords: null,
      sentence: info,
      coref: false,
      money: null,
      stakePercent: null,
      partners: all.filter((x) => x !== name),
      alternative: true,
      jvPartner: true,
    });
  }
}

/** A sentence with an investing word whose investor has no target: the article's default country, as a second
 * reading of the investor's own commitment (the partners' stay for the sentence that names where they build). */
export function addDefaultTarget(
  info: SentenceInfo,
  pick: InvestorChoice,
  inv: OrgMention,
  where: TargetChoice,
  ctx: ArticleContext,
  state: ArticleState,
): void {
  if (!info.trigger || !ctx.defaultCountry) return;
  const target = ctx.defaultCountry;
  if (rejectCommitment(info, inv.start - info.s.start, false, ctx.lang)) return;
  const read = (scratch: ArticleState) =>
    addCommitments(info, pick, inv, { ...where, target, fromDefault: true }, ctx, scratch);
  for (const f of ownFacts(state, inv, read)) state.facts.push({ ...f, alternative: true });
}

/** The facts `read` gives for `o` on a scratch copy of the state: the sentence's other facts are not repeated, and
 * later sentences see none of the changes (focus, partner set) the reading makes. */
function ownFacts(state: ArticleState, o: OrgMention, read: (scratch: ArticleState) => void): Fact[] {
  const scratch: ArticleState = { ...state, facts: [], lastFactOf: new Map(), lastFactSeen: 0 };
  read(scratch);
  return scratch.facts.filter((f) => f.investorMention === o);
}

/** After the last sentence: each investor with no record in the article's default country (not its home) gets one
 * there, a copy of its first fact with no amount or facility; and where the language is written for one country
 * (Turkish, Italian, Dutch, Polish), an investor whose every target is only the article's guess gets one there too
 * ("Nippon Paint … Türk boya şirketini satın aldı" in an article that names Japan more often than Turkey). */
export function addDefaultForEveryInvestor(state: ArticleState, ctx: ArticleContext, sentences: number): void {
  // (a text of a sentence or two has no subject country beyond what its sentences name)
  if (sentences < 3) return;
  const dc = ctx.defaultCountry;
  if (dc) addCountryForEveryInvestor(state, ctx, dc, () => true);
  // the country the language is written for, where there is one, for an investor no sentence gave a target of its own
  const lc = lexiconFor(ctx.lang)?.homeCountry;
  if (lc && lc !== dc) addCountryForEveryInvestor(state, ctx, lc, (facts) => facts.every((f) => f.guessed));
}

function addCountryForEveryInvestor(
  state: ArticleState,
  ctx: ArticleContext,
  dc: string,
  wanted: (facts: Fact[]) => boolean,
): void {
  const byInvestor = factsByInvestor(state.facts, ctx);
  for (const [k, facts] of byInvestor) {
    if (facts.some((f) => f.target === dc) || !wanted(facts)) continue;
    const home = facts.find((f) => f.investorCountry)?.investorCountry ?? state.homes.get(k);
    if (home === dc) continue;
    const f = facts.find((x) => !x.alternative) ?? facts[0];
    state.facts.push({
      ...f,
      target: dc,
      targetMention: null,
      targetWords: ctx.countryWords.get(dc) ?? null,
      guessed: true,
      money: null,
      facilities: [],
      alternative: true,
    });
  }
}

/** "The announcement involving Toyota, Honda, Isuzu and Mitsubishi came after …": after the last sentence, a firm listed
 * (three names or more joined by commas and "and") beside firms that have records, most of the list's firms having
 * them and all in one country, gets a record there too, a copy of a neighbour's with no amount or facility. */
export function addListedBesideInvestors(infos: SentenceInfo[], state: ArticleState, ctx: ArticleContext): void {
  const { listGap } = clauseWords(ctx.lang);
  const key = (name: string) => fold(ctx.canonical(name));
  const byInvestor = factsByInvestor(state.facts, ctx);
  if (byInvestor.size < 2) return;
  // ("Toyota Motor Corp." in the list is the "Toyota" of a record: the first word of the name)
  const head = (k: string) => k.split(" ")[0];
  const heads = new Map<string, Fact[]>();
  for (const [k, facts] of byInvestor) if (!heads.has(head(k))) heads.set(head(k), facts);
  const factsOf = (name: string) => byInvestor.get(key(name)) ?? heads.get(head(key(name)));
  const added = new Set<string>();
  for (const info of infos) {
    const firms = info.orgs.filter((o) => !o.person && !o.weak);
    if (firms.length < 3) continue;
    const text = info.s.text;
    const base = info.s.start;
    for (let i = 0; i < firms.length;) {
      let j = i;
      // ("Toyota Motor Corp., Honda Motor Co., …": the dot of an abbreviated legal form stays out of the name)
      const gap = (a: OrgMention, b: OrgMention) => fold(text.slice(a.end - base, b.start - base)).replace(/^\./u, "");
      while (j + 1 < firms.length && listGap.test(gap(firms[j], firms[j + 1]))) j++;
      const list = firms.slice(i, j + 1);
      i = j + 1;
      if (list.length < 3) continue;
      const withFacts = list.filter((o) => factsOf(o.name));
      if (withFacts.length < 2 || withFacts.length * 2 < list.length) continue;
      // (the listed investors' first readings, all in one country)
      const firsts = withFacts.map((o) => {
        const facts = factsOf(o.name)!;
        return facts.find((f) => !f.alternative) ?? facts[0];
      });
      const targets = new Set(firsts.map((f) => f.target));
      if (targets.size !== 1) continue;
      const model = firsts[0];
      for (const o of list) {
        const k = key(o.name);
        if (factsOf(o.name) || added.has(k)) continue;
        added.add(k);
        state.facts.push({
          ...model,
          investor: o.name,
          via: null,
          investorMention: o,
          investorCountry: null,
          homeWords: null,
          partners: [],
          money: null,
          facilities: [],
          stakePercent: null,
          alternative: true,
        });
      }
    }
  }
}

/** The facts by investor (folded canonical name), in order. */
function factsByInvestor(facts: readonly Fact[], ctx: ArticleContext): Map<string, Fact[]> {
  const byInvestor = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = fold(ctx.canonical(f.investor));
    const list = byInvestor.get(k);
    if (list) list.push(f);
    else byInvestor.set(k, [f]);
  }
  return byInvestor;
}
