/**
 * Investor choice, per sentence: the firm that acts (an "agent" role), else the first plain firm in
 * the clause of the amount or facility, else the first plain firm; a company bought earlier gives
 * way to its buyer; a sentence naming no firm ("the company will invest …", a lone amount next to
 * the last investor) falls to the company in focus. Persons (ministers, CEOs) are never candidates;
 * names the mentions stage rejected (agencies, lenders, chambers: rejects.ts) never reach here.
 * Also learns investors' homes from descriptors ("the Swiss food group", "des chinesischen Händlers").
 */
import type { CountryMention } from "../countries";
import type { SentenceInfo } from "../facts";
import { unionList, wordForm } from "../lexicon/all";
import { clauseWords } from "../lexicon/clause-words";
import { DEFINITE_ARTICLE_RE, SHORTLIST_RE } from "../lexicon/context-words";
import { COREF_RE, GOV_WORDS } from "../lexicon/org-words";
import { LowerTest } from "../lower-test";
import { fold, foldSameLength } from "../normalize";
import type { OrgMention } from "../orgs";
import { DESCRIPTOR_AFTER_RE, homeMentions, roleOf, type Role } from "../roles";
import type { ArticleContext } from "./context";
import { ACQ_OR_STAKE_RE } from "./cues";
import type { ArticleState } from "./state";

export type InvestorChoice = {
  /** the sentence's firms (persons left out) and the role each plays in it */
  orgs: OrgMention[];
  roles: Role[];
  /** the investor, or null when the sentence names none and the focus does not carry over */
  inv: OrgMention | null;
  /** the investor is the company in focus, not named in the sentence ("the company", a lone amount) */
  viaCoref: boolean;
  /** an investment amount, a facility or an investing word */
  substance: boolean;
  /** "Auf der engeren Auswahl stehen Polen, Ungarn und die Slowakei": a shortlist of countries, no firm named */
  shortlist: boolean;
  /** the investor buys what a seller sells it ("verkochten de helft van Borssele aan Partners Group") */
  sale?: boolean;
};

export const COREF = new LowerTest(COREF_RE);
const SHORTLIST = new LowerTest(SHORTLIST_RE);

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

/** "the Chinese company": an adjective of a country before a company descriptor, owned by no named firm. */
function descriptorHome(info: SentenceInfo, x: CountryMention, hm: Map<CountryMention, OrgMention>): boolean {
  return (
    x.kind === "adjective" &&
    hm.get(x)?.name === "" &&
    DESCRIPTOR_AFTER_RE.test(x.after) &&
    DEFINITE_ARTICLE_RE.test(x.prev) &&
    !OFFICE_AFTER_RE.test(x.after)
  );
}

/** "des chinesischen Online-Händlers", "the Chinese company": the home of the company in focus. */
export function learnFocusHome(info: SentenceInfo, ctx: ArticleContext, state: ArticleState): void {
  const focus = state.focus;
  if (!focus || state.homes.has(fold(ctx.canonical(focus.name)))) return;
  const hmF = homeMentions(info);
  const c = info.countries.find((x) => descriptorHome(info, x, hmF) && !appositionOf(info, x));
  if (c && !info.orgs.some((o) => !o.person && o.start > c.start))
    state.homes.set(fold(ctx.canonical(focus.name)), c.code);
}

/**
 * "Flanders Investment & Trade (FIT), het Vlaamse agentschap": the description of the name just before it (found as a
 * firm or not), not of the firm in focus.
 */
function appositionOf(info: SentenceInfo, x: CountryMention): boolean {
  const s = info.s;
  const before = s.text.slice(Math.max(0, x.start - s.start - 60), x.start - s.start);
  return /\p{Lu}[\p{L}\d&.'’-]*\)?\s*,\s*[\p{L}']+\s*$/u.test(before);
}

