/** Cue-word regexes over every language's lexicon (see de.ts, en.ts, …): the union where the engine reads any language. */
import { lexiconFor, LEXICONS, unionList, unionSource } from "./all";

const r = (s: string) => new RegExp(s, "iu");

/** Verbs that typically follow a company name as its subject (folded). */
export const SUBJECT_VERBS = new Set(unionList("subjectVerbs"));

/** Any sign that a sentence is about putting money or assets somewhere (test on folded lower-case text). */
export const TRIGGER_RE = r(
  [unionSource("investmentTriggers"), unionSource("acquisitionWords"), unionSource("stakeWords"), unionSource("jointVentureWords")].join("|"),
);
export const ACQUISITION_RE = r(unionSource("acquisitionWords"));
export const STAKE_RE = r(unionSource("stakeWords"));
export const JV_RE = r(unionSource("jointVentureWords"));
export const PARTNERSHIP_RE = r(unionSource("partnershipWords"));
export const EXPANSION_RE = r(unionSource("expansionWords"));
export const GREENFIELD_RE = r(unionSource("greenfieldWords"));
export const COMPLETED_RE = r(unionSource("completionWords"));
export const PROPOSED_RE = r(unionSource("proposalWords"));
export const ANNOUNCED_RE = r(unionSource("announcementWords"));
/** Context words that mark an amount as something other than an investment. */
export const NOT_INVESTMENT_AMOUNT_RE = r(unionSource("nonInvestmentWords"));
export const INVESTMENT_AMOUNT_RE = r(unionSource("investmentAmountCues"));

const OWN_ANNOUNCED = new Map(
  LEXICONS.filter((l) => l.ownAnnouncementWords?.length).map((l) => [l.lang, r(unionSource("ownAnnouncementWords", [l]))]),
);
/** Words that announce a plan only in the article's own language (German "plant"), or null. */
export function ownAnnouncementRe(lang: string | null): RegExp | null {
  const l = lexiconFor(lang);
  return l ? OWN_ANNOUNCED.get(l.lang) ?? null : null;
}
