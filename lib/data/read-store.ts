import type { Prisma } from "../generated/prisma/client";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "../db/database-url";
import { dataVersion, readRows, rowBatches } from "./read-connection";
import { readRowsOffThread, type ReadLane } from "./read-off-thread";
import { postgresReadStore } from "./read-store-postgres";

/**
 * The analysts' read queries (lists, facets, exports), on either engine. Queries
 * are written once with Prisma.sql (every value bound) in SQLite's dialect; the
 * PostgreSQL store rewrites them (lib/db/dialect.ts).
 */
export type ReadStore = {
  provider: DatabaseProvider;
  /** Rows of a quick query (a page, a look-up). */
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  /** Rows of a query that reads many (facets, totals), never on the request's thread. */
  scanRows<T>(query: Prisma.Sql, lane?: ReadLane, options?: { isRefresh?: boolean }): Promise<T[]>;
  /** Every row of a query as arrays, in batches, with flat memory. */
  exportBatches(query: Prisma.Sql, size: number): AsyncGenerator<unknown[][], void, undefined>;
  /** The change counter as last read: any commit to the deals moves it. Keys the aggregate caches. */
  changeVersion(): number;
  /** Reads the change counter again (a query on PostgreSQL; SQLite's is always current). */
  refreshChangeVersion(): Promise<number>;
};

const sqliteReadStore: ReadStore = {
  provider: "sqlite",
  rows: async (query) => readRows(query),
  scanRows: (query, lane, options) => readRowsOffThread(query, lane, options),
  async *exportBatches(query, size) {
    yield* rowBatches(query, size);
  },
  // PRAGMA data_version on a connection that never writes moves with every other connection's commit
  changeVersion: () => dataVersion(),
  refreshChangeVersion: async () => dataVersion(),
};

/** The read store of DATABASE_URL's engine. */
export function readStore(): ReadStore {
  const url = databaseUrl();
  return databaseProvider(url) === "postgresql" ? postgresReadStore(url) : sqliteReadStore;
}
