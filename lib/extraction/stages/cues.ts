/** Cue tests more than one per-sentence stage asks (investor, target, candidates, rejects), compiled once. */
import { forFoldedText } from "../lexicon/all";
import { ACQUISITION_RE, JV_RE, STAKE_RE, TRIGGER_RE } from "../lexicon/cue-words";
import { foldSameLength } from "../normalize";

/** An investing word ("invest", "Werk", "usine"), on folded text. */
export const TRIGGER_FOLDED = new RegExp(forFoldedText(TRIGGER_RE.source), "u");
/** Joint-venture wording, on folded text. */
export const JV_RE_FOLDED = new RegExp(forFoldedText(JV_RE.source), "u");
/** Acquisition, stake or joint-venture wording (on folded lower-case text). */
const ACQ_OR_STAKE_FOLDED = new RegExp(
  forFoldedText(`${ACQUISITION_RE.source}|${STAKE_RE.source}|${JV_RE.source}`),
  "u",
);
export const ACQ_OR_STAKE_RE = { test: (s: string): boolean => ACQ_OR_STAKE_FOLDED.test(foldSameLength(s)) };
