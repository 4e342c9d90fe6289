import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl } from "../db/database-url";
import { acquirePostgresExportSlot, ADDRESS_SLOTS, TOTAL_SLOTS } from "./export-slots-postgres";

// The slots are advisory locks on the test's own PostgreSQL database; each acquisition
// holds a connection of its own, as each app instance's exports would.
describe.skipIf(databaseProvider() !== "postgresql")("export slots on PostgreSQL", () => {
  const take = async (address: string, perAddress = 2, inTotal = 8) => {
    const slot = await acquirePostgresExportSlot(databaseUrl(), address, perAddress, inTotal);
    if ("refused" in slot) throw new Error(`refused: ${slot.refused}`);
    return slot.release;
  };

  it("lets one address run two exports at once, refuses a third, and frees a slot when one ends", async () => {
    const first = await take("192.0.2.10");
    const second = await take("192.0.2.10");
    expect(await acquirePostgresExportSlot(databaseUrl(), "192.0.2.10", 2, 8)).toEqual({ refused: "address" });
    const other = await take("192.0.2.11");
    await first();
    await first();
    const again = await take("192.0.2.10");
    expect(await acquirePostgresExportSlot(databaseUrl(), "192.0.2.10", 2, 8)).toEqual({ refused: "address" });
    await Promise.all([again(), second(), other()]);
  });

  it("counts every address against the server's total", async () => {
    const held = [await take("198.51.100.1", 2, 3), await take("198.51.100.2", 2, 3), await take("198.51.100.3", 2, 3)];
    expect(await acquirePostgresExportSlot(databaseUrl(), "198.51.100.4", 2, 3)).toEqual({ refused: "total" });
    await held[0]();
    const fourth = await take("198.51.100.4", 2, 3);
    await Promise.all([fourth(), held[1](), held[2]()]);
  });

  it("gives the slots of an instance that died back: its connections close, and their locks with them", async () => {
    // taken and never given back, as by an instance that crashed mid-export
    await take("203.0.113.5");
    await take("203.0.113.5");
    expect(await acquirePostgresExportSlot(databaseUrl(), "203.0.113.5", 2, 8)).toEqual({ refused: "address" });
    const admin = new pg.Client({ connectionString: databaseUrl() });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND classid IN ($1, $2, $3)`,
        [ADDRESS_SLOTS, ADDRESS_SLOTS + 1, TOTAL_SLOTS],
      );
      expect(rowCount).toBeGreaterThanOrEqual(2);
      // the backends exit a moment later; then both slots are free again
      const released: (() => Promise<void>)[] = [];
      await expect
        .poll(async () => {
          const slot = await acquirePostgresExportSlot(databaseUrl(), "203.0.113.5", 2, 8);
          if ("release" in slot) released.push(slot.release);
          return released.length;
        })
        .toBe(2);
      await Promise.all(released.map((r) => r()));
    } finally {
      await admin.end();
    }
  });
});
