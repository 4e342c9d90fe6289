import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "../db/database-url";
import { WRITE_BUSY_TIMEOUT_MS } from "../db/pragmas";

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: databaseUrl(), timeout: WRITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

// One client per process: Next's dev server reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
