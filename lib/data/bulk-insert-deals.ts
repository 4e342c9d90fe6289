import Database from "better-sqlite3";
import { convertAmount } from "../currency/exchange-rates";
import type { DealContent } from "../schemas/deal";
import { databaseFile } from "../db/database-url";
import { DEAL_CONTENT_COLUMNS, DEAL_INSERT_COLUMNS } from "./deal-dto";
import { searchRowOf } from "./search-index";

/** A deal for bulk loading: its content plus the columns the importer would set. */
export type BulkDeal = DealContent & { reviewState: string; confidence: number; isDeleted: boolean };
export type BulkArticle = { title: string; text: string; publishedOn: string | null; deals: BulkDeal[] };

const BATCH_ARTICLES = 5_000;

/**
 * Loads synthetic articles and deals straight into a SQLite file with prepared
 * statements in large transactions — the benchmark's million deals in about a
 * minute instead of an hour through createArticleWithDeals. Skips revisions and
 * evidence, which no list, facet or export reads. Never point it at real data.
 */
export function bulkInsertDeals(
  url: string,
  articles: Iterable<BulkArticle>,
  onProgress?: (deals: number) => void,
): number {
  const db = new Database(databaseFile(url));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const now = new Date().toISOString();
  const insertArticle = db.prepare(
    `INSERT INTO Article (title, text, publishedOn, language, contentHash, importedVia) VALUES (?, ?, ?, 'en', ?, 'bench')`,
  );
  const insertDeal = db.prepare(
    `INSERT INTO Deal (${DEAL_INSERT_COLUMNS.join(", ")}) VALUES (${DEAL_INSERT_COLUMNS.map(() => "?").join(", ")})`,
  );
  const insertFacility = db.prepare(`INSERT INTO Facility (dealId, type, city, name, position) VALUES (?, ?, ?, ?, ?)`);
  const insertLink = db.prepare(`INSERT INTO DealArticle (dealId, articleId) VALUES (?, ?)`);
  const insertSearch = db.prepare(
    `INSERT INTO deal_search (rowid, investor, partners, facilities, article) VALUES (?, ?, ?, ?, ?)`,
  );
  let count = 0;
  let serial = 0;
  const writeBatch = db.transaction((batch: BulkArticle[]) => {
    for (const a of batch) {
      const articleId = Number(
        insertArticle.run(a.title, a.text, a.publishedOn, `bench-${Date.now()}-${serial++}`).lastInsertRowid,
      );
      for (const d of a.deals) {
        const fx = convertAmount(d.amount, d.currency, d.announcedOn);
        const content = DEAL_CONTENT_COLUMNS.map((c) => (c === "partners" ? JSON.stringify(d.partners) : d[c]));
        const dealId = Number(
          insertDeal.run(
            ...content,
            fx?.amountUsd ?? null,
            fx?.amountEur ?? null,
            fx?.period ?? null,
            d.announcedOn ? Number(d.announcedOn.slice(0, 4)) : null,
            d.confidence,
            d.reviewState,
            now,
            d.isDeleted ? now : null,
          ).lastInsertRowid,
        );
        d.facilities.forEach((f, i) => insertFacility.run(dealId, f.type, f.city, f.name, i));
        insertLink.run(dealId, articleId);
        const s = searchRowOf(d, a.text);
        insertSearch.run(dealId, s.investor, s.partners, s.facilities, s.article);
        count++;
      }
    }
  });
  try {
    let batch: BulkArticle[] = [];
    for (const a of articles) {
      batch.push(a);
      if (batch.length === BATCH_ARTICLES) {
        writeBatch(batch);
        batch = [];
        onProgress?.(count);
      }
    }
    if (batch.length) writeBatch(batch);
    db.exec("PRAGMA optimize; ANALYZE;");
    return count;
  } finally {
    db.close();
  }
}

/** Refreshes the planner's statistics, e.g. after a migration added indexes to a filled file. */
export function analyzeDatabase(url: string): void {
  const db = new Database(databaseFile(url));
  try {
    db.exec("ANALYZE");
  } finally {
    db.close();
  }
}
