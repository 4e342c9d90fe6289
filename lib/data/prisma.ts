import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { databaseProvider, databaseUrl } from "../db/database-url";
import { WRITE_BUSY_TIMEOUT_MS } from "../db/pragmas";

// Both clients come from the one models file (prisma/models.prisma), so their API is
// the same; the data layer is typed against SQLite's and gets PostgreSQL's where
// DATABASE_URL says so. Only the SQL written by hand differs (lib/db/dialect.ts).
function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSqlite3({ url, timeout: WRITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process: Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
