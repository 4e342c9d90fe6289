import type Database from "better-sqlite3";
import { Prisma } from "../generated/prisma/client";
import type { AliasTable } from "../matching/match-score";
import type { DealContent, ExtractedDealInput, FacilityType } from "../schemas/deal";
import type { CreatedArticle, NewArticle } from "./create-article-with-deals";
import { contentOfRow, parsePartners, type StoredContent } from "./deal-dto";
import { DEAL_ROW_COLUMNS, dealDtoOfRow, type RawDealRow } from "./deal-row-sql";
import { recombinedContent, reportOfLink, sourceColumnsOf, type SourceLink } from "./deal-sources";
import { contentColumns, contentOf, facilityRows } from "./deal-state";
import { keysOf, matchCandidateOf, MAX_CANDIDATES, type MatchDeal, type MatchDecision } from "./find-match-candidates";
import { diffSnapshots, type DealSnapshot } from "./revision-snapshot";
import { searchRowOf, searchTextOf } from "./search-index";

// The importer's storing in plain SQL on one better-sqlite3 connection: the same rows
// as createArticleWithDeals / storeArticleDeals / recombineDeal write through Prisma
// (deal, facilities, link, evidence, first revision, search row; a joined deal's new
// source, recombined fields, revision and source columns), at a fraction of the cost
// per statement, so that many articles fit in one short transaction. The column
// values come from the same functions (contentColumns, facilityRows, searchRowOf,
// combineSources via recombinedContent, diffSnapshots), only the statements differ.

type Row = Record<string, string | number | null>;
type Source = { text: string; userId: number | null; actor: string; publishedOn: string | null };

