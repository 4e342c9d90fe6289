import Database from "better-sqlite3";
import pg from "pg";
import { convertAmount, SHIPPED_RATES, type RateTable } from "../currency/exchange-rates";
import { databaseFile, databaseProvider } from "../db/database-url";
import { BUSY_TIMEOUT_MS } from "../db/pragmas";

const BATCH = 20_000;

type AmountRow = { id: number; amount: number; currency: string | null; announcedOn: string | null };

/**
 * Sets the dollar and euro equivalents of stored deals: those never converted
 * (deals stored before the columns existed, or by a path that did not set them),
 * or with `all`, every deal with an amount (after the rates changed). Runs in
 * batches of one transaction each, so the app keeps serving meanwhile; returns
 * how many deals were looked at. Deals whose currency has no rate keep null.
 */
export function convertDealAmounts(url: string, options: { all?: boolean; table?: RateTable } = {}): number {
  const db = new Database(databaseFile(url), { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  const table = options.table ?? SHIPPED_RATES;
  try {
    // keyset pagination over the id: each batch is an index range, never an OFFSET
    const select = db.prepare<[number], AmountRow>(`SELECT id, amount, currency, announcedOn FROM Deal
      WHERE id > ? AND amount IS NOT NULL ${options.all ? "" : "AND fxPeriod IS NULL"} ORDER BY id LIMIT ${BATCH}`);
    const update = db.prepare(`UPDATE Deal SET amountUsd = ?, amountEur = ?, fxPeriod = ? WHERE id = ?`);
    const write = db.transaction((rows: AmountRow[]) => {
      for (const r of rows) {
        const c = convertAmount(r.amount, r.currency, r.announcedOn, table);
        update.run(c?.amountUsd ?? null, c?.amountEur ?? null, c?.period ?? null, r.id);
      }
    });
    let seen = 0;
    for (let after = 0, rows = select.all(after); rows.length; rows = select.all(after)) {
      write(rows);
      seen += rows.length;
      after = rows[rows.length - 1].id;
    }
    return seen;
  } finally {
    db.close();
  }
}

/** convertDealAmounts on PostgreSQL: the same batches, each one transaction. */
async function convertPostgresDealAmounts(url: string, options: { all?: boolean; table?: RateTable }): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const table = options.table ?? SHIPPED_RATES;
  try {
    let seen = 0;
    for (let after = 0; ;) {
      const { rows } = await client.query<AmountRow>(
        `SELECT id, amount, currency, "announcedOn" FROM "Deal"
        WHERE id > $1 AND amount IS NOT NULL ${options.all ? "" : `AND "fxPeriod" IS NULL`} ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) return seen;
      const converted = rows.map((r) => ({ id: r.id, c: convertAmount(r.amount, r.currency, r.announcedOn, table) }));
      await client.query("BEGIN");
      try {
        await client.query(
          `UPDATE "Deal" d SET "amountUsd" = v.usd, "amountEur" = v.eur, "fxPeriod" = v.period
          FROM unnest($1::int[], $2::float8[], $3::float8[], $4::text[]) AS v(id, usd, eur, period) WHERE d.id = v.id`,
          [
            converted.map((x) => x.id),
            converted.map((x) => x.c?.amountUsd ?? null),
            converted.map((x) => x.c?.amountEur ?? null),
            converted.map((x) => x.c?.period ?? null),
          ],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      seen += rows.length;
      after = rows[rows.length - 1].id;
    }
  } finally {
    await client.end();
  }
}

/** convertDealAmounts on either engine. */
export async function convertDealAmountsOn(
  url: string,
  options: { all?: boolean; table?: RateTable } = {},
): Promise<number> {
  return databaseProvider(url) === "postgresql"
    ? convertPostgresDealAmounts(url, options)
    : convertDealAmounts(url, options);
}
