import { acquirePostgresExportSlot } from "../data/export-slots-postgres";
import { databaseProvider, databaseUrl } from "../db/database-url";
import { AppError } from "../errors";

// A full export at a million deals keeps a connection and a share of the CPU busy for
// a minute: each address may run two at once, the server eight. On SQLite (one
// instance) they are counted here; on PostgreSQL on the database server, so the limits
// hold across every instance (lib/data/export-slots-postgres.ts).
export const EXPORTS_PER_ADDRESS = 2;
export const EXPORTS_IN_TOTAL = 8;

const TOO_MANY_OF_YOURS = `You already have ${EXPORTS_PER_ADDRESS} exports running: wait for one to finish.`;
const TOO_MANY_IN_ALL = "The server is busy with other exports: try again in a minute.";

const globalForSlots = globalThis as unknown as { exportSlots?: Map<string, number> };

function slots(): Map<string, number> {
  return (globalForSlots.exportSlots ??= new Map());
}

/** Takes an export slot for `address`, or refuses with 429; call the returned function once, when the export ends. */
export async function acquireExportSlot(address: string): Promise<() => void> {
  if (databaseProvider() === "postgresql") {
    const slot = await acquirePostgresExportSlot(databaseUrl(), address, EXPORTS_PER_ADDRESS, EXPORTS_IN_TOTAL);
    if ("refused" in slot)
      throw new AppError("too_many", slot.refused === "address" ? TOO_MANY_OF_YOURS : TOO_MANY_IN_ALL);
    return slot.release;
  }
  return acquireMemorySlot(address);
}

function acquireMemorySlot(address: string): () => void {
  const running = slots();
  const total = [...running.values()].reduce((a, b) => a + b, 0);
  if ((running.get(address) ?? 0) >= EXPORTS_PER_ADDRESS) {
    throw new AppError("too_many", TOO_MANY_OF_YOURS);
  }
  if (total >= EXPORTS_IN_TOTAL) throw new AppError("too_many", TOO_MANY_IN_ALL);
  running.set(address, (running.get(address) ?? 0) + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (running.get(address) ?? 1) - 1;
    if (left > 0) running.set(address, left);
    else running.delete(address);
  };
}
