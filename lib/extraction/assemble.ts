/**
 * Whole-article assembly: the stages in order, giving the facts (one per investor, target and
 * commitment) that records.ts merges into records.
 *
 *   sentences → mentions → article context → per sentence: investor → target → commitment rejects
 *   → candidate commitments → second readings (the other targets, the sentence's other firms, the article's country
 *   where the sentence names none, for the investor and the firms listed with it; after the last sentence, the
 *   article's country for each investor with no record there)
 */
import { detectLanguage } from "./language";
import { BACKLOG_HEAD_RE, INVESTMENT_SUBJECT_RE } from "./lexicon/context-words";
import { LowerTest } from "./lower-test";
import type { SentenceInfo } from "./facts";
import { fold } from "./normalize";
import type { Fact } from "./records";
import { rejectCommitment } from "./rejects";
import { roleOf } from "./roles";
import {
  addDefaultForEveryInvestor,
  addListedBesideInvestors,
  coordinatedWith,
  addDefaultTarget,
  addNamedJointPartners,
  addOtherInvestors,
  addSecondTarget,
} from "./stages/alternatives";
import { addCommitments, noteJointVenture } from "./stages/candidates";
import { articleContext, type ArticleContext } from "./stages/context";
import { chooseInvestor, COREF, type InvestorChoice } from "./stages/investor";
import { findMentions } from "./stages/mentions";
import { articleSentences } from "./stages/sentences";
import { newArticleState, type ArticleState } from "./stages/state";
import { chooseTarget, hasTarget, rememberTarget } from "./stages/target";

const BACKLOG_HEAD = new LowerTest(BACKLOG_HEAD_RE);

/** `lang`: the text's language when the caller has detected it already (detecting costs about 2 % of an extraction). */
export function extractArticle(
  text: string,
  published: string | null,
  lang: string | null = detectLanguage(text),
  secondReadings = true,
): Fact[] {
  const sents = articleSentences(text, lang);
  const { infos, canonical } = findMentions(text, sents, lang, published);
  const ctx = articleContext(text, infos, canonical, lang, published);
  const state = newArticleState(ctx.homes);
  // a headline that names an amount but no investor ("Chinese firm to build $220m textile plant in Ethiopia") is read
  // once the article's first named investor is known: the article's firm is the headline's
  const early: { info: SentenceInfo; pick: InvestorChoice }[] = [];
  for (const info of infos) {
    // "The fund's other recent initiatives are:": what follows is older news, dated only by its own words
    if (!state.backlog && BACKLOG_HEAD.test(info.s.text)) {
      state.backlog = true;
      continue;
    }
    const pick = chooseInvestor(info, ctx, state);
    if (!pick.inv && !state.facts.length && info.investMoney.length) early.push({ info, pick });
    readSentence(info, pick, ctx, state, secondReadings);
  }
  const lead = early.length ? state.facts.find((f) => !f.coref && !f.alternative) : undefined;
  if (lead) {
    const focus = state.focus;
    // (a body sentence only when it speaks of a firm: "The company is investing £9.6 million"; a round-up's opening
    // sum is no one firm's)
    for (const { info, pick } of early)
      // (or one whose subject is the investment itself: "L'investimento è di 32 milioni di euro")
      if (info.s.headline || COREF.test(info.s.text) || INVESTMENT_SUBJECT_RE.test(info.s.text))
        readSentence(info, { ...pick, inv: lead.investorMention, viaCoref: true }, ctx, state, false);
    state.focus = focus;
  }
  if (secondReadings) {
    addDefaultForEveryInvestor(state, ctx, infos.length);
    addListedBesideInvestors(infos, state, ctx);
  }
  return state.facts;
}

/** One sentence's commitments once its investor is chosen: target, rejects, facts and their second readings. */
function readSentence(
  info: SentenceInfo,
  pick: InvestorChoice,
  ctx: ArticleContext,
  state: ArticleState,
  secondReadings: boolean,
): void {
  const inv = pick.inv;
  if (!inv || !(pick.substance || pick.shortlist)) {
    if (secondReadings) addNamedJointPartners(info, pick, ctx, state);
    return;
  }
  const where = chooseTarget(info, pick, inv, ctx, state);
  noteJointVenture(info, pick, state);
  if (!hasTarget(where)) {
    if (secondReadings && !pick.viaCoref) {
      addDefaultTarget(info, pick, inv, where, ctx, state);
      // (and for the firms listed with it: "porté par le groupe algérien Iris et le constructeur chinois Chery")
      // (and every other buyer the sentence names: "Essent werd opgekocht door RWE, en Nuon kwam in handen van Vattenfall")
      const listed = coordinatedWith(info, pick, inv, ctx.lang);
      // (named as one by the words before it, not only listed beside one)
      const buyers = pick.orgs.filter(
        (o, k) =>
          o !== inv &&
          pick.roles[k] === "agent" &&
          !listed.includes(o) &&
          !o.weak &&
          roleOf(info.s.text, info.s.start, o, ctx.lang) === "agent",
      );
      for (const o of [...listed, ...buyers])
        addDefaultTarget(info, { ...pick, inv: o }, o, { ...where, invKey: fold(ctx.canonical(o.name)) }, ctx, state);
    }
    return;
  }
  if (rejectCommitment(info, inv.start - info.s.start, pick.viaCoref, ctx.lang)) return;
  rememberTarget(state, where);
  const first = state.facts.length;
  addCommitments(info, pick, inv, where, ctx, state);
  if (!secondReadings) return;
  addSecondTarget(state, first, where, ctx.lang);
  if (!pick.viaCoref) addOtherInvestors(info, pick, inv, ctx, state, first);
}
