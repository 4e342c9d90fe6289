/** Status and kind from wording, stake percentages. */
import { memoize } from "./memo";
import { unionSource } from "./lexicon/all";
import {
  ACQUISITION_RE,
  ANNOUNCED_RE,
  COMPLETED_RE,
  EXPANSION_RE,
  GREENFIELD_RE,
  JV_RE,
  ownAnnouncementRe,
  PARTNERSHIP_RE,
  PROPOSED_RE,
  STAKE_RE,
} from "./lexicon/cue-words";
import { NUMBER_WORDS, PERCENT_SOURCE } from "./lexicon/money-words";
import { allMatches, fold, LowerCaseRegExp } from "./normalize";
import { LowerTest } from "./lower-test";
import type { DealKind, DealStatus } from "./types";

export type KindCues = {
  jv: boolean;
  acquisition: boolean;
  stake: boolean;
  expansion: boolean;
  greenfield: boolean;
  partnership: boolean;
};

/** Status cue of one clause: null when it says nothing. Completed beats proposed beats announced. */
export function statusOf(clause: string, lang: string | null = null): DealStatus | null {
  return statusFor(lang || null)(clause);
}

/**
 * The memoized status of a clause, one cache per language: keyed by the clause itself, which is mostly a sentence's
 * own text and keeps its hash, where a "lang|clause" key was a new string to hash on every call.
 */
const STATUS_BY_LANG = new Map<string | null, (clause: string) => DealStatus | null>();
function statusFor(lang: string | null): (clause: string) => DealStatus | null {
  let byClause = STATUS_BY_LANG.get(lang);
  if (!byClause) STATUS_BY_LANG.set(lang, (byClause = memoize((clause: string) => statusOfRaw(clause, lang), 5_000)));
  return byClause;
}

function statusOfRaw(clause: string, lang: string | null): DealStatus | null {
  // "will expand the plant that it bought last year": a past verb in a relative clause describes the object
  if (REL_PAST.test(clause) && FUTURE_LOWER.test(clause)) {
    clause = clause.replace(REL_PAST_RE_G, " ");
  }
  // (the plan beside the land bought may be stated by a word only the article's language reads so: "grond gekocht en
  // plant er magazijnen")
  if (COMPLETED.test(clause) && !WILL_OPEN.test(clause))
    return boughtLand(clause) && (ANNOUNCED.test(clause) || !!ownAnnouncementRe(lang)?.test(clause))
      ? "announced"
      : "completed";
  if (PROPOSED.test(clause)) return "proposed";
  if (ANNOUNCED.test(clause)) return "announced";
  // "plant" announces a plan in German and Dutch text only
  if (ownAnnouncementRe(lang)?.test(clause)) return "announced";
  return null;
}

/** "had acquired 11 acres of land", "kupił 30 hektarów gruntu", "arazi satın alan": the land for a site still to be
 * built, a step of the plan */
const LAND = new LowerCaseRegExp(new RegExp(unionSource("landWords"), "iu"));
function boughtLand(clause: string): boolean {
  if (!LAND.test(clause)) return false;
  const m = COMPLETED.exec(clause);
  if (!m) return false;
  return LAND.test(clause.slice(Math.max(0, m.index - 50), m.index + m[0].length + 50));
}

const FUTURE = unionSource("futureWords");
const FUTURE_RE = new RegExp(String.raw`\b(?:${FUTURE})\b`, "iu");
/** "will be opened", "soll … eröffnet werden", "… eröffnet werden" (an auxiliary after the participle): a plan, not a
 * completion */
const OPENED = unionSource("openedWords");
const AUX_AFTER = unionSource("futureAfterParticiple");
const WILL_OPEN_RE = new RegExp(
  // letter bounds, not \b: "übernommen" opens with a letter \b does not know
  String.raw`\b(?:${FUTURE})\b[^.]{0,30}(?<![\p{L}])(?:${OPENED})(?![\p{L}])` +
    (AUX_AFTER ? String.raw`|(?<![\p{L}])(?:${OPENED})\s+(?:${AUX_AFTER})(?![\p{L}])` : ""),
  "iu",
);
const REL_PAST_SRC = String.raw`\b(?:${unionSource("relativePronouns")})\s+(?:${unionSource("relativeSubjects")})\s+(?:had\s+|has\s+)?(?:[\p{L}]+\s+){0,6}?(?:${unionSource("pastObjectVerbs")})\b`;
const REL_PAST_RE = new RegExp(REL_PAST_SRC, "iu");
const REL_PAST_RE_G = new RegExp(REL_PAST_SRC, "giu");
const REL_PAST = new LowerTest(REL_PAST_RE);
const FUTURE_LOWER = new LowerTest(FUTURE_RE);
const WILL_OPEN = new LowerTest(WILL_OPEN_RE);

// the cue regexes run case-sensitively on lower-cased text (same matches, several times faster)
const COMPLETED = new LowerCaseRegExp(COMPLETED_RE);
const PROPOSED = new LowerCaseRegExp(PROPOSED_RE);
const ANNOUNCED = new LowerCaseRegExp(ANNOUNCED_RE);
const JV = new LowerCaseRegExp(JV_RE);
const ACQUISITION = new LowerCaseRegExp(ACQUISITION_RE);
const STAKE = new LowerCaseRegExp(STAKE_RE);
const EXPANSION = new LowerCaseRegExp(EXPANSION_RE);
const GREENFIELD = new LowerCaseRegExp(GREENFIELD_RE);
const PARTNERSHIP = new LowerCaseRegExp(PARTNERSHIP_RE);

export const kindCues: (s: string) => KindCues = memoize((s: string) => kindCuesRaw(s), 5_000);

function kindCuesRaw(s: string): KindCues {
  return {
    jv: JV.test(s),
    acquisition: ACQUISITION.test(s),
    stake: STAKE.test(s),
    expansion: EXPANSION.test(s),
    greenfield: GREENFIELD.test(s),
    partnership: PARTNERSHIP.test(s),
  };
}

export function kindOf(c: KindCues, hasFacility: boolean, stakePercent: number | null): DealKind {
  if (c.jv) return "joint_venture";
  if (c.acquisition && (stakePercent === null || stakePercent >= 50)) return "acquisition";
  if (c.stake || stakePercent !== null) return "stake";
  if (c.expansion) return "expansion";
  if (hasFacility || c.greenfield) return "greenfield";
  if (c.partnership) return "partnership";
  return "other";
}

const PERCENT_RE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?|[\p{L}]+)\s*(?:-?\s*(?:%|${PERCENT_SOURCE}))`,
  "giu",
);
const PERCENT_CUE_RE = new RegExp(`%|${PERCENT_SOURCE}`, "iu");
const PERCENT_CUE = new LowerTest(PERCENT_CUE_RE);

/** Stake percentages named in a sentence with their offsets. */
export function findPercents(s: string, base = 0): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  if (!PERCENT_CUE.test(s)) return out;
  for (const m of allMatches(PERCENT_RE, s)) {
    const raw = m[1];
    const v = /\d/.test(raw) ? Number(raw.replace(",", ".")) : NUMBER_WORDS[fold(raw)];
    if (v === undefined || !Number.isFinite(v) || v <= 0 || v > 100) continue;
    out.push({ value: v, start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length });
  }
  return out;
}