/** "…, the Swiss food group said": the home of the company just named. */
export function learnInvestorHome(info: SentenceInfo, inv: OrgMention, ctx: ArticleContext, state: ArticleState): void {
  if (state.homes.has(fold(ctx.canonical(inv.name)))) return;
  const hmI = homeMentions(info);
  const c = info.countries.find(
    (x) =>
      x.start > inv.end &&
      descriptorHome(info, x, hmI) &&
      !info.orgs.some((o) => !o.person && o.start > inv.end && o.start < x.start),
  );
  if (c) state.homes.set(fold(ctx.canonical(inv.name)), c.code);
}

/** The text with what brackets hold blanked out, same length: "Safran (100 000 salariés ; 27 Md€ de CA) a choisi …" has
 * no second clause inside its bracket. */
function unbracketed(text: string): string {
  return text.includes("(") ? text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length)) : text;
}

/** The firm the sentence names as investor: the agent, else the plain firm in the clause of the amount
 * or facility (when several are plain), else the first plain firm. */
export function namedInvestor(
  info: SentenceInfo,
  orgs: OrgMention[],
  roles: Role[],
  newSubject: RegExp,
): OrgMention | null {
  const s = info.s;
  const plain = orgs.filter((_, k) => roles[k] === "plain");
  const anchorAt = info.investMoney[0]?.start ?? info.facilities[0]?.start ?? -1;
  const inClause =
    anchorAt >= 0 && plain.length > 1
      ? plain.find(
          (o) =>
            !newSubject.test(
              unbracketed(s.text).slice(
                Math.min(o.start, anchorAt) - s.start,
                Math.max(o.start, anchorAt) - s.start + 40,
              ),
            ),
        )
      : undefined;
  // "Zlecenie to … ma wykonać Mostostal Siedlce": a sentence's first word, trusted only for the verb after it, gives way
  // to a firm the sentence names with a cue
  const cued = plain.find((o) => !o.verbOnly && !o.weak && !o.person);
  const first = plain[0]?.verbOnly && cued ? cued : plain[0];
  const named = orgs.find((_, k) => roles[k] === "agent") ?? inClause ?? first ?? null;
  if (named) return named;
  // "l'État a signé un accord avec la société minière TBEA Group qui entérine un investissement": a state body that
  // signs with one firm brings that firm's investment in
  const partners = orgs.filter((_, k) => roles[k] === "partner");
  if (partners.length !== 1) return null;
  const before = fold(s.text.slice(0, partners[0].start - s.start));
  return before.split(/[^\p{L}]+/u).some((w) => STATE_SIDE.has(w)) ? partners[0] : null;
}

/** "overgenomen door het Britse Blue Ocean Capital en het Amerikaanse Crestline Investors": a name joined by "and" to
 * an agent is an agent too. */
function coordinatedAgents(text: string, base: number, orgs: OrgMention[], roles: Role[], lang: string | null): Role[] {
  if (!roles.includes("agent") && !roles.includes("example")) return roles;
  const { listGap } = clauseWords(lang);
  // the list's gap, an adjective after its article allowed ("en het Amerikaanse")
  const joins = (g: string) => listGap.test(g) || listGap.test(g.replace(/\p{L}+\s+$/u, ""));
  const out = [...roles];
  // "clients such as Acme, Borin and Zentor": every name of a list of examples is one
  for (let k = 1; k < orgs.length; k++)
    if (
      out[k - 1] === "example" &&
      out[k] === "plain" &&
      joins(fold(text.slice(orgs[k - 1].end - base, orgs[k].start - base)))
    )
      out[k] = "example";
  if (!out.includes("agent")) return out;
  for (let k = 1; k < orgs.length; k++)
    if (
      out[k - 1] === "agent" &&
      out[k] !== "agent" &&
      joins(fold(text.slice(orgs[k - 1].end - base, orgs[k].start - base)))
    )
      out[k] = "agent";
  // "İtalyan Barilla ve Japon Nissin tarafından satın alındı": a name joined by "and" to an agent whose cue follows it
  for (let k = orgs.length - 2; k >= 0; k--)
    if (
      out[k + 1] === "agent" &&
      out[k] === "plain" &&
      joins(fold(text.slice(orgs[k].end - base, orgs[k + 1].start - base)))
    )
      out[k] = "agent";
  return out;
}

