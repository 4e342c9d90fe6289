/**
 * A learned second opinion on the target country, for a sentence that names two countries or more.
 *
 * The rules in target.ts rank a sentence's countries; the ranking goes wrong in ways no single rule fixes (an
 * investor's home named with a preposition, a partner's country closer to the verb than the site). Each distinct
 * country of the sentence gets a feature vector — the rules' own verdict on it (ranked first, ranked lower, left
 * out), how it is written (name, adjective, city, with a preposition, genitive), where it stands (after the investor,
 * how far, same clause, near the amount or facility), and what the article says of it (how often named, in the
 * headline, the article's default country, the investor's known home) — and a linear model over those features,
 * trained as a softmax over the sentence's countries, picks one. Only the features come from the engine; the weights
 * come from data: target-model.weights.json, written by `npm run train:target` from the tuning part of the corpus
 * (the held-out part never reaches it). On the tuning part's sentences where it applies, five-fold cross-validation
 * puts the gold country first in 243 of 258 (the rules alone 228). It acts only where the rules' surest sign is
 * missing (a country with "in" right after the investor), only reorders the rules' own candidates and never moves
 * the money to the investor's home. Whole engine on the corpus of 1,543 articles, rules alone → with the model:
 * tuning part 0.501 → 0.504, held-out part 0.434 → 0.445, dev 0.857 → 0.857.
 */
import type { CountryMention } from "../countries";
import type { SentenceInfo } from "../facts";
import { fold } from "../normalize";
import type { OrgMention } from "../orgs";
import { countryList, genitiveCountry, homeMentions, placedCountry, sameClause } from "../roles";
import type { ArticleContext } from "./context";
import type { ArticleState } from "./state";
import WEIGHTS from "./target-model.weights.json";

/** The features' names, in the order of the weights. */
export const TARGET_FEATURES = [
  "bias",
  "rules rank it first",
  "rules leave it out",
  "rules rank it lower",
  "named by its name",
  "named by an adjective",
  "named by a city",
  "with a preposition or case of place",
  "in the genitive",
  "after the investor",
  "distance to the investor (log)",
  "in the investor's clause",
  "a named firm's home",
  "share of the article's country words",
  "article's country words (log)",
  "the article's default country, without a tie",
  "the investor's known home",
  "named in the headline",
  "near a facility",
  "near the amount",
  "named twice in the sentence",
  "the city of a facility",
] as const;

export type TargetCandidate = { code: string; mentions: CountryMention[]; x: number[] };

/** The sentence's distinct countries with their features (first mention order). */
export function targetCandidates(
  info: SentenceInfo,
  inv: OrgMention,
  ranked: readonly CountryMention[],
  ctx: ArticleContext,
  state: ArticleState,
): TargetCandidate[] {
  const s = info.s;
  const byCode = new Map<string, CountryMention[]>();
  for (const c of info.countries) {
    const list = byCode.get(c.code);
    if (list) list.push(c);
    else byCode.set(c.code, [c]);
  }
  const rank = new Map<string, number>();
  ranked.forEach((t, k) => {
    if (!rank.has(t.code)) rank.set(t.code, k);
  });
  const hm = homeMentions(info);
  const home = state.homes.get(fold(ctx.canonical(inv.name)));
  const invAt = inv.start - s.start;
  const out: TargetCandidate[] = [];
  for (const [code, ms] of byCode) {
    const r = rank.get(code);
    const dist = Math.min(...ms.map((c) => Math.abs(c.start - inv.start)));
    const count = ctx.countryCounts.get(code) ?? 0;
    const near = (at: number) => ms.some((c) => Math.abs(c.start - at) < 60);
    out.push({
      code,
      mentions: ms,
      x: [
        1,
        r === 0 ? 1 : 0,
        r === undefined ? 1 : 0,
        r !== undefined && r > 0 ? 1 : 0,
        ms.some((c) => c.kind === "name") ? 1 : 0,
        ms.some((c) => c.kind === "adjective") ? 1 : 0,
        ms.some((c) => c.kind === "city") ? 1 : 0,
        ms.some(placedCountry) ? 1 : 0,
        ms.some(genitiveCountry) ? 1 : 0,
        ms.some((c) => c.start > inv.end) ? 1 : 0,
        Math.log10(1 + dist) / 3,
        ms.some((c) => sameClause(s.text, c.start - s.start, invAt, ctx.lang)) ? 1 : 0,
        ms.some((c) => hm.has(c)) ? 1 : 0,
        count / Math.max(1, ctx.countryTotal),
        Math.log2(1 + count) / 4,
        ctx.clearDefaultCountry === code ? 1 : 0,
        home === code ? 1 : 0,
        ctx.headlineCountries.has(code) ? 1 : 0,
        info.facilities.some((f) => near(f.start)) ? 1 : 0,
        info.investMoney.some((m) => near(m.start)) ? 1 : 0,
        ms.length > 1 ? 1 : 0,
        ms.some((c) => c.kind === "city" && info.facilities.some((f) => f.city === c.text)) ? 1 : 0,
      ],
    });
  }
  return out;
}

