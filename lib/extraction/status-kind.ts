/** Status and kind from wording, stake percentages. */
import { memoize } from "./memo";
import {
  ACQUISITION_RE, ANNOUNCED_RE, COMPLETED_RE, EXPANSION_RE, GREENFIELD_RE, JV_RE, PARTNERSHIP_RE, PROPOSED_RE, STAKE_RE,
} from "./lexicon/cue-words";
import { NUMBER_WORDS } from "./lexicon/money-words";
import { fold, LowerCaseRegExp } from "./normalize";
import type { DealKind, DealStatus } from "./types";

export type KindCues = { jv: boolean; acquisition: boolean; stake: boolean; expansion: boolean; greenfield: boolean; partnership: boolean };

/** Status cue of one clause: null when it says nothing. Completed beats proposed beats announced. */
export function statusOf(clause: string, lang: string | null = null): DealStatus | null {
  return statusByKey(`${lang ?? ""}|${clause}`);
}

// one cache key for language and clause: "de|…", "|…" when the language is unknown
const statusByKey = memoize((key: string) => {
  const bar = key.indexOf("|");
  return statusOfRaw(key.slice(bar + 1), key.slice(0, bar) || null);
}, 5_000);

function statusOfRaw(clause: string, lang: string | null): DealStatus | null {
  // "will expand the plant that it bought last year": a past verb in a relative clause describes the object
  if (REL_PAST_RE.test(clause) && /\b(?:will|wird|werden|soll|sollen|plans?|to invest|to expand|to build|va|vont|prevede|planea)\b/i.test(clause)) {
    clause = clause.replace(REL_PAST_RE_G, " ");
  }
  if (COMPLETED.test(clause) && !/\b(?:will|wird|soll|plans?|to be)\b[^.]{0,30}\b(?:opened|eröffnet)\b/i.test(clause)) return "completed";
  if (PROPOSED.test(clause)) return "proposed";
  if (ANNOUNCED.test(clause)) return "announced";
  if (lang === "de" && /\bplant\b/.test(clause)) return "announced";
  return null;
}

const REL_PAST_SRC = String.raw`\b(?:that|which|den|das|die|que|qu'|che)\s+(?:it|they|the company|the group|er|sie|es|der konzern|das unternehmen|il|elle|ils)\s+(?:had\s+|has\s+)?(?:[\p{L}]+\s+){0,6}?(?:bought|acquired|purchased|opened|built|took over|gekauft|übernommen|erworben|eröffnet|gebaut|a achet[ée]|a acquis|ha acquistato|ha comprato)\b(?:\s+(?:hat|hatte))?`;
const REL_PAST_RE = new RegExp(REL_PAST_SRC, "iu");
const REL_PAST_RE_G = new RegExp(REL_PAST_SRC, "giu");

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
    jv: JV.test(s), acquisition: ACQUISITION.test(s), stake: STAKE.test(s), expansion: EXPANSION.test(s),
    greenfield: GREENFIELD.test(s), partnership: PARTNERSHIP.test(s),
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

const PERCENT_RE = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?|[\p{L}]+)\s*(?:-?\s*(?:%|prozent|percent|per cent|por ciento|pour cent|per cento|yüzde))/giu;

/** Stake percentages named in a sentence with their offsets. */
export function findPercents(s: string, base = 0): { value: number; start: number; end: number }[] {
  const out: { value: number; start: number; end: number }[] = [];
  if (!/%|prozent|percent|per cent|ciento|pour cent|per cento|y[uü]zde/i.test(s)) return out;
  for (const m of s.matchAll(PERCENT_RE)) {
    const raw = m[1];
    const v = /\d/.test(raw) ? Number(raw.replace(",", ".")) : NUMBER_WORDS[fold(raw)];
    if (v === undefined || !Number.isFinite(v) || v <= 0 || v > 100) continue;
    out.push({ value: v, start: base + (m.index ?? 0), end: base + (m.index ?? 0) + m[0].length });
  }
  return out;
}
