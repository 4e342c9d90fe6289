import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL, emptyPostgresDatabase } from "../test/postgres";
import { pgMigrationAdapterFactory, SHADOW_PREFIX, splitSqlStatements, urlForDatabase } from "./pg-migration-adapter";

describe("splitSqlStatements", () => {
  it("ends a statement at a semicolon outside quotes, comments and dollar-quoted bodies", () => {
    const script = `CREATE TABLE "a;b" (x TEXT DEFAULT 'it''s; fine');
-- a comment; with a semicolon
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE t SET v = v + 1; RETURN NULL;
END;
$$;
/* block; /* nested; */ still comment; */
CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'x;$$;y' $body$;
SELECT E'a\\';b';
SELECT $1::text`;
    expect(splitSqlStatements(script)).toEqual([
      `CREATE TABLE "a;b" (x TEXT DEFAULT 'it''s; fine')`,
      expect.stringMatching(/^-- a comment; with a semicolon\nCREATE FUNCTION f\(\)[\s\S]*END;\n\$\$$/),
      expect.stringMatching(/^\/\* block;[\s\S]*\$body\$ SELECT 'x;\$\$;y' \$body\$$/),
      `SELECT E'a\\';b'`,
      "SELECT $1::text",
    ]);
  });

  it("leaves out empty statements and a comment-only tail", () => {
    expect(splitSqlStatements(";;\nSELECT 1;\n-- the end\n")).toEqual(["SELECT 1"]);
  });
});

describe("urlForDatabase", () => {
  it("changes only the database of a URL", () => {
    expect(urlForDatabase("postgresql://u:p@h:5433/app?sslmode=disable", "other")).toBe(
      "postgresql://u:p@h:5433/other?sslmode=disable",
    );
  });
});

describe.skipIf(!TEST_POSTGRES_URL)("pgMigrationAdapterFactory on a real PostgreSQL", () => {
  it("runs a script with a $$ function body whole, and none of a script that fails", async () => {
    const url = await emptyPostgresDatabase();
    const adapter = await pgMigrationAdapterFactory(url).connect();
    try {
      await adapter.executeScript(`CREATE TABLE t (v INT); INSERT INTO t VALUES (1);
        CREATE FUNCTION bump() RETURNS INT LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET v = v + 1; RETURN 1; END; $$;
        SELECT bump();`);
      const r = await adapter.queryRaw({ sql: "SELECT v FROM t", args: [], argTypes: [] });
      expect(r.rows).toEqual([[2]]);
      await expect(adapter.executeScript("CREATE TABLE u (v INT); SELECT * FROM missing;")).rejects.toThrow(
        /PostgreSQL refused the migration script: .*missing/,
      );
      const u = await adapter.queryRaw({ sql: "SELECT to_regclass('u') IS NULL AS gone", args: [], argTypes: [] });
      expect(u.rows).toEqual([[true]]);
    } finally {
      await adapter.dispose();
    }
  });

  it('reads PostgreSQL\'s one-byte "char" columns as characters, in and out of transactions', async () => {
    const url = await emptyPostgresDatabase();
    const adapter = await pgMigrationAdapterFactory(url).connect();
    try {
      const query = { sql: "SELECT relkind FROM pg_class WHERE relname = 'pg_class'", args: [], argTypes: [] };
      const result = await adapter.queryRaw(query);
      expect(result.rows).toEqual([["r"]]);
      expect(result.columnTypes).toEqual([ColumnTypeEnum.Character]);
      const tx = await adapter.startTransaction();
      expect((await tx.queryRaw(query)).rows).toEqual([["r"]]);
      await tx.rollback();
    } finally {
      await adapter.dispose();
    }
  });

  it("gives the shadow database a database of its own and drops it afterwards", async () => {
    const url = await emptyPostgresDatabase();
    const shadow = await pgMigrationAdapterFactory(url).connectToShadowDb();
    const name = (await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] }))
      .rows[0][0] as string;
    expect(name.startsWith(SHADOW_PREFIX)).toBe(true);
    expect(name).not.toBe(new URL(url).pathname.slice(1));
    await shadow.dispose();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
