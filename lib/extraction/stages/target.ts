/**
 * Target-country choice, per sentence: the countries the sentence names that are no firm's home
 * (a bought firm's home still counts) and no sales market, those in the investor's clause first,
 * then by how plainly they name a place; a sentence about the company in focus keeps that company's
 * earlier target unless it names another place plainly; a commitment naming no country takes the
 * investor's earlier target, else the article's default country (marked as a guess). Where a sentence names two
 * countries or more, a small model trained on the corpus may put another of these candidates first (target-model.ts).
 */
import type { CountryMention } from "../countries";
import type { SentenceInfo } from "../facts";
import { INVEST_STEM_RE, INVEST_WORD_RE, SALES_MARKET_AFTER_RE } from "../lexicon/context-words";
import { unionSource } from "../lexicon/all";
import { LowerTest } from "../lower-test";
import { fold } from "../normalize";
import type { OrgMention } from "../orgs";
import { countryScore, genitiveCountry, homeMentions, placedCountry, sameClause } from "../roles";
import { findPercents } from "../status-kind";
import type { ArticleContext } from "./context";
import { ACQ_OR_STAKE_RE } from "./cues";
import type { InvestorChoice } from "./investor";
import type { ArticleState } from "./state";
import { modelRanking } from "./target-model";

export type TargetChoice = {
  /** folded canonical name of the investor */
  invKey: string;
  /** the sentence's candidate countries, best first */
  targets: CountryMention[];
  target: string | null;
  /** the words that name the target in this sentence (null when an earlier target is kept) */
  targetMention: CountryMention | null;
  /** the target is the article's default country, not named for this investor */
  fromDefault: boolean;
};

const INVEST_WORD = new LowerTest(INVEST_WORD_RE);
const EXISTING_OPS_AFTER_RE = new RegExp(String.raw`^\s*,\s*(?:${unionSource("existingOpsClauses")})\b[^,;()]*$`, "iu");

/** "aside from the one in Japan", "oltre a quello in Italia": a place set apart from the sentence's own */
const BESIDES_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${unionSource("besidesWords")})(?![\p{L}])[^.;:!?]{0,40}$`,
  "iu",
);
/** "cuenta con operaciones de manufactura en Estados Unidos", "possède également des usines en Algérie": where a firm
 * already has sites, before the place */
const OWNED_SITES_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${unionSource("ownedSitesBefore")})(?![\p{L}])([^,.;:!?()]{0,45})$`,
  "iu",
);
const INVESTOR_APPOSITION_RE = /^\)?\s*,\s*[^,;()]{0,80}$/u;
/** "Corea del Sur invierte a través de …", "la India está invirtiendo": a state investing, not where the money goes */
const COUNTRY_INVESTS_RE = new RegExp(String.raw`^\s+(?:[\p{L}]+\s+)?(?:${unionSource("investWords")})`, "iu");
/** the end of a list before a country ("in Polen, Tschechien und Rumänien investieren"): a place, not a subject */
const LISTED_BEFORE_RE = new RegExp(String.raw`(?:,|\s(?:${unionSource("andWords")}))\s*$`, "iu");

