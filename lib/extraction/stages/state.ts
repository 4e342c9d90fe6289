/**
 * What the per-sentence stages carry from one sentence to the next, in one object: the company in
 * focus (for "the company", "it"), the facts so far, the partner set of the latest joint venture,
 * who bought whom, each investor's first target, the homes learned so far, and whether the article
 * has turned to older news.
 */
import { NameMap } from "../facts";
import type { OrgMention } from "../orgs";
import type { Fact } from "../records";

export type ArticleState = {
  /** every fact so far, in order (only ever appended) */
  facts: Fact[];
  /** the latest fact of each investor, over facts[0 .. lastFactSeen) (see lastFact) */
  lastFactOf: Map<string, Fact>;
  lastFactSeen: number;
  /** the company last named as investor, and where: a later "the company" or a lone amount is its */
  focus: OrgMention | null;
  focusPara: number;
  focusIndex: number;
  /** the partners of the latest joint venture ("Die Partner wollen zusammen …"), and its sentence */
  jvSet: OrgMention[] | null;
  jvSetAt: number;
  /** folded canonical name of a company bought → its buyer */
  acquiredBy: NameMap<OrgMention>;
  /** folded canonical investor name → the first target named for it */
  investorTargets: Map<string, string>;
  /** the article context's homes, and those the sentences' descriptors add ("the Swiss food group") */
  homes: Map<string, string>;
  /** past "The fund's other recent initiatives are:": older news, dated only by its own words */
  backlog: boolean;
};

export function newArticleState(homes: ReadonlyMap<string, string>): ArticleState {
  return {
    facts: [],
    lastFactOf: new Map(),
    lastFactSeen: 0,
    focus: null,
    focusPara: -1,
    focusIndex: -1,
    jvSet: null,
    jvSetAt: -9,
    acquiredBy: new NameMap<OrgMention>(),
    investorTargets: new Map(),
    homes: new Map(homes),
    backlog: false,
  };
}

/** The latest fact of an investor, brought up to date on demand. */
export function lastFact(state: ArticleState, investor: string): Fact | undefined {
  for (; state.lastFactSeen < state.facts.length; state.lastFactSeen++)
    state.lastFactOf.set(state.facts[state.lastFactSeen].investor, state.facts[state.lastFactSeen]);
  return state.lastFactOf.get(investor);
}
