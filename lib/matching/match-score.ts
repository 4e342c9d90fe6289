import { isSameCity } from "./city-name";
import { investorKey, isSameInvestorKey } from "./investor-name";

/** What the matcher reads of a deal: an extracted record or a stored deal. */
export type MatchRecord = {
  investor: string;
  via: string | null;
  investorCountry: string | null;
  targetCountry: string;
  amount: number | null;
  currency: string | null;
  announcedOn: string | null;
  status: string;
  kind: string;
  facilities: { type: string; city: string | null }[];
  // the other parties of a joint venture or partnership
  partners?: string[];
};

/** Other names of an investor: folded key → the key of the name it stands for. */
export type AliasTable = ReadonlyMap<string, string>;

export type MatchVerdict = "same" | "possible" | "different";
export type MatchReason = { signal: string; weight: number; text: string };
export type MatchScore = { score: number; verdict: MatchVerdict; reasons: MatchReason[] };

/** From this score a report joins the deal; from POSSIBLE an editor decides; below, a new deal. */
export const SAME_THRESHOLD = 0.7;
export const POSSIBLE_THRESHOLD = 0.45;

// Investor and country alike make a report as likely the same deal as not; the
// other fields move it from there. Weights were set on the unit cases below and
// checked on the corpus pairs (scripts/measure-matching.ts).
const BASE = 0.5;
// conversions and rounding ("$1.2bn", "1,15 Mrd. Euro") stay within this; two
// projects of one investor often differ by little more (PIF: $550m and $500m)
const AMOUNT_TOLERANCE = 0.05;
// the very same figure in two reports is strong evidence on its own
const EXACT_AMOUNT = 0.005;

const canonical = (key: string, aliases: AliasTable) => aliases.get(key) ?? key;

/** How the two records name their investor alike, or null when they name different ones. */
export function investorLink(a: MatchRecord, b: MatchRecord, aliases: AliasTable = new Map()): string | null {
  const [ia, ib] = [canonical(investorKey(a.investor), aliases), canonical(investorKey(b.investor), aliases)];
  if (isSameInvestorKey(ia, ib))
    return ia === investorKey(a.investor) && ib === investorKey(b.investor)
      ? "same investor"
      : "same investor by alias";
  const [va, vb] = [canonical(investorKey(a.via), aliases), canonical(investorKey(b.via), aliases)];
  if (isSameInvestorKey(va, ib) || isSameInvestorKey(ia, vb) || isSameInvestorKey(va, vb))
    return "same investor through its subsidiary";
  return null;
}

/** Months since year 0 at the precision given; a year alone is its middle. */
function monthIndex(date: string): { month: number; isYearOnly: boolean } {
  const [y, m] = date.split("-").map(Number);
  return { month: y * 12 + (m ? m - 1 : 6), isYearOnly: !m };
}

function dateReason(a: string | null, b: string | null, statuses: [string, string]): MatchReason | null {
  if (!a || !b) return null;
  const [ma, mb] = [monthIndex(a), monthIndex(b)];
  const months = Math.abs(ma.month - mb.month);
  const isCoarse = ma.isYearOnly || mb.isYearOnly;
  if (months <= 3 && !isCoarse)
    return { signal: "date", weight: 0.2, text: `dates within ${months} months (${a}, ${b})` };
  if (months <= 12) return { signal: "date", weight: 0.1, text: `dates within a year (${a}, ${b})` };
  // an announcement and its opening can lie a few years apart
  const isProgress = statuses[0] !== statuses[1] && statuses.includes("completed");
  if (months <= 36 && isProgress)
    return { signal: "date", weight: 0, text: `announced and completed ${Math.round(months / 12)} years apart` };
  if (months <= 36) return { signal: "date", weight: -0.15, text: `dates over a year apart (${a}, ${b})` };
  return { signal: "date", weight: -0.3, text: `dates ${Math.round(months / 12)} years apart (${a}, ${b})` };
}

function amountReason(a: MatchRecord, b: MatchRecord): MatchReason | null {
  if (a.amount === null || b.amount === null || !a.currency || !b.currency) return null;
  // different currencies: a conversion cannot be checked without rates
  if (a.currency !== b.currency) return null;
  const gap = Math.abs(a.amount - b.amount) / Math.max(a.amount, b.amount);
  if (gap <= EXACT_AMOUNT) return { signal: "amount", weight: 0.3, text: `same amount (${a.amount} ${a.currency})` };
  if (gap <= AMOUNT_TOLERANCE)
    return { signal: "amount", weight: 0.2, text: `about the same amount (${a.amount} and ${b.amount} ${a.currency})` };
  return { signal: "amount", weight: -0.25, text: `different amounts (${a.amount} and ${b.amount} ${a.currency})` };
}

