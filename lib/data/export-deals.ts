import { Prisma } from "../generated/prisma/client";
import type { DealQuery } from "../schemas/deal-query";
import { filterOf } from "../schemas/deal-query";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { DEAL_ROW_COLUMNS, dealDtoOfRow, type RawDealRow } from "./deal-row-sql";
import { openReadConnection } from "./read-connection";

export type ExportFacility = { type: string; city: string | null; name: string | null };

/** One exported deal: the fields an analyst works with, flat enough for a spreadsheet. */
export type ExportRow = {
  id: number; investor: string; via: string | null; investorCountry: string | null; targetCountry: string;
  amount: number | null; currency: string | null; amountText: string | null; announcedOn: string | null;
  status: string; kind: string; stakePercent: number | null; partners: string[]; facilities: ExportFacility[];
  confidence: number; reviewState: string;
};

const BATCH = 1000;

/**
 * Every deal matching the query's filter, in its sort order, in batches. Runs on
 * its own connection: one statement is stepped through lazily, so memory stays
 * flat however many rows there are, and a client that goes away (`return()`)
 * closes it. The page and page size are ignored: an export is all rows.
 */
export function* exportDeals(query: DealQuery): Generator<ExportRow[], void, undefined> {
  const statement = Prisma.sql`SELECT ${DEAL_ROW_COLUMNS} FROM Deal d WHERE ${whereOf(filterOf(query))} ${orderByOf(query.sort)}`;
  const db = openReadConnection();
  try {
    const rows = db.prepare(statement.sql).iterate(...statement.values) as IterableIterator<RawDealRow>;
    let batch: ExportRow[] = [];
    for (const r of rows) {
      const { version: _v, createdAt: _c, updatedAt: _u, ...row } = dealDtoOfRow(r);
      batch.push(row);
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
