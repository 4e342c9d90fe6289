import type { DealContent } from "../schemas/deal";

/** What a revision records of a deal: its content plus its review and deletion state. */
export type DealSnapshot = DealContent & { reviewState: string; deleted: boolean };

export type FieldChange = { from: unknown; to: unknown };
export type FieldChanges = Record<string, FieldChange>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose values differ between two snapshots, each from → to. */
export function diffSnapshots(before: Partial<DealSnapshot> | null, after: DealSnapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof DealSnapshot)[]) {
    const from = before ? (before[key] ?? null) : null;
    const to = after[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return changes;
}
