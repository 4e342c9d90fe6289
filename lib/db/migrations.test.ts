import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL, emptyPostgresDatabase } from "../test/postgres";
import { applyMigrations, LAYOUT, pendingSchemaChange } from "./migrations";
import { prepareDatabaseFile } from "./pragmas";

const MIGRATIONS = path.resolve("prisma/migrations");

describe("applyMigrations", () => {
  it("applies every committed migration once, records it as prisma migrate deploy does, and sets WAL", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-test-"));
    const url = `file:${path.join(dir, "nested", "t.db")}`;
    const names = fs
      .readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();

    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);
    prepareDatabaseFile(url);

    const db = new Database(path.join(dir, "nested", "t.db"));
    try {
      const rows = db
        .prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name")
        .all() as { migration_name: string; checksum: string; finished_at: string | null }[];
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const r of rows) {
        const sql = fs.readFileSync(path.join(MIGRATIONS, r.migration_name, "migration.sql"));
        expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(r.finished_at).not.toBeNull();
      }
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          "Article",
          "Deal",
          "Facility",
          "Evidence",
          "Revision",
          "User",
          "Session",
          "deal_search",
        ]),
      );
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says the database is locked, and by what, when another process holds it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-locked-"));
    const file = path.join(dir, "locked.db");
    const holder = new Database(file);
    holder.exec("CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);");
    try {
      await expect(applyMigrations(`file:${file}`)).rejects.toThrow(`${file} is locked by another process`);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the two migration folders", () => {
  const why =
    "models.prisma changed without a migration for this provider: run npm run db:migration:create -- <name> (it writes both)";

  it("take SQLite to exactly the models", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-diff-"));
    try {
      expect(await pendingSchemaChange("sqlite", `file:${path.join(dir, "scratch.db")}`), why).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!TEST_POSTGRES_URL)("take PostgreSQL to exactly the models", async () => {
    expect(await pendingSchemaChange("postgresql", await emptyPostgresDatabase()), why).toBeNull();
  });
});

describe.skipIf(!TEST_POSTGRES_URL)("applyMigrations on PostgreSQL", () => {
  const names = fs
    .readdirSync(LAYOUT.postgresql.migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  it("migrates once when two instances start together, and records it as prisma migrate deploy does", async () => {
    const url = await emptyPostgresDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, names.length]);
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const r of rows) {
        const sql = fs.readFileSync(path.join(LAYOUT.postgresql.migrationsDir, r.migration_name, "migration.sql"));
        expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(r.finished_at).not.toBeNull();
      }
    } finally {
      await client.end();
    }
  });

  it("moves the change counter with every statement that changes deals, in the statement's transaction", async () => {
    const url = await emptyPostgresDatabase();
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const counter = async () => Number((await client.query(`SELECT "value" FROM "change_counter"`)).rows[0].value);
    try {
      const before = await counter();
      await client.query(
        `INSERT INTO "Deal" ("investor", "targetCountry", "status", "kind", "updatedAt") VALUES ('A', 'PL', 'announced', 'greenfield', now())`,
      );
      expect(await counter()).toBe(before + 1);
      await client.query("BEGIN");
      await client.query(`UPDATE "Deal" SET "investor" = 'B'`);
      await client.query("ROLLBACK");
      expect(await counter()).toBe(before + 1);
      await client.query(`INSERT INTO "Session" ("id", "userId", "expiresAt") SELECT 'x', 1, now() WHERE false`);
      expect(await counter()).toBe(before + 1);
    } finally {
      await client.end();
    }
  });
});
