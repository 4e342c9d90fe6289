import { fieldLabel, formatFieldValue } from "../deals/field-labels";
import { DEAL_FIELDS, type DealContent, type DealField } from "../schemas/deal";
import type { EvidenceSelection } from "../schemas/deal-form";
import { AppError } from "../errors";
import { contentOf, readDealState, type DealState } from "./deal-state";
import { prisma } from "./prisma";
import { writeTransaction } from "./write-transaction";
import type { DealSnapshot } from "./revision-snapshot";
import { saveEvidence } from "./save-evidence";
import { StaleVersionError, writeDealChange, type Actor } from "./write-deal-change";

/** A deleted deal keeps its history but takes no changes until the delete is undone. */
export const DELETED_READ_ONLY = "This deal is deleted: undo the delete before changing it.";

export type DealEdit = { dealId: number; expectedVersion: number; content: DealContent; evidence: EvidenceSelection[] };

/**
 * A field someone else changed since the editor opened the deal: their value and
 * the editor's, also as words (the form shows them without the country tables).
 */
export type ConflictField = {
  field: DealField;
  base: unknown;
  theirs: unknown;
  yours: unknown;
  label: string;
  theirsText: string;
  yoursText: string;
};

export type DealConflict = { currentVersion: number; current: DealContent; fields: ConflictField[] };

export type UpdateDealResult = { status: "saved"; version: number } | { status: "conflict"; conflict: DealConflict };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What changed between the version the editor started from and now. */
async function describeConflict(dealId: number, baseVersion: number, yours: DealContent): Promise<DealConflict> {
  const [state, base] = await prisma.$transaction(
    async (tx) =>
      [
        await readDealState(tx, dealId),
        await tx.revision.findFirst({
          where: { dealId, version: baseVersion },
          orderBy: { id: "desc" },
          select: { snapshot: true },
        }),
      ] as const,
  );
  const baseSnapshot: Partial<DealSnapshot> = base ? JSON.parse(base.snapshot) : {};
  const current = contentOf(state.snapshot);
  const fields = DEAL_FIELDS.filter((f) =>
    base ? !same(baseSnapshot[f], current[f]) : !same(current[f], yours[f]),
  ).map((field) => ({
    field,
    base: baseSnapshot[field] ?? null,
    theirs: current[field],
    yours: yours[field],
    label: fieldLabel(field),
    theirsText: formatFieldValue(field, current[field]),
    yoursText: formatFieldValue(field, yours[field]),
  }));
  return { currentVersion: state.version, current, fields };
}

/**
 * Saves an editor's correction of a deal, if nobody saved it since the editor loaded
 * version `expectedVersion`; otherwise nothing is written and the answer says which
 * fields changed meanwhile, so the editor can re-apply their own changes.
 */
export async function updateDeal(edit: DealEdit, actor: Actor): Promise<UpdateDealResult> {
  try {
    const version = await writeTransaction(async (tx) => {
      const before: DealState = await readDealState(tx, edit.dealId);
      if (before.deletedAt) throw new AppError("conflict", DELETED_READ_ONLY);
      if (before.version !== edit.expectedVersion) throw new StaleVersionError();
      const after: DealSnapshot = { ...before.snapshot, ...edit.content };
      const next = await writeDealChange(tx, before, { action: "update", actor, after, markEdited: true });
      await saveEvidence(tx, edit.dealId, edit.evidence);
      return next;
    });
    return { status: "saved", version };
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return { status: "conflict", conflict: await describeConflict(edit.dealId, edit.expectedVersion, edit.content) };
  }
}
