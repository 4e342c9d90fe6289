import { Prisma } from "../generated/prisma/client";
import type { DealQuery } from "../schemas/deal-query";
import { filterOf } from "../schemas/deal-query";
import { parsePartners } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { openReadConnection } from "./read-connection";

export type ExportFacility = { type: string; city: string | null; name: string | null };

/** One exported deal: the fields an analyst works with, flat enough for a spreadsheet. */
export type ExportRow = {
  id: number; investor: string; via: string | null; investorCountry: string | null; targetCountry: string;
  amount: number | null; currency: string | null; amountText: string | null; announcedOn: string | null;
  status: string; kind: string; stakePercent: number | null; partners: string[]; facilities: ExportFacility[];
  confidence: number; reviewState: string;
};

type RawRow = Omit<ExportRow, "partners" | "facilities"> & { partners: string; facilities: string };

const BATCH = 1000;

/**
 * Every deal matching the query's filter, in its sort order, in batches. Runs on
 * its own connection: one statement is stepped through lazily, so memory stays
 * flat however many rows there are, and a client that goes away (`return()`)
 * closes it. The page and page size are ignored: an export is all rows.
 */
export function* exportDeals(query: DealQuery): Generator<ExportRow[], void, undefined> {
  const statement = Prisma.sql`
    SELECT d.id, d.investor, d.via, d.investorCountry, d.targetCountry, d.amount, d.currency, d.amountText,
      d.announcedOn, d.status, d.kind, d.stakePercent, d.partners, d.confidence, d.reviewState,
      (SELECT json_group_array(json_object('type', f.type, 'city', f.city, 'name', f.name))
         FROM (SELECT type, city, name FROM Facility WHERE dealId = d.id ORDER BY position) f) AS facilities
    FROM Deal d WHERE ${whereOf(filterOf(query))} ${orderByOf(query.sort)}`;
  const db = openReadConnection();
  try {
    const rows = db.prepare(statement.sql).iterate(...statement.values) as IterableIterator<RawRow>;
    let batch: ExportRow[] = [];
    for (const r of rows) {
      batch.push({ ...r, partners: parsePartners(r.partners), facilities: JSON.parse(r.facilities) as ExportFacility[] });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    db.close();
  }
}