/** "verkocht … zijn Australische dochter CUB … aan het Japanse Asahi", "sold its unit Acme to Borin": where the verb of
 * selling stands before the sentence's first agent, the buyer after "to" (offset into the text), else -1. */
function saleVerbAt(text: string, base: number, orgs: OrgMention[], roles: Role[], lang: string | null): number {
  const gap = wordForm(lang, "buyerAfterSaleGap");
  const buyer = orgs.findIndex((_, k) => roles[k] === "agent");
  if (!gap || buyer < 0) return -1;
  const from = Math.max(0, orgs[buyer].start - base - 170);
  const m = gap.exec(foldSameLength(text.slice(from, orgs[buyer].start - base)));
  return m ? base + from + m.index : -1;
}

/** A name between the verb of selling and the buyer is what is sold. */
function soldObjects(orgs: OrgMention[], roles: Role[], verbAt: number): Role[] {
  if (verbAt < 0) return roles;
  const buyer = roles.indexOf("agent");
  return roles.map((r, k) => (k < buyer && r === "plain" && orgs[k].start > verbAt ? "object" : r));
}

/** "Zum anderen kaufte der US-Finanzinvestor Advent den Hersteller GE Jenbacher": after the subject a verb of buying
 * opens, a name of the same clause is what is bought. */
function boughtAfterSubject(
  text: string,
  base: number,
  orgs: OrgMention[],
  roles: Role[],
  lang: string | null,
): Role[] {
  const subjectAfter = wordForm(lang, "subjectAfterPurchaseVerb");
  if (!subjectAfter) return roles;
  const k = orgs.findIndex(
    (o, i) =>
      roles[i] === "agent" && subjectAfter.test(fold(text.slice(Math.max(0, o.start - base - 100), o.start - base))),
  );
  if (k < 0) return roles;
  const { clauseBreak } = clauseWords(lang);
  return roles.map((r, i) =>
    i > k && r === "plain" && !clauseBreak.test(text.slice(orgs[k].end - base, orgs[i].start - base)) ? "object" : r,
  );
}

/** "which has a stake in", "that owns a 20% share": a holding an English relative clause describes (other languages'
 * wordings are not listed yet) */
const HOLDING_RE =
  /\b(?:which|that|who) (?:has|holds|owns) (?:a |an )?(?:\d+(?:[.,]\d+)? ?(?:%|per ?cent|percent) )?(?:stake|share|interest)/u;

/** the state's side of an agreement: its bodies, and "the State" itself */
const STATE_SIDE = new Set([
  ...GOV_WORDS,
  "etat",
  "state",
  "staat",
  "estado",
  "stato",
  "panstwo",
  "devlet",
  "overheid",
]);

/** "The $9.5 million facility …": the sentence opens with a definite article and an amount. */
function amountOpens(info: SentenceInfo): boolean {
  const m = info.investMoney[0];
  if (!m) return false;
  const before = fold(info.s.text.slice(0, m.start - info.s.start)).trim();
  return before.length > 0 && before.length <= 4 && DEFINITE_ARTICLE_RE.test(before);
}

