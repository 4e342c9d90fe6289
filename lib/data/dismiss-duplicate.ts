import { AppError } from "../errors";
import { writeTransaction } from "./write-transaction";
import type { Actor } from "./write-deal-change";

/** An editor says the two deals are different: the pair leaves the queue. */
export async function dismissDuplicate(candidateId: number, actor: Actor): Promise<void> {
  const { count } = await writeTransaction((tx) =>
    tx.duplicateCandidate.updateMany({
      where: { id: candidateId, state: "open" },
      data: { state: "dismissed", decidedAt: new Date(), decidedById: actor.id },
    }),
  );
  if (count === 0) throw new AppError("conflict", "This pair was already decided; reload the page.");
}
