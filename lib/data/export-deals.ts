import { Prisma } from "../generated/prisma/client";
import { filterOf, type DealQuery } from "../schemas/deal-query";
import { exportRowOf } from "../deals/export-lines.mjs";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { rowBatches } from "./read-connection";
import { readStore } from "./read-store";

export type ExportFacility = { type: string; city: string | null; name: string | null };

/** One exported deal: the fields an analyst works with, flat enough for a spreadsheet. */
export type ExportRow = {
  id: number; investor: string; via: string | null; investorCountry: string | null; targetCountry: string;
  amount: number | null; currency: string | null; amountText: string | null;
  amountUsd: number | null; amountEur: number | null; fxPeriod: string | null; announcedOn: string | null;
  status: string; kind: string; stakePercent: number | null; partners: string[]; facilities: ExportFacility[];
  confidence: number; reviewState: string; sourceCount: number;
};

// Rows come back as arrays in this order: no object per row from the driver, which
// halves the cost of reading tens of thousands of rows.
const COLUMNS = Prisma.sql`d.id, d.investor, d.via, d.investorCountry, d.targetCountry, d.amount, d.currency, d.amountText,
  d.announcedOn, d.status, d.kind, d.stakePercent, d.partners, d.confidence, d.reviewState,
  d.amountUsd, d.amountEur, d.fxPeriod,
  (SELECT json_group_array(json_object('type', f.type, 'city', f.city, 'name', f.name))
     FROM (SELECT type, city, name FROM Facility WHERE dealId = d.id ORDER BY position) f), d.sourceCount`;

type RawExportRow = [number, string, string | null, string | null, string, number | null, string | null, string | null,
  string | null, string, string, number | null, string, number, string, number | null, number | null, string | null, string, number];

// small enough that one batch (read, formatted, written) delays another request by a
// few milliseconds at most: the stream yields to the event loop between batches
const BATCH = 500;

/**
 * Every deal matching the query's filter, in its sort order, in batches. Runs on
 * a connection of its own: one statement is stepped through lazily, so memory
 * stays flat however many rows there are, and a client that goes away (`return()`)
 * ends it and gives the connection back. The page and page size are ignored.
 */
/** The export's query: every deal of the filter, in its sort order, as arrays (see exportRowOf). */
export function exportStatement(query: DealQuery): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS} FROM Deal d WHERE ${whereOf(filterOf(query))} ${orderByOf(query.sort)}`;
}

export function* exportDeals(query: DealQuery): Generator<ExportRow[], void, undefined> {
  for (const rows of rowBatches(exportStatement(query), BATCH)) yield (rows as RawExportRow[]).map(exportRowOf);
}

/** The export's batches on either engine: SQLite's synchronous walk, or the read store's cursor. */
export function dealBatches(query: DealQuery): Generator<ExportRow[], void, undefined> | AsyncGenerator<ExportRow[], void, undefined> {
  const store = readStore();
  if (store.provider === "sqlite") return exportDeals(query);
  return (async function* () {
    for await (const rows of store.exportBatches(exportStatement(query), BATCH)) yield (rows as RawExportRow[]).map(exportRowOf);
  })();
}
