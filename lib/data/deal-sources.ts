import { combineSources, type SourceReport } from "../matching/combine-sources";
import { dealContentSchema, DEAL_FIELDS, type DealContent } from "../schemas/deal";
import { contentOf, readDealState, type Tx } from "./deal-state";
import { writeDealChange, type Actor, type RevisionAction } from "./write-deal-change";

/** Every article of a deal as a report: the record extracted from it (or, for links made before that was kept, the deal's own content). */
export async function readSourceReports(
  tx: Tx,
  dealId: number,
  fallback: DealContent,
): Promise<(SourceReport & { articleId: number })[]> {
  const links = await tx.dealArticle.findMany({
    where: { dealId },
    select: { articleId: true, content: true, confidence: true, article: { select: { publishedOn: true } } },
    orderBy: { articleId: "asc" },
  });
  return links.map((l) =>
    reportOfLink(
      { articleId: l.articleId, content: l.content, confidence: l.confidence, publishedOn: l.article.publishedOn },
      fallback,
    ),
  );
}

/** A stored link of a deal to one of its articles, as raw SQL reads it too. */
export type SourceLink = {
  articleId: number;
  content: string | null;
  confidence: number | null;
  publishedOn: string | null;
};

export function reportOfLink(l: SourceLink, fallback: DealContent): SourceReport & { articleId: number } {
  const parsed = l.content ? dealContentSchema.safeParse(JSON.parse(l.content)) : null;
  const content = parsed?.success ? parsed.data : fallback;
  return {
    articleId: l.articleId,
    content,
    confidence: l.confidence ?? 0.5,
    reportedOn: l.publishedOn ?? content.announcedOn,
  };
}

/** The source count and first and latest report dates of a deal's links. */
export function sourceColumnsOf(links: Pick<SourceLink, "content" | "publishedOn">[]) {
  const dates = links
    .map((l) => l.publishedOn ?? (l.content ? (JSON.parse(l.content) as DealContent).announcedOn : null))
    .filter((d): d is string => !!d)
    .sort();
  return { sourceCount: links.length, firstReportedOn: dates[0] ?? null, lastReportedOn: dates.at(-1) ?? null };
}

/** The fields of a deal after its sources changed: combined from all reports, an editor's corrections kept. */
export function recombinedContent(current: DealContent, editedFields: string[], reports: SourceReport[]): DealContent {
  const merged: Record<string, unknown> = { ...current };
  if (reports.length) {
    const combined = combineSources(reports);
    for (const field of DEAL_FIELDS) if (!editedFields.includes(field)) merged[field] = combined[field];
  }
  return merged as DealContent;
}

/** Source count and the first and latest report dates, kept on the deal for the table's column and filter. */
export async function refreshSourceColumns(tx: Tx, dealId: number): Promise<void> {
  const links = await tx.dealArticle.findMany({
    where: { dealId },
    select: { content: true, article: { select: { publishedOn: true } } },
  });
  await tx.deal.update({
    where: { id: dealId },
    data: sourceColumnsOf(links.map((l) => ({ content: l.content, publishedOn: l.article.publishedOn }))),
  });
}

export type SourcesChange = {
  action: RevisionAction;
  actor: Actor;
  sourcesBefore?: number[];
  linkChangeId?: number;
  // write a revision even when no field changed (a source came or went)
  isAlwaysRecorded?: boolean;
};

/**
 * Recomputes a deal's fields from all its sources (combineSources), keeping every
 * field an editor corrected, and records the change. Call after links moved.
 */
export async function recombineDeal(tx: Tx, dealId: number, change: SourcesChange): Promise<void> {
  const before = await readDealState(tx, dealId);
  const current = contentOf(before.snapshot);
  const reports = await readSourceReports(tx, dealId, current);
  const after = { ...before.snapshot, ...recombinedContent(current, before.editedFields, reports) };
  const sourcesAfter = before.articleIds;
  const extraChanges =
    change.sourcesBefore && JSON.stringify(change.sourcesBefore) !== JSON.stringify(sourcesAfter)
      ? { sources: { from: change.sourcesBefore, to: sourcesAfter } }
      : undefined;
  const isChanged = JSON.stringify(after) !== JSON.stringify(before.snapshot) || extraChanges !== undefined;
  if (isChanged || change.isAlwaysRecorded) {
    await writeDealChange(tx, before, {
      action: change.action,
      actor: change.actor,
      after,
      extraChanges,
      linkChangeId: change.linkChangeId,
    });
  }
  await refreshSourceColumns(tx, dealId);
}
