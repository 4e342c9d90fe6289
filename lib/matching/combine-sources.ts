import { DEAL_FIELDS, type DealContent, type DealStatus } from "../schemas/deal";
import { cityKey } from "./city-name";

/** One article's report of a deal: what the extractor found in it, how sure, and when. */
export type SourceReport = { content: DealContent; confidence: number; reportedOn: string | null };

// A deal moves forward: once completed, a later "announced" recap does not undo it.
const STATUS_RANK: Record<DealStatus, number> = { proposed: 0, announced: 1, completed: 2 };

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** Most confident first; on a tie the earlier report, so the result never depends on input order. */
function byReliability(a: SourceReport, b: SourceReport): number {
  const [da, db] = [a.reportedOn ?? "~", b.reportedOn ?? "~"];
  return b.confidence - a.confidence || (da < db ? -1 : da > db ? 1 : 0);
}

/**
 * A merged deal's fields from all its reports: each field from the most reliable
 * report that has it (amount, currency and its wording together), the earliest
 * announcement date, the most advanced status, and every facility and partner any
 * report names. Fields an editor corrected are kept by the caller.
 */
export function combineSources(reports: SourceReport[]): DealContent {
  if (!reports.length) throw new Error("a deal has at least one source");
  const ranked = [...reports].sort(byReliability);
  const first = <K extends keyof DealContent>(field: K): DealContent[K] =>
    (ranked.find((r) => !isEmpty(r.content[field])) ?? ranked[0]).content[field];
  const withAmount = ranked.find((r) => r.content.amount !== null) ?? ranked[0];
  const dates = reports
    .map((r) => r.content.announcedOn)
    .filter((d): d is string => d !== null)
    .sort();
  const status = ranked.map((r) => r.content.status).reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));

  // the most reliable report's facilities as it lists them; others add what it lacks
  const facilities: DealContent["facilities"] = ranked[0].content.facilities.map((f) => ({ ...f }));
  for (const r of ranked.slice(1)) {
    for (const f of r.content.facilities) {
      const same = facilities.find((g) => g.type === f.type && (cityKey(g.city) === cityKey(f.city) || !f.city));
      if (!same) facilities.push(f);
      else if (!same.city && f.city) same.city = f.city;
    }
  }
  const partners = [...new Set(ranked.flatMap((r) => r.content.partners))];

  // every field from the most reliable report that has it, unless a rule above says otherwise
  const fromFirst = Object.fromEntries(DEAL_FIELDS.map((f) => [f, first(f)])) as DealContent;
  return {
    ...fromFirst,
    investor: ranked[0].content.investor,
    targetCountry: ranked[0].content.targetCountry,
    amount: withAmount.content.amount,
    currency: withAmount.content.currency,
    amountText: withAmount.content.amountText,
    announcedOn: dates[0] ?? null,
    status,
    partners,
    facilities,
  };
}
