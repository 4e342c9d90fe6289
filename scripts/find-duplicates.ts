// npm run duplicates:find
// Puts possible duplicates among the stored deals into the editors' queue (/duplicates),
// for deals imported before reports of one deal were matched. Merges nothing.
import { queueStoredDuplicates } from "../lib/data/queue-stored-duplicates";
import { scoreMatch } from "../lib/matching/match-score";

async function main() {
  const { compared, queued } = await queueStoredDuplicates(scoreMatch);
  console.log(`compared ${compared} pair(s) of deals; ${queued} new possible duplicate(s) in the queue at /duplicates`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
