import { createHash } from "node:crypto";
import pg from "pg";

// Running exports counted on the PostgreSQL server, so the limits hold across every app
// instance behind a load balancer: each running export holds session-level advisory
// locks on a connection of its own, one of its address's slots and one of the server's.
// pg_try_advisory_lock never waits, and a crashed instance's connections close, which
// releases its locks: nothing is left to clean up.

// the first key of each lock: this app's slots, apart from the migration lock and the write lock
export const ADDRESS_SLOTS = 72_435_100;
export const TOTAL_SLOTS = 72_435_200;

type PoolEntry = { url: string; pool: pg.Pool };
const globalForSlots = globalThis as unknown as { exportSlotPool?: PoolEntry };

function poolOf(url: string, size: number): pg.Pool {
  const current = globalForSlots.exportSlotPool;
  if (current && current.url === url) return current.pool;
  void current?.pool.end();
  // one connection per running export at most: the total limit bounds it
  const pool = new pg.Pool({ connectionString: url, max: size + 1 });
  pool.on("error", () => undefined);
  globalForSlots.exportSlotPool = { url, pool };
  return pool;
}

/** The address as a 32-bit key (two addresses sharing one would share their slots: one in four billion). */
function addressKey(address: string): number {
  return createHash("sha256").update(address).digest().readInt32BE(0);
}

export type SlotResult = { release: () => Promise<void> } | { refused: "address" | "total" };

/**
 * Takes one of `perAddress` slots for the address and one of `inTotal` for the whole
 * server, or says which limit refused. `release` (called when the export ends; again
 * is harmless) gives both back.
 */
export async function acquirePostgresExportSlot(
  url: string,
  address: string,
  perAddress: number,
  inTotal: number,
): Promise<SlotResult> {
  const client = await poolOf(url, inTotal).connect();
  // held for a whole export: a connection the server closes meanwhile (a restart) must not
  // be an unhandled error; its locks are gone with it, and release drops it from the pool
  const ignoreLoss = () => undefined;
  client.on("error", ignoreLoss);
  const tryLock = async (first: number, second: number) =>
    (await client.query("SELECT pg_try_advisory_lock($1, $2) AS ok", [first, second])).rows[0].ok === true;
  // a broken connection is dropped: its locks go with it
  const giveBack = (): Promise<void> =>
    client.query("SELECT pg_advisory_unlock_all()").then(
      () => {
        client.off("error", ignoreLoss);
        client.release();
      },
      (error: Error) => {
        client.off("error", ignoreLoss);
        client.release(error);
      },
    );
  try {
    const key = addressKey(address);
    let hasAddressSlot = false;
    for (let i = 0; i < perAddress && !hasAddressSlot; i++) hasAddressSlot = await tryLock(ADDRESS_SLOTS + i, key);
    if (!hasAddressSlot) {
      await giveBack();
      return { refused: "address" };
    }
    let hasTotalSlot = false;
    for (let i = 0; i < inTotal && !hasTotalSlot; i++) hasTotalSlot = await tryLock(TOTAL_SLOTS, i);
    if (!hasTotalSlot) {
      await giveBack();
      return { refused: "total" };
    }
  } catch (error) {
    client.off("error", ignoreLoss);
    client.release(error as Error);
    throw error;
  }
  let isReleased = false;
  return {
    release: async () => {
      if (isReleased) return;
      isReleased = true;
      await giveBack();
    },
  };
}
