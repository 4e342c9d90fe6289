import pg from "pg";
import { convertAmount } from "../currency/exchange-rates";
import { foldForSearch } from "../db/dialect";
import { DEAL_CONTENT_COLUMNS, DEAL_INSERT_COLUMNS } from "./deal-dto";
import type { BulkArticle } from "./bulk-insert-deals";
import { searchRowOf } from "./search-index";

// PostgreSQL's counterpart of bulkInsertDeals (the benchmark's million deals): rows go
// in as one multi-row INSERT … SELECT FROM unnest(arrays) per table and batch, in one
// transaction per batch, with ids assigned here so the facilities, sources and search
// rows of a batch need no round trip. Skips revisions and evidence, as the SQLite
// loader does. Never point it at real data.

// every column a stored deal gets from the loader, with its PostgreSQL type
const DEAL_COLUMN_TYPES: Record<string, string> = {
  investor: "text",
  via: "text",
  investorCountry: "text",
  targetCountry: "text",
  amount: "float8",
  currency: "text",
  amountText: "text",
  announcedOn: "text",
  status: "text",
  kind: "text",
  stakePercent: "float8",
  partners: "text",
  amountUsd: "float8",
  amountEur: "float8",
  fxPeriod: "text",
  announcedYear: "int4",
  confidence: "float8",
  reviewState: "text",
  updatedAt: "timestamp",
  deletedAt: "timestamp",
};
const DEAL_COLUMNS = ["id", ...DEAL_INSERT_COLUMNS];
for (const c of DEAL_CONTENT_COLUMNS)
  if (!DEAL_COLUMN_TYPES[c]) throw new Error(`bulk-insert-deals-postgres: no PostgreSQL type for the deal column ${c}`);

const BATCH_ARTICLES = 5_000;

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
/** INSERT INTO table (columns) SELECT * FROM unnest($1::type[], …): one statement for a whole batch. */
function unnestInsert(table: string, columns: string[], types: string[]): string {
  return `INSERT INTO "${table}" (${quoted(columns)}) SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(", ")})`;
}

const INSERT_ARTICLES = unnestInsert(
  "Article",
  ["id", "title", "text", "publishedOn", "language", "contentHash", "importedVia"],
  ["int4", "text", "text", "text", "text", "text", "text"],
);
const INSERT_DEALS = unnestInsert("Deal", DEAL_COLUMNS, [
  "int4",
  ...DEAL_COLUMNS.slice(1).map((c) => DEAL_COLUMN_TYPES[c]),
]);
const INSERT_FACILITIES = unnestInsert(
  "Facility",
  ["dealId", "type", "city", "name", "position"],
  ["int4", "text", "text", "text", "int4"],
);
const INSERT_LINKS = unnestInsert("DealArticle", ["dealId", "articleId"], ["int4", "int4"]);
// the document as lib/data/search-index.ts writes it for an English article
const INSERT_SEARCH = `INSERT INTO "deal_search" ("dealId", "document")
  SELECT id, strip(to_tsvector('simple', names) || to_tsvector('simple', article) || to_tsvector(tracker_search_config('en'), article))
  FROM unnest($1::int4[], $2::text[], $3::text[]) AS s(id, names, article)`;

/** Columns of rows: one array per column, as unnest takes them. */
function columnsOf(rows: unknown[][], width: number): unknown[][] {
  const cols = Array.from({ length: width }, () => [] as unknown[]);
  for (const row of rows) for (let i = 0; i < width; i++) cols[i].push(row[i]);
  return cols;
}

/**
 * Loads synthetic articles and deals into a migrated PostgreSQL database; returns the
 * number of deals. Ends with VACUUM ANALYZE, so the planner has statistics and index-only
 * scans their visibility map, as after any bulk load.
 */
