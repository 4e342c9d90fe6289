import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Prisma } from "../generated/prisma/client";
import { databaseFile } from "../db/database-url";
import { readRows } from "./read-connection";

// Worker threads run the aggregate queries, one after another per lane: "scan" for the
// full summaries (a second or more at a million deals), "count" for the quick counts
// of the API's pages, which must not queue behind a scan. Where the worker file is
// missing (a bundle without it) the queries run on the request's thread as before.
// One query at a time is sent to a worker, so that a first computation (a reader is
// waiting for it) goes before refreshes of figures that are shown meanwhile.
type Pending = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void };
type Queued = { id: number; message: unknown; isRefresh: boolean };
type ReadWorker = { worker: Worker; pending: Map<number, Pending>; nextId: number; queue: Queued[]; isBusy: boolean };

function sendNext(state: ReadWorker): void {
  if (state.isBusy) return;
  const i = state.queue.findIndex((q) => !q.isRefresh);
  const [next] = state.queue.splice(i === -1 ? 0 : i, 1);
  if (!next) return;
  state.isBusy = true;
  state.worker.postMessage(next.message);
}

const WORKER_FILE = path.join(process.cwd(), "lib", "data", "read-worker.mjs");
export type ReadLane = "scan" | "count";
const globalForWorker = globalThis as unknown as { readWorkers?: Partial<Record<ReadLane, ReadWorker | null>> };

function startWorker(lane: ReadLane): ReadWorker | null {
  if (!fs.existsSync(WORKER_FILE)) return null;
  const state: ReadWorker = {
    worker: new Worker(WORKER_FILE),
    pending: new Map(),
    nextId: 1,
    queue: [],
    isBusy: false,
  };
  state.worker.unref();
  state.worker.on("message", (m: { id: number; rows?: unknown[]; error?: string }) => {
    const p = state.pending.get(m.id);
    state.pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.rows ?? []);
    state.isBusy = false;
    sendNext(state);
  });
  const fail = (error: Error) => {
    for (const p of state.pending.values()) p.reject(error);
    state.pending.clear();
    state.queue = [];
    // the next query starts a fresh worker
    const workers = (globalForWorker.readWorkers ??= {});
    if (workers[lane] === state) delete workers[lane];
  };
  state.worker.on("error", fail);
  state.worker.on("exit", (code) => fail(new Error(`the read worker stopped (exit ${code})`)));
  return state;
}

function readWorker(lane: ReadLane): ReadWorker | null {
  const workers = (globalForWorker.readWorkers ??= {});
  if (workers[lane] === undefined) workers[lane] = startWorker(lane);
  return workers[lane] ?? null;
}

/**
 * The rows of a read query, computed on the worker thread (or here, without one).
 * A refresh (`isRefresh`) waits until no first computation is queued.
 */
export function readRowsOffThread<T>(
  query: Prisma.Sql,
  lane: ReadLane = "scan",
  options: { isRefresh?: boolean } = {},
): Promise<T[]> {
  const state = readWorker(lane);
  if (!state) return Promise.resolve(readRows<T>(query));
  const id = state.nextId++;
  return new Promise<T[]>((resolve, reject) => {
    state.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
    state.queue.push({
      id,
      message: { id, file: databaseFile(), sql: query.sql, values: query.values },
      isRefresh: options.isRefresh === true,
    });
    sendNext(state);
  });
}
