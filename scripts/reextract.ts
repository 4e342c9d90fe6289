// npm run reextract -- <article ids…> | --all
// Runs the current extractor over stored articles again (after the extractor improved):
// fields an editor corrected are never overwritten, new deals are added, none deleted.
import { parseArgs } from "node:util";
import { listArticleIds } from "../lib/data/get-article-source";
import { isAppError } from "../lib/errors";
import { reextractArticle } from "../lib/importer/reextract-article";

const USAGE = "usage: npm run reextract -- <article ids…> | --all";
const ACTOR = { id: null, email: null, name: "reextract" } as const;

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: "boolean" } } });
  const ids = values.all ? await listArticleIds() : positionals.map(Number);
  if ((!values.all && positionals.length === 0) || ids.some((id) => !Number.isSafeInteger(id) || id < 1)) {
    console.error(USAGE);
    process.exit(2);
  }
  const total = { updated: 0, unchanged: 0, created: 0, joined: 0, missing: 0 };
  for (const id of ids) {
    try {
      const r = await reextractArticle(id, ACTOR);
      total.updated += r.updated.length;
      total.unchanged += r.unchanged.length;
      total.created += r.created.length;
      total.joined += r.joined.length;
      console.log(
        `article ${id}: ${r.updated.length} updated, ${r.unchanged.length} unchanged, ${r.created.length} new, ${r.joined.length} joined another article's deal`,
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      total.missing++;
      console.log(`article ${id}: ${error.message}`);
    }
  }
  console.log(
    `re-extracted ${ids.length - total.missing} article(s): ${total.updated} deal(s) updated, ${total.unchanged} unchanged, ${total.created} new, ${total.joined} joined another article's deal`,
  );
  if (total.missing) process.exit(1);
}

main().catch((error) => {
  console.error(`re-extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
