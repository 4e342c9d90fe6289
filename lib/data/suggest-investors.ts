import { Prisma } from "../generated/prisma/client";
import { readStore } from "./read-store";

const MAX_SUGGESTIONS = 10;

// The next distinct live investor name after `after` within [start, end): one step of
// a skip-scan over the investor index. A GROUP BY would read every deal of a big
// investor (75,000 for the largest at a million deals) just to name it once.
async function nextInvestor(after: string | null, start: string, end: string): Promise<string | null> {
  const lower = after === null ? Prisma.sql`d.investor >= ${start}` : Prisma.sql`d.investor > ${after}`;
  const rows = await readStore().rows<{ investor: string }>(Prisma.sql`
    SELECT d.investor FROM Deal d WHERE ${lower} AND d.investor < ${end} AND d.deletedAt IS NULL
    ORDER BY d.investor LIMIT 1`);
  return rows[0]?.investor ?? null;
}

/**
 * Investor names that start with what the analyst typed, for the filter's
 * suggestions. A range over the investor index (not LIKE, which cannot use it);
 * tried as typed and with a capital first letter, since names are mostly written so.
 */
export async function suggestInvestors(prefix: string): Promise<string[]> {
  const typed = prefix.trim().slice(0, 100);
  if (!typed) return [];
  const variants = [...new Set([typed, typed.charAt(0).toUpperCase() + typed.slice(1)])];
  const names = new Set<string>();
  for (const start of variants) {
    let name = await nextInvestor(null, start, `${start}\uffff`);
    for (let i = 0; name !== null && i < MAX_SUGGESTIONS; i++) {
      names.add(name);
      name = await nextInvestor(name, start, `${start}\uffff`);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b)).slice(0, MAX_SUGGESTIONS);
}
