// How exported deals are written: CSV lines, JSON objects and GeoJSON features from
// the rows the export query returns. Plain JavaScript on purpose: the export worker
// (lib/data/export-worker.mjs) runs it as is in a worker thread, and the app imports
// the same file (types in export-lines.d.mts), so there is one way to write a row.
// The columns come from the deal contract (EXPORT_COLUMNS in lib/data/export-deals.ts),
// passed in: the worker is given them with its query.

// Excel reads a CSV as UTF-8 only when it starts with a byte order mark;
// without it "Türkiye" opens as "TÃ¼rkiye".
export const UTF8_BOM = "\uFEFF";

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

/** One row of the export query (an array, in `columns`' order) as an export row with the columns in that order. */
export function exportRowOf(r, columns) {
  const row = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]] = r[i];
  row.partners = parseList(row.partners).filter((p) => typeof p === "string");
  row.facilities = parseList(row.facilities);
  // how many articles report the deal
  row.sourceCount ??= 1;
  return row;
}

function csvCell(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  // a leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const facilityText = (f) => [f.type, f.city, f.name].filter(Boolean).join(" ");

export function csvHeader(columns) {
  return `${UTF8_BOM}${columns.join(",")}\r\n`;
}

/** One deal as a CSV line (RFC 4180: CRLF, quotes doubled); lists are joined with "; ". */
export function csvLine(row, columns) {
  const cells = columns.map((c) => {
    if (c === "partners") return csvCell(row.partners.join("; "));
    if (c === "facilities") return csvCell(row.facilities.map(facilityText).join("; "));
    return csvCell(row[c]);
  });
  return `${cells.join(",")}\r\n`;
}

/** A deal as a GeoJSON feature: a point at its target country (null where the map has none). */
export function geoJsonFeature(row, centroids) {
  const point = centroids[row.targetCountry] ?? null;
  return JSON.stringify({
    type: "Feature",
    id: row.id,
    geometry: point && { type: "Point", coordinates: point },
    properties: row,
  });
}

/**
 * The text that opens an export: the CSV's header line (tools read one header), or
 * for JSON and GeoJSON an object that first says what it holds (the filter in words
 * and as a link, the time of export, the rates) and then opens its list of rows.
 */
export function exportOpening(format, meta, columns) {
  if (format === "csv") return csvHeader(columns);
  const about = {
    description: meta.description,
    filter: meta.query,
    url: meta.url,
    exportedAt: meta.exportedAt,
    rates: meta.rates,
  };
  const head = format === "geojson" ? { type: "FeatureCollection", ...about } : about;
  return `${JSON.stringify(head).slice(0, -1)},"${format === "geojson" ? "features" : "deals"}":[`;
}

export function exportBatchText(rows, format, isFirstBatch, columns, centroids = {}) {
  if (format === "csv") return rows.map((r) => csvLine(r, columns)).join("");
  const item = format === "geojson" ? (r) => geoJsonFeature(r, centroids) : (r) => JSON.stringify(r);
  return rows.map((r, i) => `${isFirstBatch && i === 0 ? "\n" : ",\n"}${item(r)}`).join("");
}

export function exportClosing(format) {
  return format === "csv" ? "" : "\n]}\n";
}
