import type { AliasTable, MatchScore } from "../matching/match-score";
import { pickContent, type DealContent } from "../schemas/deal";
import { DEAL_SELECT, toDealDto } from "./deal-dto";
import { readAliasTable } from "./find-match-candidates";
import { prisma } from "./prisma";
import { writeTransaction } from "./write-transaction";

/** Scores two stored deals (the importer's rule). */
export type ScorePair = (a: DealContent, b: DealContent, aliases: AliasTable) => MatchScore;

export type QueueResult = { compared: number; queued: number };

const contentOf = (d: ReturnType<typeof toDealDto>): DealContent => pickContent(d);

/**
 * For deals stored before imports matched reports (or imported without it): compares
 * the live deals of each target country whose investors share a first word, and puts
 * every pair scoring "same" or "possible" into the duplicates queue. Nothing is merged
 * here; an editor decides. Pairs already queued or decided are left alone.
 */
export async function queueStoredDuplicates(score: ScorePair): Promise<QueueResult> {
  const aliases = await readAliasTable(prisma);
  const keys = await prisma.deal.findMany({
    where: { deletedAt: null },
    select: { id: true, targetCountry: true, investorKey: true },
  });
  const groups = new Map<string, number[]>();
  for (const k of keys) {
    const first = (aliases.get(k.investorKey) ?? k.investorKey).split(" ")[0];
    if (!first) continue;
    const group = `${k.targetCountry}|${first}`;
    groups.set(group, [...(groups.get(group) ?? []), k.id]);
  }
  const result: QueueResult = { compared: 0, queued: 0 };
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const rows = await prisma.deal.findMany({
      where: { id: { in: ids } },
      select: { ...DEAL_SELECT, articles: { select: { articleId: true } } },
      orderBy: { id: "asc" },
    });
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const [older, newer] = [rows[i], rows[j]];
        // reports in one article are different commitments
        if (older.articles.some((a) => newer.articles.some((b) => b.articleId === a.articleId))) continue;
        result.compared++;
        const match = score(contentOf(toDealDto(older)), contentOf(toDealDto(newer)), aliases);
        if (match.verdict === "different") continue;
        const known = await prisma.duplicateCandidate.findFirst({
          where: {
            OR: [
              { dealId: newer.id, otherDealId: older.id },
              { dealId: older.id, otherDealId: newer.id },
            ],
          },
          select: { id: true },
        });
        if (known) continue;
        await writeTransaction((tx) =>
          tx.duplicateCandidate.create({
            data: {
              dealId: newer.id,
              otherDealId: older.id,
              score: match.score,
              reasons: JSON.stringify(match.reasons),
            },
          }),
        );
        result.queued++;
      }
    }
  }
  return result;
}
