import { Prisma } from "../generated/prisma/client";
import { readRows } from "./read-connection";

const MAX_SUGGESTIONS = 10;

/**
 * Investor names that start with what the analyst typed, for the filter's
 * suggestions. A range over the investor index (not LIKE, which cannot use it);
 * tried as typed and with a capital first letter, since names are mostly written so.
 */
export function suggestInvestors(prefix: string): string[] {
  const typed = prefix.trim().slice(0, 100);
  if (!typed) return [];
  const variants = [...new Set([typed, typed.charAt(0).toUpperCase() + typed.slice(1)])];
  const names = new Set<string>();
  for (const start of variants) {
    const rows = readRows<{ investor: string }>(Prisma.sql`
      SELECT d.investor FROM Deal d
      WHERE d.investor >= ${start} AND d.investor < ${`${start}\uffff`} AND d.deletedAt IS NULL
      GROUP BY d.investor ORDER BY d.investor LIMIT ${MAX_SUGGESTIONS}`);
    for (const r of rows) names.add(r.investor);
  }
  return [...names].sort((a, b) => a.localeCompare(b)).slice(0, MAX_SUGGESTIONS);
}
