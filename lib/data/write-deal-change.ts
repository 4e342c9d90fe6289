import type { SessionUser } from "../schemas/user";
import { DEAL_FIELDS } from "../schemas/deal";
import { contentColumns, contentOf, facilityRows, type DealState, type Tx } from "./deal-state";
import { diffSnapshots, type DealSnapshot, type FieldChanges } from "./revision-snapshot";
import { deleteSearchRow, writeSearchRow } from "./search-index";

export type RevisionAction =
  | "update"
  | "verify"
  | "reject"
  | "reopen"
  | "delete"
  | "undelete"
  | "restore"
  | "reextract"
  // an article joined the deal as a further source; editors merged, split or undid one
  | "source"
  | "merge"
  | "split"
  | "unmerge"
  | "unsplit";

/** Who makes a change: a logged-in user, or a named process ("importer", "cli"). */
export type Actor = Pick<SessionUser, "id" | "email"> | { id: null; email: null; name: string };

/** Thrown inside a transaction when the row's version moved on since it was read. */
export class StaleVersionError extends Error {
  constructor() {
    super("the deal changed since it was read");
  }
}

export type DealChange = {
  action: RevisionAction;
  actor: Actor;
  after: DealSnapshot;
  // fields an editor set by hand: re-extraction leaves them alone from now on
  markEdited?: boolean;
  // changes that are not fields, e.g. { sources: { from: [1], to: [1, 7] } }
  extraChanges?: FieldChanges;
  // the merge or split this change is part of
  linkChangeId?: number;
};

/**
 * The one way a deal changes after import: the row is updated only if its version is
 * still the one read (UPDATE … WHERE id = ? AND version = ?), facilities are replaced,
 * a revision records who changed which field from what to what, and the search index
 * follows. Call inside a transaction; returns the new version.
 */
export async function writeDealChange(tx: Tx, before: DealState, change: DealChange): Promise<number> {
  const { after, actor } = change;
  const changes = { ...diffSnapshots(before.snapshot, after), ...change.extraChanges };
  const changedFields = DEAL_FIELDS.filter((f) => f in changes);
  const edited = change.markEdited ? [...new Set([...before.editedFields, ...changedFields])] : before.editedFields;
  const version = before.version + 1;
  const { count } = await tx.deal.updateMany({
    where: { id: before.id, version: before.version },
    data: {
      ...contentColumns(contentOf(after)),
      reviewState: after.reviewState,
      deletedAt: after.deleted ? (before.deletedAt ?? new Date()) : null,
      editedFields: JSON.stringify(edited),
      version,
    },
  });
  if (count === 0) throw new StaleVersionError();
  if (changedFields.includes("facilities")) {
    await tx.facility.deleteMany({ where: { dealId: before.id } });
    await tx.facility.createMany({ data: facilityRows(after).map((f) => ({ ...f, dealId: before.id })) });
  }
  await tx.revision.create({
    data: {
      dealId: before.id,
      userId: actor.id,
      actor: actor.id === null ? actor.name : actor.email,
      action: change.action,
      changes: JSON.stringify(changes),
      snapshot: JSON.stringify(after),
      version,
      linkChangeId: change.linkChangeId ?? null,
    },
  });
  // A deleted deal leaves the search index; undoing the delete puts it back.
  if (after.deleted) await deleteSearchRow(tx, before.id);
  else await writeSearchRow(tx, before.id, after, before.articleText);
  return version;
}
