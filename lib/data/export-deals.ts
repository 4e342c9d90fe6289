import { Prisma } from "../generated/prisma/client";
import { DEAL_FIELDS, type DealField } from "../schemas/deal";
import { filterOf, type DealQuery } from "../schemas/deal-query";
import { exportRowOf } from "../deals/export-lines.mjs";
import type { DealDto } from "./deal-dto";
import { orderByOf, whereOf } from "./deal-filter-sql";
import { dealColumnsSql } from "./deal-row-sql";
import { rowBatches } from "./read-connection";
import { readStore } from "./read-store";

const AMOUNT_AT = DEAL_FIELDS.indexOf("amountText") + 1;

/**
 * The export's columns, in order: the id, every field of the deal contract (the amount
 * in dollars and euros right after the amount as written), then the review columns.
 */
export const EXPORT_COLUMNS = [
  "id",
  ...DEAL_FIELDS.slice(0, AMOUNT_AT),
  "amountUsd",
  "amountEur",
  "fxPeriod",
  ...DEAL_FIELDS.slice(AMOUNT_AT),
  "confidence",
  "reviewState",
  "sourceCount",
] as const satisfies readonly (keyof DealDto)[];
export type ExportColumn = DealField | (typeof EXPORT_COLUMNS)[number];

/** One exported deal: the fields an analyst works with, flat enough for a spreadsheet. */
export type ExportRow = Pick<DealDto, ExportColumn>;
export type ExportFacility = ExportRow["facilities"][number];

// Rows come back as arrays in EXPORT_COLUMNS' order: no object per row from the driver,
// which halves the cost of reading tens of thousands of rows.
const COLUMNS = Prisma.raw(dealColumnsSql(EXPORT_COLUMNS));

type RawExportRow = unknown[];

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
  for (const rows of rowBatches(exportStatement(query), BATCH))
    yield (rows as RawExportRow[]).map((r) => exportRowOf(r, EXPORT_COLUMNS));
}

/** The export's batches on either engine: SQLite's synchronous walk, or the read store's cursor. */
export function dealBatches(
  query: DealQuery,
): Generator<ExportRow[], void, undefined> | AsyncGenerator<ExportRow[], void, undefined> {
  const store = readStore();
  if (store.provider === "sqlite") return exportDeals(query);
  return (async function* () {
    for await (const rows of store.exportBatches(exportStatement(query), BATCH))
      yield (rows as RawExportRow[]).map((r) => exportRowOf(r, EXPORT_COLUMNS));
  })();
}