let weights: readonly number[] | null = WEIGHTS.weights;
let collector: ((cands: TargetCandidate[], inv: OrgMention, info: SentenceInfo) => void) | null = null;

/** For training (scripts/train-target-model.ts): the weights to use (null: the rules alone) and a collector that
 * receives every sentence's candidates where the model applies. */
export function setTargetModel(
  w: readonly number[] | null,
  collect: ((cands: TargetCandidate[], inv: OrgMention, info: SentenceInfo) => void) | null = null,
): void {
  weights = w;
  collector = collect;
}

export function scoreCandidate(w: readonly number[], c: TargetCandidate): number {
  let z = 0;
  for (let k = 0; k < c.x.length; k++) z += c.x[k] * w[k];
  return z;
}

/**
 * The rules' ranking of the sentence's countries with the model's pick first (its words as the target mention),
 * or the ranking unchanged where the sentence names fewer than two countries or the model agrees.
 */
export function modelRanking(
  info: SentenceInfo,
  inv: OrgMention,
  ranked: CountryMention[],
  ctx: ArticleContext,
  state: ArticleState,
): CountryMention[] {
  if (!ranked.length || (!weights && !collector)) return ranked;
  const first = info.countries[0]?.code;
  if (!info.countries.some((c) => c.code !== first)) return ranked;
  // "in Rumänien, Thailand und der Schweiz": a list of countries is one record each (candidates.ts), not a choice
  if (countryList(info.s.text, info.s.start, ranked, () => true, ctx.lang).length) return ranked;
  const cands = targetCandidates(info, inv, ranked, ctx, state);
  collector?.(cands, inv, info);
  if (!weights) return ranked;
  // the rules' surest sign stands: a country with "in" right after the investor ("Coca-Cola will in Kenia …")
  const top = ranked[0];
  if (top.start >= inv.end && top.start - inv.end <= 15 && placedCountry(top)) return ranked;
  const home = state.homes.get(fold(ctx.canonical(inv.name)));
  let best: string | null = null,
    bestZ = -Infinity;
  for (const c of cands) {
    // it reorders the rules' candidates (a country they left out, as a firm's home or a sales market, stays out)
    // and never moves the money back to the investor's own home
    if (!ranked.some((m) => m.code === c.code) || (c.code === home && top.code !== home)) continue;
    const z = scoreCandidate(weights, c);
    if (z > bestZ) {
      bestZ = z;
      best = c.code;
    }
  }
  if (best === null || best === top.code) return ranked;
  // the pick's mentions first, in the rules' order (the first of them is the target's words), then the rest
  return [...ranked.filter((c) => c.code === best), ...ranked.filter((c) => c.code !== best)];
}

/** One training example: a sentence's candidates and the code of the gold target among them. */
export type TargetExample = { cands: { code: string; x: number[] }[]; gold: string };

/**
 * Fits the weights: a softmax over each example's candidates, by full-batch gradient descent from zero weights with a
 * small L2 penalty (no randomness: the same examples give the same weights).
 */
export function trainTargetModel(examples: TargetExample[], iterations = 400, rate = 0.3, l2 = 1e-3): number[] {
  const n = TARGET_FEATURES.length;
  const w: number[] = new Array(n).fill(0);
  if (!examples.length) return w;
  for (let it = 0; it < iterations; it++) {
    const grad: number[] = new Array(n).fill(0);
    for (const e of examples) {
      const z = e.cands.map((c) => scoreCandidate(w, c as TargetCandidate));
      const max = Math.max(...z);
      const ex = z.map((v) => Math.exp(v - max));
      const sum = ex.reduce((a, b) => a + b, 0);
      e.cands.forEach((c, i) => {
        const d = ex[i] / sum - (c.code === e.gold ? 1 : 0);
        for (let k = 0; k < n; k++) grad[k] += d * c.x[k];
      });
    }
    for (let k = 0; k < n; k++) w[k] -= rate * (grad[k] / examples.length + l2 * w[k]);
  }
  return w;
}

/** The candidate a set of weights puts first. */
export function bestCandidate(w: readonly number[], cands: { code: string; x: number[] }[]): string {
  let best = "",
    bestZ = -Infinity;
  for (const c of cands) {
    const z = scoreCandidate(w, c as TargetCandidate);
    if (z > bestZ) {
      bestZ = z;
      best = c.code;
    }
  }
  return best;
}
