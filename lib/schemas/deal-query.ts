import { z } from "zod";
import { AppError } from "../errors";
import { countryCode, DEAL_KINDS, DEAL_STATUSES, FACILITY_TYPES, partialDate, REVIEW_STATES } from "./deal";

/** Columns a deal list can be sorted by; `-column` sorts descending. */
export const SORT_COLUMNS = [
  "announcedOn",
  "amountUsd",
  "amount",
  "investor",
  "targetCountry",
  "investorCountry",
  "status",
  "kind",
  "reviewState",
  "confidence",
  "sourceCount",
  "id",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** What people call each sort column, for menus and the description of a view. */
export const SORT_LABELS: Record<SortColumn, string> = {
  announcedOn: "date announced",
  amountUsd: "amount in US dollars",
  amount: "amount in its own currency",
  investor: "investor",
  targetCountry: "target country",
  investorCountry: "investor country",
  status: "status",
  kind: "kind",
  reviewState: "review state",
  confidence: "confidence",
  sourceCount: "number of sources",
  id: "order of import",
};

/** Currencies amounts can be shown in: every amount is stored converted to both. */
export const DISPLAY_CURRENCIES = ["USD", "EUR"] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];
export const DEFAULT_DISPLAY_CURRENCY: DisplayCurrency = "USD";

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_SORT = "-announcedOn";
export const DEFAULT_PAGE_SIZE = 50;

// Query strings give a string for a single value and an array for repeated ones;
// the schema always sees an array for repeatable parameters.
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((s) => s !== "")),
    z.array(item).max(50),
  );

// A single parameter: the last value wins when one is repeated; "" means absent.
const one = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    return last === "" ? undefined : last;
  }, item);

const amount = z.coerce.number({ error: "use a number, e.g. 1000000" }).finite().min(0, "use zero or more");

export const dealQuerySchema = z
  .object({
    q: one(z.string().trim().max(200, "at most 200 characters").optional()),
    targetCountry: many(countryCode),
    investor: many(z.string().trim().min(1).max(200)),
    investorCountry: many(countryCode),
    status: many(z.enum(DEAL_STATUSES, { error: `use one of ${DEAL_STATUSES.join(", ")}` })),
    kind: many(z.enum(DEAL_KINDS, { error: `use one of ${DEAL_KINDS.join(", ")}` })),
    facility: many(z.enum(FACILITY_TYPES, { error: `use one of ${FACILITY_TYPES.join(", ")}` })),
    review: many(z.enum(REVIEW_STATES, { error: `use one of ${REVIEW_STATES.join(", ")}` })),
    amountMin: one(amount.optional()),
    amountMax: one(amount.optional()),
    // the range in US dollars at the announcement's rate, comparable across currencies
    amountUsdMin: one(amount.optional()),
    amountUsdMax: one(amount.optional()),
    // deals reported by at least this many articles
    sourcesMin: one(
      z.coerce
        .number({ error: "use a whole number from 1" })
        .int("use a whole number from 1")
        .min(1, "use a whole number from 1")
        .max(10_000)
        .optional(),
    ),
    // deals the extractor is at least this sure of, in percent (a second reading of a sentence has 20 points less)
    confidenceMin: one(
      z.coerce
        .number({ error: "use a whole number from 1 to 100" })
        .int("use a whole number from 1 to 100")
        .min(1, "use a whole number from 1 to 100")
        .max(100, "use a whole number from 1 to 100")
        .optional(),
    ),
    from: one(partialDate.optional()),
    to: one(partialDate.optional()),
    sort: one(
      z
        .string()
        .regex(
          new RegExp(`^-?(${SORT_COLUMNS.join("|")})$`),
          `use a column (${SORT_COLUMNS.join(", ")}), with "-" before it for descending`,
        )
        .default(DEFAULT_SORT),
    ),
    page: one(
      z.coerce
        .number({ error: "use a whole number from 1" })
        .int("use a whole number from 1")
        .min(1, "use a whole number from 1")
        .max(100_000)
        .default(1),
    ),
    displayCurrency: one(
      z
        .string()
        .trim()
        .toUpperCase()
        .pipe(z.enum(DISPLAY_CURRENCIES, { error: `use ${DISPLAY_CURRENCIES.join(" or ")}` }))
        .default(DEFAULT_DISPLAY_CURRENCY),
    ),
    pageSize: one(
      z.coerce
        .number()
        .pipe(
          z.union(
            PAGE_SIZES.map((n) => z.literal(n)),
            { error: `use one of ${PAGE_SIZES.join(", ")}` },
          ),
        )
        .default(DEFAULT_PAGE_SIZE),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.amountMin !== undefined && v.amountMax !== undefined && v.amountMin > v.amountMax) {
      ctx.addIssue({ code: "custom", path: ["amountMax"], message: "must not be below amountMin" });
    }
    if (v.amountUsdMin !== undefined && v.amountUsdMax !== undefined && v.amountUsdMin > v.amountUsdMax) {
      ctx.addIssue({ code: "custom", path: ["amountUsdMax"], message: "must not be below amountUsdMin" });
    }
    if (v.from && v.to && v.from.slice(0, v.to.length) > v.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    }
  });