/** The sentence's countries that can be a target, best first. */
export function candidateTargets(info: SentenceInfo, pick: InvestorChoice, inv: OrgMention, lang: string | null) {
  const s = info.s;
  const { orgs, roles } = pick;
  const hm = homeMentions(info);
  const invAt = inv.start - s.start;
  const objectHome = (c: CountryMention) => {
    const owner = hm.get(c);
    const k = owner ? orgs.indexOf(owner) : -1;
    return k >= 0 && roles[k] === "object";
  };
  // "The Mfar Group, which has 700 rooms in India and Oman, …": what the investor already has is no target
  const existing = (c: CountryMention) =>
    c.start > inv.end && EXISTING_OPS_AFTER_RE.test(s.text.slice(inv.end - s.start, c.start - s.start));
  // "La Lavazza, storico marchio del caffè italiano nel mondo, ha acquistato …": an adjective inside the investor's
  // apposition describes the investor, not where its money goes
  const inApposition = (c: CountryMention) =>
    c.kind === "adjective" &&
    c.start > inv.end &&
    INVESTOR_APPOSITION_RE.test(s.text.slice(inv.end - s.start, c.start - s.start)) &&
    /^[^,;()]{0,40},/u.test(s.text.slice(c.end - s.start));
  const investing = (c: CountryMention) =>
    c.kind !== "adjective" &&
    !placedCountry(c) &&
    COUNTRY_INVESTS_RE.test(c.after) &&
    !LISTED_BEFORE_RE.test(s.text.slice(Math.max(0, c.start - s.start - 12), c.start - s.start));
  const owned = (c: CountryMention) => {
    const before = s.text.slice(Math.max(0, c.start - s.start - 110), c.start - s.start);
    const m = OWNED_SITES_BEFORE_RE.exec(before);
    return !!m && !INVEST_STEM_RE.test(m[1]);
  };
  const candidates = info.countries.filter(
    (c) => (!hm.has(c) || objectHome(c)) && !existing(c) && !inApposition(c) && !investing(c) && !owned(c),
  );
  // "the first manufacturing site aside from the one in Japan", "der fünfte außerhalb Deutschlands": a country set
  // apart is no target, even alone (the target named before, or the article's default, stays)
  const besides = (c: CountryMention) =>
    BESIDES_BEFORE_RE.test(s.text.slice(Math.max(0, c.start - s.start - 60), c.start - s.start));
  const own = candidates.filter((c) => !besides(c));
  // "products for the Mexican, U.S. and Latin American markets": where goods are sold, not where money goes
  let notMarkets = own.filter((c) => !SALES_MARKET_AFTER_RE.test(c.after));
  // "Türkiye'nin en büyüklerinden olan Yıldız Entegre … Romanya'ya yaptı": a genitive describes, "to Romania" places
  if (notMarkets.some(placedCountry)) notMarkets = notMarkets.filter((c) => !genitiveCountry(c));
  // "nach seinem Besuch in Deutschland … Investitionen von Siemens in der Türkei": "in" right after the investor
  const right = (c: CountryMention) => Number(c.start >= inv.end && c.start - inv.end <= 15 && placedCountry(c));
  // "In Doha wurde … der Kauf des Hafens Akdeniz in Antalya vereinbart": of two places alike, the place of what is
  // built or bought outranks where the deal was signed
  const site = (c: CountryMention) => Number(c.kind === "city" && info.facilities.some((f) => f.city === c.text));
  return notMarkets.sort(
    (a, b) =>
      right(b) - right(a) ||
      Number(sameClause(s.text, b.start - s.start, invAt, lang)) -
        Number(sameClause(s.text, a.start - s.start, invAt, lang)) ||
      countryScore(b) - countryScore(a) ||
      site(b) - site(a),
  );
}

export function chooseTarget(
  info: SentenceInfo,
  pick: InvestorChoice,
  inv: OrgMention,
  ctx: ArticleContext,
  state: ArticleState,
): TargetChoice {
  const s = info.s;
  const ruled = candidateTargets(info, pick, inv, ctx.lang);
  // a sentence naming two countries or more: the learned check may put another country first (target-model.ts)
  const targets = pick.viaCoref ? ruled : modelRanking(info, inv, ruled, ctx, state);
  const invKey = fold(ctx.canonical(inv.name));
  const strongTarget = targets.find((c) => c.kind !== "adjective" && placedCountry(c));
  const known0 = state.investorTargets.get(invKey);
  const keep = pick.viaCoref && known0 && (!strongTarget || targets.some((c) => c.code === known0)) ? known0 : null;
  let target: string | null = keep ?? targets[0]?.code ?? null;
  const targetMention: CountryMention | null = keep ? null : (targets[0] ?? null);
  let fromDefault = false;
  if (
    !target &&
    (info.investMoney.length ||
      info.facilities.length ||
      INVEST_WORD.test(s.text) ||
      pick.sale ||
      (ACQ_OR_STAKE_RE.test(s.text) && findPercents(s.text).length > 0))
  ) {
    target = state.investorTargets.get(invKey) ?? ctx.defaultCountry;
    fromDefault = !state.investorTargets.has(invKey);
  }
  return { invKey, targets, target, targetMention, fromDefault };
}

/** A choice that found a target country. */
export type Targeted = TargetChoice & { target: string };
export function hasTarget(where: TargetChoice): where is Targeted {
  return !!where.target;
}

/** The investor's first target named (not the article's default) stays its target for later sentences. */
export function rememberTarget(state: ArticleState, where: TargetChoice): void {
  if (where.target && !state.investorTargets.has(where.invKey) && !where.fromDefault)
    state.investorTargets.set(where.invKey, where.target);
}