function facilityReason(a: MatchRecord, b: MatchRecord): MatchReason | null {
  if (!a.facilities.length || !b.facilities.length) return null;
  const sameTypes = a.facilities.filter((f) => b.facilities.some((g) => g.type === f.type));
  const sameSite = a.facilities.find((f) => b.facilities.some((g) => g.type === f.type && isSameCity(f.city, g.city)));
  if (sameSite) return { signal: "facility", weight: 0.25, text: `same site (${sameSite.type}, ${sameSite.city})` };
  // one city, different things built there: an office beside a data centre is not the data centre
  const sameCity = a.facilities.find((f) => b.facilities.some((g) => isSameCity(f.city, g.city)));
  if (sameCity) return { signal: "facility", weight: 0, text: `different facilities in ${sameCity.city}` };
  const aCities = a.facilities.some((f) => f.city);
  const bCities = b.facilities.some((f) => f.city);
  if (aCities && bCities) return { signal: "facility", weight: -0.25, text: "different sites" };
  if (sameTypes.length)
    return { signal: "facility", weight: 0.1, text: `same kind of facility (${sameTypes[0].type})` };
  return { signal: "facility", weight: -0.1, text: "different kinds of facility" };
}

function partnerReason(a: MatchRecord, b: MatchRecord, aliases: AliasTable): MatchReason | null {
  const [pa, pb] = [a.partners ?? [], b.partners ?? []];
  if (!pa.length || !pb.length) return null;
  const key = (name: string) => canonical(investorKey(name), aliases);
  const shared = pa.find((p) => pb.some((q) => isSameInvestorKey(key(p), key(q))));
  if (shared) return { signal: "partners", weight: 0.15, text: `same partner (${shared})` };
  return { signal: "partners", weight: -0.35, text: `different partners (${pa[0]}, ${pb[0]})` };
}

function kindReason(a: MatchRecord, b: MatchRecord): MatchReason | null {
  if (a.kind === b.kind) return a.kind === "other" ? null : { signal: "kind", weight: 0.05, text: `both ${a.kind}` };
  // "other" says nothing either way
  if (a.kind === "other" || b.kind === "other") return null;
  const building = ["greenfield", "expansion"];
  if (building.includes(a.kind) && building.includes(b.kind)) return null;
  return { signal: "kind", weight: -0.1, text: `${a.kind} and ${b.kind}` };
}

/**
 * How likely two records report the same commitment, with the reasons. Different
 * target countries or investors are different deals outright; otherwise amount,
 * facilities and cities, dates and kind add or take away from a middle score.
 */
export function scoreMatch(a: MatchRecord, b: MatchRecord, aliases: AliasTable = new Map()): MatchScore {
  if (a.targetCountry !== b.targetCountry) {
    return {
      score: 0,
      verdict: "different",
      reasons: [
        { signal: "country", weight: -1, text: `different target countries (${a.targetCountry}, ${b.targetCountry})` },
      ],
    };
  }
  const link = investorLink(a, b, aliases);
  if (!link)
    return {
      score: 0,
      verdict: "different",
      reasons: [{ signal: "investor", weight: -1, text: `different investors (${a.investor}, ${b.investor})` }],
    };
  const reasons: MatchReason[] = [{ signal: "investor", weight: BASE, text: `${link} into ${a.targetCountry}` }];
  if (a.investorCountry && b.investorCountry && a.investorCountry !== b.investorCountry) {
    // lowered from an outright conflict: the extractor misreads a home country more often than two investors share a name
    reasons.push({
      signal: "investorCountry",
      weight: -0.2,
      text: `investors from different countries (${a.investorCountry}, ${b.investorCountry})`,
    });
  }
  for (const reason of [
    amountReason(a, b),
    facilityReason(a, b),
    partnerReason(a, b, aliases),
    dateReason(a.announcedOn, b.announcedOn, [a.status, b.status]),
    kindReason(a, b),
  ])
    if (reason) reasons.push(reason);
  const score =
    Math.round(
      Math.min(
        1,
        Math.max(
          0,
          reasons.reduce((s, r) => s + r.weight, 0),
        ),
      ) * 100,
    ) / 100;
  const verdict: MatchVerdict =
    score >= SAME_THRESHOLD ? "same" : score >= POSSIBLE_THRESHOLD ? "possible" : "different";
  return { score, verdict, reasons };
}