export async function bulkInsertDealsPostgres(
  url: string,
  articles: Iterable<BulkArticle>,
  onProgress?: (deals: number) => void,
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const next = async (table: string) =>
      Number((await client.query(`SELECT coalesce(max("id"), 0) + 1 AS n FROM "${table}"`)).rows[0].n);
    let articleId = await next("Article");
    let dealId = await next("Deal");
    // Prisma's timestamp(3) columns hold UTC without a zone: the ISO text, whose "Z" the cast drops
    const startedAt = Date.now();
    const now = new Date(startedAt).toISOString();
    let count = 0;
    let serial = 0;
    const writeBatch = async (batch: BulkArticle[]) => {
      const articleRows: unknown[][] = [];
      const dealRows: unknown[][] = [];
      const facilityRows: unknown[][] = [];
      const linkRows: unknown[][] = [];
      const searchRows: unknown[][] = [];
      for (const a of batch) {
        const aid = articleId++;
        articleRows.push([aid, a.title, a.text, a.publishedOn, "en", `bench-${startedAt}-${serial++}`, "bench"]);
        const article = foldForSearch(a.text);
        for (const d of a.deals) {
          const id = dealId++;
          const fx = convertAmount(d.amount, d.currency, d.announcedOn);
          const content = DEAL_CONTENT_COLUMNS.map((c) => (c === "partners" ? JSON.stringify(d.partners) : d[c]));
          dealRows.push([
            id,
            ...content,
            fx?.amountUsd ?? null,
            fx?.amountEur ?? null,
            fx?.period ?? null,
            d.announcedOn ? Number(d.announcedOn.slice(0, 4)) : null,
            d.confidence,
            d.reviewState,
            now,
            d.isDeleted ? now : null,
          ]);
          d.facilities.forEach((f, i) => facilityRows.push([id, f.type, f.city, f.name, i]));
          linkRows.push([id, aid]);
          const s = searchRowOf(d, a.text);
          searchRows.push([id, foldForSearch([s.investor, s.partners, s.facilities].join(" ")), article]);
          count++;
        }
      }
      await client.query("BEGIN");
      await client.query(INSERT_ARTICLES, columnsOf(articleRows, 7));
      await client.query(INSERT_DEALS, columnsOf(dealRows, DEAL_COLUMNS.length));
      if (facilityRows.length) await client.query(INSERT_FACILITIES, columnsOf(facilityRows, 5));
      await client.query(INSERT_LINKS, columnsOf(linkRows, 2));
      await client.query(INSERT_SEARCH, columnsOf(searchRows, 3));
      await client.query("COMMIT");
    };
    let batch: BulkArticle[] = [];
    for (const a of articles) {
      batch.push(a);
      if (batch.length === BATCH_ARTICLES) {
        await writeBatch(batch);
        batch = [];
        onProgress?.(count);
      }
    }
    if (batch.length) await writeBatch(batch);
    // the ids were given here: the serial columns' sequences continue after them
    for (const table of ["Article", "Deal"])
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max("id"), 1) FROM "${table}"))`,
      );
    await client.query("VACUUM ANALYZE");
    return count;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The comment on the database of `url` (the benchmark marks a finished fill with one), or null. */
export function databaseComment(url: string): Promise<string | null> {
  return withClient(
    url,
    async (client) =>
      (
        await client.query(
          "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()",
        )
      ).rows[0]?.comment ?? null,
  );
}

export function setDatabaseComment(url: string, comment: string): Promise<void> {
  return withClient(url, async (client) => {
    const name = (await client.query("SELECT current_database() AS name")).rows[0].name as string;
    await client.query(`COMMENT ON DATABASE "${name.replace(/"/g, '""')}" IS ${client.escapeLiteral(comment)}`);
  });
}

/** Refreshes the planner's statistics, e.g. after a migration added indexes to a filled database. */
export function analyzePostgresDatabase(url: string): Promise<void> {
  return withClient(url, async (client) => {
    await client.query("ANALYZE");
  });
}
