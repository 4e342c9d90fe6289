// How exported deals are written: CSV lines and JSON objects from the rows the export
// query returns. Plain JavaScript on purpose: the export worker (lib/data/
// export-worker.mjs) runs it as is in a worker thread, and the app imports the same
// file (types in export-lines.d.mts), so there is one way to write a row.

export const CSV_COLUMNS = [
  "id", "investor", "via", "investorCountry", "targetCountry", "amount", "currency", "amountText", "announcedOn",
  "status", "kind", "stakePercent", "partners", "facilities", "confidence", "reviewState", "sourceCount",
];

function parseList(json) {
  // most deals have no partners and no facilities: skip the JSON parser for those
  if (json === "[]" || !json) return [];
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** One row of the export query (an array, in the query's column order) as an export row. */
export function exportRowOf(r) {
  return {
    id: r[0], investor: r[1], via: r[2], investorCountry: r[3], targetCountry: r[4], amount: r[5], currency: r[6],
    amountText: r[7], announcedOn: r[8], status: r[9], kind: r[10], stakePercent: r[11],
    partners: parseList(r[12]).filter((p) => typeof p === "string"),
    facilities: parseList(r[15]), confidence: r[13], reviewState: r[14],
    // how many articles report the deal
    sourceCount: r[16] ?? 1,
  };
}

function csvCell(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  // a leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const facilityText = (f) => [f.type, f.city, f.name].filter(Boolean).join(" ");

export function csvHeader() {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

/** One deal as a CSV line (RFC 4180: CRLF, quotes doubled); lists are joined with "; ". */
export function csvLine(row) {
  const cells = CSV_COLUMNS.map((c) => {
    if (c === "partners") return csvCell(row.partners.join("; "));
    if (c === "facilities") return csvCell(row.facilities.map(facilityText).join("; "));
    return csvCell(row[c]);
  });
  return `${cells.join(",")}\r\n`;
}

/** The text that opens an export, the text of a batch of rows, and the text that closes it. */
export function exportOpening(format) {
  return format === "csv" ? csvHeader() : "[";
}

export function exportBatchText(rows, format, isFirstBatch) {
  if (format === "csv") return rows.map(csvLine).join("");
  return rows.map((r, i) => `${isFirstBatch && i === 0 ? "\n" : ",\n"}${JSON.stringify(r)}`).join("");
}

export function exportClosing(format) {
  return format === "json" ? "]\n" : "";
}