export type DealQuery = z.infer<typeof dealQuerySchema>;
/** The filter part of a query: what facets, totals, charts and exports depend on (not how they are shown). */
export type DealFilter = Omit<DealQuery, "sort" | "page" | "pageSize" | "displayCurrency">;

export const DEAL_QUERY_KEYS = Object.keys(dealQuerySchema.shape) as (keyof DealQuery)[];

export type RawParams = Record<string, string | string[] | undefined>;

/** URLSearchParams (route handlers) → the record shape Next gives pages. */
export function paramsOf(search: URLSearchParams): RawParams {
  const out: Record<string, string[]> = {};
  for (const [key, value] of search) (out[key] ??= []).push(value);
  return out;
}

export type QueryResult = { ok: true; query: DealQuery } | { ok: false; error: AppError };

/**
 * Parses query parameters; an invalid one becomes an AppError whose message names
 * it. `allowed` lists extra parameter names (e.g. "format"); with `strict`, any
 * other unknown name is refused too, so a typo never silently widens the result.
 */
export function parseDealQuery(params: RawParams, options: { strict?: boolean; allowed?: string[] } = {}): QueryResult {
  if (options.strict) {
    const known = new Set<string>([...DEAL_QUERY_KEYS, ...(options.allowed ?? [])]);
    const unknown = Object.keys(params).filter((k) => !known.has(k));
    if (unknown.length) {
      const fields = Object.fromEntries(unknown.map((k) => [k, ["unknown parameter"]]));
      return {
        ok: false,
        error: new AppError(
          "invalid_input",
          `Unknown parameter "${unknown[0]}": use ${[...known].join(", ")}.`,
          fields,
        ),
      };
    }
  }
  const parsed = dealQuerySchema.safeParse(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  const [name, messages] = Object.entries(fields)[0];
  return {
    ok: false,
    error: new AppError("invalid_input", `Parameter "${name}" is not valid: ${messages[0]}.`, fields),
  };
}

export function parseDealQueryOrThrow(
  params: RawParams,
  options?: { strict?: boolean; allowed?: string[] },
): DealQuery {
  const result = parseDealQuery(params, options);
  if (!result.ok) throw result.error;
  return result.query;
}

export function filterOf(query: DealQuery): DealFilter {
  const { sort: _sort, page: _page, pageSize: _pageSize, displayCurrency: _display, ...filter } = query;
  return filter;
}

export function parseSort(sort: string): { column: SortColumn; isDescending: boolean } {
  const isDescending = sort.startsWith("-");
  return { column: (isDescending ? sort.slice(1) : sort) as SortColumn, isDescending };
}
