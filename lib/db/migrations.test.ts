import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./migrations";
import { prepareDatabaseFile } from "./pragmas";

const MIGRATIONS = path.resolve("prisma/migrations");

describe("applyMigrations", () => {
  it("applies every committed migration once, records it as prisma migrate deploy does, and sets WAL", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-test-"));
    const url = `file:${path.join(dir, "nested", "t.db")}`;
    const names = fs.readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);
    prepareDatabaseFile(url);

    const db = new Database(path.join(dir, "nested", "t.db"));
    try {
      const rows = db.prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name").all() as { migration_name: string; checksum: string; finished_at: string | null }[];
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const r of rows) {
        const sql = fs.readFileSync(path.join(MIGRATIONS, r.migration_name, "migration.sql"));
        expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(r.finished_at).not.toBeNull();
      }
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(["Article", "Deal", "Facility", "Evidence", "Revision", "User", "Session", "deal_search"]));
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
