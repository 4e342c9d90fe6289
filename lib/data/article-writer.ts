import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import type { ExtractedDealInput } from "../schemas/deal";
import { databaseFile, databaseUrl } from "../db/database-url";
import { WRITE_BUSY_TIMEOUT_MS } from "../db/pragmas";
import { createArticleWithDeals, type CreatedArticle, type NewArticle } from "./create-article-with-deals";
import { hasWriterWorker, threadArticleWriter } from "./article-writer-thread";
import type { MatchDeal } from "./find-match-candidates";
import { readAliases, Statements, storeArticleSql } from "./sqlite-store-article";
import { retryWhileBusy } from "./write-transaction";

/**
 * Where imported articles are stored: an article with its deals, or (on any error)
 * nothing of it. Two kinds: the batched SQLite writer below, and one transaction
 * per article through Prisma for any other database.
 */
export type ArticleWriter = {
  store(article: NewArticle, deals: ExtractedDealInput[], match?: MatchDeal): Promise<CreatedArticle>;
  close(): Promise<void>;
};

/** One Prisma transaction per article, one article at a time (SQLite has one writer; others queue anyway). */
export function prismaArticleWriter(): ArticleWriter {
  let storing: Promise<unknown> = Promise.resolve();
  return {
    store(article, deals, match) {
      const next = storing.then(() => createArticleWithDeals(article, deals, match));
      storing = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      await storing;
    },
  };
}

type Pending = {
  article: NewArticle;
  deals: ExtractedDealInput[];
  match?: MatchDeal;
  resolve: (c: CreatedArticle) => void;
  reject: (e: unknown) => void;
};

// Articles waiting to be stored are gathered for up to GATHER_MS, then written in
// transactions of at most TRANSACTION_MS (the last article may run over), so an
// editor's save or another process waits at most about that long for the lock.
const GATHER_MS = 20;
const TRANSACTION_MS = 60;
// Between two transactions the lock stays free this long: taken again at once, another
// process's busy handler (which polls every few to 25 ms) would hardly ever get it.
const TURN_MS = 25;

/**
 * Stores articles on its own better-sqlite3 connection: many per immediate
 * transaction (one commit instead of one per article), each inside a SAVEPOINT so a
 * failing article is rolled back alone and reported to its caller while the others
 * commit. Transactions are kept short and the event loop gets a turn between them.
 */
export function sqliteArticleWriter(url: string = databaseUrl()): ArticleWriter {
  const db = new Database(databaseFile(url), { fileMustExist: true, timeout: WRITE_BUSY_TIMEOUT_MS });
  // The file is in WAL mode (set after migrating; setting it here would need a lock).
  // synchronous=NORMAL: a commit is atomic and survives a crash of the process; only
  // a power cut may lose the last commits (a re-import stores them again)
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const st = new Statements(db);
  let queue: Pending[] = [];
  let running: Promise<void> | null = null;

  const writeSome = (): void => {
    db.prepare("BEGIN IMMEDIATE").run();
    const started = performance.now();
    const done: [Pending, CreatedArticle][] = [];
    const failed: [Pending, unknown][] = [];
    try {
      const aliases = readAliases(st);
      while (queue.length && (done.length + failed.length === 0 || performance.now() - started < TRANSACTION_MS)) {
        const p = queue.shift()!;
        st.get("SAVEPOINT article").run();
        try {
          done.push([p, storeArticleSql(st, p.article, p.deals, aliases, p.match)]);
          st.get("RELEASE article").run();
        } catch (error) {
          st.get("ROLLBACK TO article").run();
          st.get("RELEASE article").run();
          failed.push([p, error]);
        }
      }
      db.prepare("COMMIT").run();
    } catch (error) {
      if (db.inTransaction) db.prepare("ROLLBACK").run();
      // nothing of this transaction was kept: put its articles back for the next try
      queue = [...done.map(([p]) => p), ...failed.map(([p]) => p), ...queue];
      throw error;
    }
    for (const [p, created] of done) p.resolve(created);
    for (const [p, error] of failed) p.reject(error);
  };

  const drain = async (): Promise<void> => {
    await new Promise((r) => setTimeout(r, GATHER_MS));
    while (queue.length) {
      try {
        // waits (without holding the thread) while another process holds the lock
        await retryWhileBusy(async () => writeSome());
      } catch (error) {
        const lost = queue;
        queue = [];
        for (const p of lost) p.reject(error);
      }
      if (queue.length) await new Promise((r) => setTimeout(r, TURN_MS));
      else await nextTurn();
    }
    running = null;
  };

  return {
    store(article, deals, match) {
      return new Promise<CreatedArticle>((resolve, reject) => {
        queue.push({ article, deals, match, resolve, reject });
        running ??= drain();
      });
    },
    async close() {
      while (running) await running;
      db.close();
    },
  };
}

const globalForWriter = globalThis as unknown as { articleWriter?: { url: string; writer: ArticleWriter } };

/**
 * The process's writer for its database: for a SQLite file the batched writer, in a
 * worker thread (see article-writer-thread.ts; the app and the CLI alike) unless
 * IMPORT_WRITER=inline; through Prisma for any other database or with IMPORT_WRITER=prisma.
 */
export function articleWriter(): ArticleWriter {
  const url = databaseUrl();
  const current = globalForWriter.articleWriter;
  if (current && current.url === url) return current.writer;
  const kind = process.env.IMPORT_WRITER;
  const writer =
    !url.startsWith("file:") || kind === "prisma"
      ? prismaArticleWriter()
      : kind === "inline" || !hasWriterWorker()
        ? sqliteArticleWriter(url)
        : threadArticleWriter(url);
  globalForWriter.articleWriter = { url, writer };
  return writer;
}
