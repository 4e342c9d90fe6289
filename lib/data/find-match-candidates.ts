import type { Prisma } from "../generated/prisma/client";
import { investorKey } from "../matching/investor-name";
import type { AliasTable } from "../matching/match-score";
import { pickContent, type DealContent, type ExtractedDealInput } from "../schemas/deal";
import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import type { Tx } from "./deal-state";

/** A stored deal an imported record may report again. */
export type MatchCandidate = { id: number; content: DealContent };

/** What the importer decided for one record: join a deal, flag a possible duplicate of one, or a new deal. */
export type MatchDecision =
  { kind: "new" } | { kind: "join" | "possible"; dealId: number; score: number; reasons: unknown[] };

/** The importer's matcher: given a record and the stored deals that may be it, decide. */
export type MatchDeal = (deal: ExtractedDealInput, candidates: MatchCandidate[], aliases: AliasTable) => MatchDecision;

// A name stored under many deals (a busy investor) is scored against its most recent ones only.
export const MAX_CANDIDATES = 50;

/** Editors' investor aliases as the matcher reads them: alias key → canonical key. */
export async function readAliasTable(tx: Tx): Promise<AliasTable> {
  const rows = await tx.investorAlias.findMany({ select: { aliasKey: true, canonicalKey: true } });
  return new Map(rows.map((r) => [r.aliasKey, r.canonicalKey]));
}

/** The keys a name may be stored under: itself, its canonical name, and the canonical name's other aliases. */
export function keysOf(names: (string | null)[], aliases: AliasTable): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = investorKey(name);
    if (!key) continue;
    const canonical = aliases.get(key) ?? key;
    keys.add(key).add(canonical);
    for (const [alias, target] of aliases) if (target === canonical) keys.add(alias);
  }
  return [...keys];
}

/** A key's first word as an index range: "tesla" finds "tesla" and "tesla motors". */
function keyConditions(column: "investorKey" | "viaKey", keys: string[]): Prisma.DealWhereInput[] {
  return keys.flatMap((key) => {
    const first = key.split(" ")[0];
    return [{ [column]: key }, { [column]: first }, { [column]: { gte: `${first} `, lt: `${first}!` } }];
  });
}

/**
 * The live deals into the same country whose investor or subsidiary shares a name
 * with the record's, leaving out deals the article already reports (`articleId`).
 */
export async function findMatchCandidates(
  tx: Tx,
  content: DealContent,
  articleId: number,
  aliases: AliasTable,
): Promise<MatchCandidate[]> {
  const keys = keysOf([content.investor, content.via], aliases);
  if (!keys.length) return [];
  const rows = await tx.deal.findMany({
    where: {
      targetCountry: content.targetCountry,
      deletedAt: null,
      articles: { none: { articleId } },
      OR: [...keyConditions("investorKey", keys), ...keyConditions("viaKey", keys)],
    },
    select: DEAL_SELECT,
    orderBy: { id: "desc" },
    take: MAX_CANDIDATES,
  });
  return rows.map((row) => matchCandidateOf(toDealDto(row)));
}

/** A stored deal as the matcher compares it. */
export function matchCandidateOf(d: DealDto): MatchCandidate {
  return { id: d.id, content: pickContent(d) };
}
