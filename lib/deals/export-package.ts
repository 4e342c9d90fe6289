import { DEAL_KINDS, DEAL_STATUSES, REVIEW_STATES } from "../schemas/deal";
import { CSV_COLUMNS, type ExportMeta } from "./export-format";
import type { ZipEntry } from "./zip-stream";

type Field = { name: string; type: "integer" | "number" | "string"; description: string };

/** What each CSV column holds, for the package's README and its Frictionless schema. */
const FIELDS: Record<(typeof CSV_COLUMNS)[number], Omit<Field, "name">> = {
  id: { type: "integer", description: "the deal's number: /deals/<id> shows it with its sources" },
  investor: { type: "string", description: "who invests" },
  via: { type: "string", description: "the subsidiary or vehicle the investor invests through" },
  investorCountry: { type: "string", description: "the investor's home country, ISO 3166-1 alpha-2" },
  targetCountry: { type: "string", description: "the country invested in, ISO 3166-1 alpha-2" },
  amount: { type: "number", description: "the amount in its original currency" },
  currency: { type: "string", description: "the amount's currency, ISO 4217" },
  amountText: { type: "string", description: "the amount as the article wrote it" },
  amountUsd: { type: "number", description: "the amount in US dollars at the average rate of fxPeriod" },
  amountEur: { type: "number", description: "the amount in euros at the average rate of fxPeriod" },
  fxPeriod: {
    type: "string",
    description: "the year (YYYY) or month (YYYY-MM) whose average rate converted the amount",
  },
  announcedOn: { type: "string", description: "the announcement date at its precision: YYYY, YYYY-MM or YYYY-MM-DD" },
  status: { type: "string", description: DEAL_STATUSES.join(", ") },
  kind: { type: "string", description: DEAL_KINDS.join(", ") },
  stakePercent: { type: "number", description: "the share acquired, in per cent" },
  partners: { type: "string", description: 'partners, separated by "; "' },
  facilities: { type: "string", description: 'facilities (type, city, name), separated by "; "' },
  confidence: { type: "number", description: "the extraction's confidence, 0 to 1" },
  reviewState: { type: "string", description: `an editor's review: ${REVIEW_STATES.join(", ")}` },
  sourceCount: { type: "integer", description: "how many articles report the deal" },
};

/** The package's description in plain words: what a person sees first on opening the archive. */
export function exportReadme(meta: ExportMeta, csvName: string): string {
  const lines = [
    meta.description,
    "",
    `Filter:      ${meta.query || "(none: every deal)"}`,
    `Link:        ${meta.url}`,
    `Exported at: ${meta.exportedAt} (UTC)`,
    `Rates:       ${meta.rates}`,
    "",
    "Files:",
    `  ${csvName}  the deals: one header line, then one line per deal (UTF-8 with a byte order mark, CRLF line ends)`,
    "  datapackage.json  the same facts and the columns' types, as a Frictionless Data Package (https://datapackage.org)",
    "",
    "Columns:",
    ...CSV_COLUMNS.map((c) => `  ${c.padEnd(16)}${FIELDS[c].description}`),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** A Frictionless (tabular) Data Package describing the CSV: its filter, its time and its columns. */
export function exportDataPackage(meta: ExportMeta, csvName: string): string {
  const pkg = {
    profile: "tabular-data-package",
    name: csvName.replace(/\.csv$/, "").toLowerCase(),
    title: meta.description,
    description: `Deals matching the filter ${meta.query || "(none: every deal)"}, exported at ${meta.exportedAt}.`,
    created: meta.exportedAt,
    homepage: meta.url,
    filter: meta.query,
    sources: [{ title: "Exchange rates", description: meta.rates }],
    resources: [
      {
        name: "deals",
        path: csvName,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
        schema: { fields: CSV_COLUMNS.map((name) => ({ name, ...FIELDS[name] })), primaryKey: "id" },
      },
    ],
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The archive's files: the description first, then the package file, then the CSV itself. */
export function exportPackageEntries(meta: ExportMeta, csvName: string, csv: ReadableStream<Uint8Array>): ZipEntry[] {
  return [
    { name: "README.txt", data: exportReadme(meta, csvName) },
    { name: "datapackage.json", data: exportDataPackage(meta, csvName) },
    { name: csvName, data: csv },
  ];
}
