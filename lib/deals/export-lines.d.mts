import type { ExportRow } from "../data/export-deals";

export type TextExportFormat = "csv" | "json" | "geojson";
export type ExportMeta = { description: string; query: string; url: string; exportedAt: string; rates: string };
/** [longitude, latitude] by ISO alpha-2 code. */
export type Centroids = Record<string, [number, number]>;
export declare const UTF8_BOM: string;
export declare function exportRowOf(raw: readonly unknown[], columns: readonly (keyof ExportRow)[]): ExportRow;
export declare function facilityText(f: ExportRow["facilities"][number]): string;
export declare function csvHeader(columns: readonly string[]): string;
export declare function csvLine(row: ExportRow, columns: readonly (keyof ExportRow)[]): string;
export declare function geoJsonFeature(row: ExportRow, centroids: Centroids): string;
export declare function exportOpening(format: TextExportFormat, meta: ExportMeta, columns: readonly string[]): string;
export declare function exportBatchText(
  rows: ExportRow[],
  format: TextExportFormat,
  isFirstBatch: boolean,
  columns: readonly (keyof ExportRow)[],
  centroids?: Centroids,
): string;
export declare function exportClosing(format: TextExportFormat): string;
