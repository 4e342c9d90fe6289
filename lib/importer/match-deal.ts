import type { MatchDeal, MatchDecision } from "../data/find-match-candidates";
import { scoreMatch } from "../matching/match-score";

/**
 * The import's matching rule: the best-scoring stored deal decides. A "same" score
 * joins it, a "possible" one is left to an editor, anything less makes a new deal.
 */
export const matchDeal: MatchDeal = (deal, candidates, aliases) => {
  let best: MatchDecision = { kind: "new" };
  let bestScore = -1;
  for (const candidate of candidates) {
    const { score, verdict, reasons } = scoreMatch(deal.content, candidate.content, aliases);
    if (verdict === "different" || score <= bestScore) continue;
    bestScore = score;
    best = { kind: verdict === "same" ? "join" : "possible", dealId: candidate.id, score, reasons };
  }
  return best;
};