export function chooseInvestor(info: SentenceInfo, ctx: ArticleContext, state: ArticleState): InvestorChoice {
  const s = info.s;
  const canonical = ctx.canonical;
  learnFocusHome(info, ctx, state);
  const orgs = info.orgs.filter((o) => !o.person);
  const roles0 = coordinatedAgents(
    s.text,
    s.start,
    orgs,
    orgs.map((o) => roleOf(s.text, s.start, o, ctx.lang)),
    ctx.lang,
  );
  const saleAt = saleVerbAt(s.text, s.start, orgs, roles0, ctx.lang);
  const roles = boughtAfterSubject(s.text, s.start, orgs, soldObjects(orgs, roles0, saleAt), ctx.lang);
  // (a sale to a named buyer is that buyer's purchase)
  const substance = info.investMoney.length > 0 || info.facilities.length > 0 || info.trigger || saleAt >= 0;
  let inv = namedInvestor(info, orgs, roles, ctx.newSubject);
  // the company just bought is never an investor later on: "Tasman Wind owns a wind farm" describes the acquisition
  if (inv) {
    const invFold = fold(canonical(inv.name));
    const buyer = state.acquiredBy.findSame(invFold);
    if (buyer) inv = buyer;
  }
  // (an act of buying, not a holding described: "Taqa, which has a stake in Masdar" leaves Masdar its own deals)
  orgs.forEach((o, k) => {
    if (roles[k] === "object" && inv && inv !== o && ACQ_OR_STAKE_RE.test(s.text) && !HOLDING_RE.test(fold(s.text)))
      state.acquiredBy.set(fold(canonical(o.name)), inv);
  });
  let viaCoref = false;
  const near = s.para === state.focusPara || s.index - state.focusIndex <= 1;
  // "The US$83 million upgrade is expected to support … components iBooster, ABS and ESP": a sentence opened by
  // "the" and an amount speaks of the project just named; names after the amount are no investors
  if (inv && state.focus && near && !s.headline && amountOpens(info) && inv.start > info.investMoney[0].start) {
    inv = state.focus;
    viaCoref = true;
  }
  const concrete = info.investMoney.length > 0 || info.facilities.length > 0;
  // no firm named, or only partners ("en asociación con la mexicana Mabe, se pondrá en marcha una planta"): the firm in focus
  // (or only examples: "The US$9.5 million facility will serve platforms such as MercadoLibre and Amazon")
  const onlyPartners = orgs.length > 0 && roles.every((r) => r === "partner" || r === "example");
  const lone = (orgs.length === 0 || onlyPartners) && concrete && (near || state.investorTargets.size <= 1);
  // "il a été signé avec la société ACC … pour la construction d'un complexe": an agreement signed with the one firm
  // the sentence names, by no firm, is that firm's commitment
  if (!inv && onlyPartners && concrete) {
    const first = orgs[0];
    const signed = wordForm(ctx.lang, "signedVerb");
    if (signed?.test(fold(s.text.slice(Math.max(0, first.start - s.start - 80), first.start - s.start)))) inv = first;
  }
  const shortlist = orgs.length === 0 && SHORTLIST.test(s.text) && new Set(info.countries.map((c) => c.code)).size >= 2;
  if (!inv && (substance || shortlist) && state.focus && !s.headline && (COREF.test(s.text) || lone || shortlist)) {
    inv = state.focus;
    viaCoref = true;
  }
  // "sagte Werner Ottilinger, Geschäftsführer von Sauter Deutschland": before any investor is named, the one firm a
  // sentence names (here as a speaker's employer) is what "the company" later refers to
  if (!inv && !state.focus && !s.headline) {
    const firms = orgs.filter((o, k) => !o.person && !o.weak && roles[k] !== "place" && roles[k] !== "example");
    if (firms.length === 1) {
      state.focus = firms[0];
      state.focusPara = s.para;
      state.focusIndex = s.index;
    }
  }
  if (!viaCoref && inv) {
    state.focus = inv;
    state.focusPara = s.para;
    state.focusIndex = s.index;
  }
  if (inv && !viaCoref) learnInvestorHome(info, inv, ctx, state);
  if (viaCoref) state.focusIndex = s.index;
  return {
    orgs,
    roles,
    inv,
    viaCoref,
    substance,
    shortlist,
    sale: saleAt >= 0 && inv === orgs[roles.indexOf("agent")],
  };
}
