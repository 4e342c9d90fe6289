import type { ExportRow } from "../data/export-deals";

export type ExportFormat = "csv" | "json";
export declare const CSV_COLUMNS: readonly (keyof ExportRow)[];
export declare function exportRowOf(raw: readonly unknown[]): ExportRow;
export declare function csvHeader(): string;
export declare function csvLine(row: ExportRow): string;
export declare function exportOpening(format: ExportFormat): string;
export declare function exportBatchText(rows: ExportRow[], format: ExportFormat, isFirstBatch: boolean): string;
export declare function exportClosing(format: ExportFormat): string;