/** Prepared statements of one connection, keyed by their text. */
export class Statements {
  private cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}
  get(text: string): Database.Statement {
    let stmt = this.cache.get(text);
    if (!stmt) this.cache.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }
  /** INSERT of a row's columns (names from code, values bound); returns the new rowid. */
  insert(table: string, row: Row): number {
    const cols = Object.keys(row);
    const text = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`;
    return Number(this.get(text).run(...Object.values(row)).lastInsertRowid);
  }
}

const now = () => new Date().toISOString();

function writeSearchRow(st: Statements, dealId: number, deal: DealContent, text: string): void {
  const s = searchRowOf(deal, text);
  st.get(`DELETE FROM deal_search WHERE rowid = ?`).run(dealId);
  st.get(`INSERT INTO deal_search (rowid, investor, partners, facilities, article) VALUES (?, ?, ?, ?, ?)`).run(
    dealId,
    s.investor,
    s.partners,
    s.facilities,
    s.article,
  );
}

function insertFacilities(st: Statements, dealId: number, c: DealContent): void {
  for (const f of facilityRows(c)) st.insert("Facility", { dealId, ...f });
}

function insertEvidence(st: Statements, dealId: number, articleId: number, deal: ExtractedDealInput): void {
  for (const e of deal.evidence)
    st.insert("Evidence", { dealId, articleId, field: e.field, start: e.start, end: e.end });
}

function insertRevision(
  st: Statements,
  dealId: number,
  source: Source,
  action: string,
  changes: unknown,
  snapshot: DealSnapshot,
  version: number,
): void {
  st.insert("Revision", {
    dealId,
    userId: source.userId,
    actor: source.actor,
    action,
    changes: JSON.stringify(changes),
    snapshot: JSON.stringify(snapshot),
    version,
    createdAt: now(),
  });
}

function insertNewDeal(st: Statements, articleId: number, deal: ExtractedDealInput, source: Source): number {
  const c = deal.content;
  const reportedOn = source.publishedOn ?? c.announcedOn;
  const at = now();
  const dealId = st.insert("Deal", {
    ...contentColumns(c),
    confidence: deal.confidence,
    reviewState: "unreviewed",
    version: 1,
    editedFields: "[]",
    createdAt: at,
    updatedAt: at,
    sourceCount: 1,
    firstReportedOn: reportedOn,
    lastReportedOn: reportedOn,
  });
  insertFacilities(st, dealId, c);
  st.insert("DealArticle", {
    dealId,
    articleId,
    content: JSON.stringify(c),
    confidence: deal.confidence,
    matchReasons: "[]",
  });
  insertEvidence(st, dealId, articleId, deal);
  const snapshot: DealSnapshot = { ...c, reviewState: "unreviewed", deleted: false };
  insertRevision(st, dealId, source, "create", diffSnapshots(null, snapshot), snapshot, 1);
  writeSearchRow(st, dealId, c, source.text);
  return dealId;
}

/** The query for the live deals a record may report again (findMatchCandidates' query in SQL); null when it names no investor. */
export function matchCandidatesQuery(content: DealContent, articleId: number, aliases: AliasTable): Prisma.Sql | null {
  const keys = keysOf([content.investor, content.via], aliases);
  if (!keys.length) return null;
  const { sql, join } = Prisma;
  const conditions = keys.flatMap((key) => {
    const first = key.split(" ")[0];
    // The country in every term, so each is a search of a (targetCountry, key) index and
    // SQLite unions them (MULTI-INDEX OR); "+" keeps it off the deletedAt index, with which
    // it used to read every live deal, making a bulk import slower with every deal stored.
    const country = sql`d.targetCountry = ${content.targetCountry}`;
    // (a one-word key is its own first word: one search for it, not two)
    return ["investorKey", "viaKey"].flatMap((col) => [
      sql`(${country} AND d.${Prisma.raw(col)} = ${key})`,
      ...(first === key ? [] : [sql`(${country} AND d.${Prisma.raw(col)} = ${first})`]),
      sql`(${country} AND d.${Prisma.raw(col)} >= ${`${first} `} AND d.${Prisma.raw(col)} < ${`${first}!`})`,
    ]);
  });
  return sql`SELECT ${DEAL_ROW_COLUMNS} FROM Deal d
    WHERE +d.deletedAt IS NULL
      AND NOT EXISTS (SELECT 1 FROM DealArticle x WHERE x.dealId = d.id AND x.articleId = ${articleId})
      AND (${join(conditions, " OR ")})
    ORDER BY d.id DESC LIMIT ${MAX_CANDIDATES}`;
}

function matchCandidates(st: Statements, content: DealContent, articleId: number, aliases: AliasTable) {
  const query = matchCandidatesQuery(content, articleId, aliases);
  if (!query) return [];
  return (st.get(query.sql).all(...query.values) as RawDealRow[]).map((r) => matchCandidateOf(dealDtoOfRow(r)));
}

type StateRow = Row & {
  id: number;
  version: number;
  editedFields: string;
  reviewState: string;
  deletedAt: string | null;
  partners: string;
};

/** Adds the article to a stored deal as a further source and recombines its fields: addDealSource + recombineDeal in SQL. */
function joinDeal(
  st: Statements,
  dealId: number,
  articleId: number,
  deal: ExtractedDealInput,
  match: { score: number; reasons: unknown[] },
  source: Source,
): void {
  // only the ids: the texts are read once, below, with the new link among them
  const sourcesBefore = (
    st.get(`SELECT articleId FROM DealArticle WHERE dealId = ? ORDER BY articleId`).all(dealId) as {
      articleId: number;
    }[]
  ).map((l) => l.articleId);
  st.insert("DealArticle", {
    dealId,
    articleId,
    content: JSON.stringify(deal.content),
    confidence: deal.confidence,
    matchScore: match.score,
    matchReasons: JSON.stringify(match.reasons),
  });
  insertEvidence(st, dealId, articleId, deal);

  const row = st.get(`SELECT * FROM Deal WHERE id = ?`).get(dealId) as StateRow;
  const facilities = st.get(`SELECT type, city, name FROM Facility WHERE dealId = ? ORDER BY position`).all(dealId) as {
    type: FacilityType;
    city: string | null;
    name: string | null;
  }[];
  const before: DealSnapshot = {
    ...contentOfRow({ ...(row as unknown as StoredContent), facilities }),
    reviewState: row.reviewState,
    deleted: row.deletedAt !== null,
  };
  // every source with its text, the new one among them
  const links = st
    .get(
      `SELECT x.articleId, x.content, x.confidence, a.publishedOn, a.text FROM DealArticle x JOIN Article a ON a.id = x.articleId
    WHERE x.dealId = ? ORDER BY x.articleId`,
    )
    .all(dealId) as (SourceLink & { text: string })[];
  const current = contentOf(before);
  const after: DealSnapshot = {
    ...before,
    ...recombinedContent(
      current,
      parsePartners(row.editedFields),
      links.map((l) => reportOfLink(l, current)),
    ),
  };
  const changes = {
    ...diffSnapshots(before, after),
    sources: { from: sourcesBefore, to: links.map((l) => l.articleId) },
  };
  const version = row.version + 1;
  const columns: Row = { ...contentColumns(contentOf(after)), ...sourceColumnsOf(links), version, updatedAt: now() };
  // Only the columns whose value changes (the row ends up the same): SQLite rewrites an index
  // entry for every indexed column an UPDATE names, and Deal has about twenty indexes.
  const names = Object.keys(columns).filter((n) => columns[n] !== row[n]);
  st.get(`UPDATE Deal SET ${names.map((n) => `"${n}" = ?`).join(", ")} WHERE id = ? AND version = ?`).run(
    ...names.map((n) => columns[n]),
    dealId,
    row.version,
  );
  if ("facilities" in changes) {
    st.get(`DELETE FROM Facility WHERE dealId = ?`).run(dealId);
    insertFacilities(st, dealId, after);
  }
  insertRevision(st, dealId, source, "source", changes, after, version);
  writeSearchRow(st, dealId, after, searchTextOf(links.map((l) => l.text)));
}

export function readAliases(st: Statements): AliasTable {
  const rows = st.get(`SELECT aliasKey, canonicalKey FROM InvestorAlias`).all() as {
    aliasKey: string;
    canonicalKey: string;
  }[];
  return new Map(rows.map((r) => [r.aliasKey, r.canonicalKey]));
}

/**
 * Stores an article with its deals on `st`'s connection, inside the caller's
 * transaction (the caller wraps it in a savepoint, so a failure leaves nothing).
 * With `match`, records of stored deals join them as further sources.
 */
export function storeArticleSql(
  st: Statements,
  article: NewArticle,
  deals: ExtractedDealInput[],
  aliases: AliasTable,
  match?: MatchDeal,
): CreatedArticle {
  const articleId = st.insert("Article", { ...article, importedAt: now() });
  const actor = article.importedVia === "seed" ? "seed" : "importer";
  const source: Source = { text: article.text, userId: article.importedById, actor, publishedOn: article.publishedOn };
  const out: CreatedArticle = { articleId, dealIds: [], joinedDealIds: [], possibleDuplicateIds: [] };
  for (const deal of deals) {
    const decision: MatchDecision = match
      ? match(deal, matchCandidates(st, deal.content, articleId, aliases), aliases)
      : { kind: "new" };
    if (decision.kind === "join") {
      joinDeal(st, decision.dealId, articleId, deal, decision, source);
      out.dealIds.push(decision.dealId);
      out.joinedDealIds.push(decision.dealId);
      continue;
    }
    const dealId = insertNewDeal(st, articleId, deal, source);
    out.dealIds.push(dealId);
    if (decision.kind === "possible") {
      st.insert("DuplicateCandidate", {
        dealId,
        otherDealId: decision.dealId,
        score: decision.score,
        reasons: JSON.stringify(decision.reasons),
        state: "open",
        createdAt: now(),
      });
      out.possibleDuplicateIds.push(dealId);
    }
  }
  return out;
}
