import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Job, JobResult, ResultMessage } from "./jobs";

/** A job that ran past its time budget; its worker was stopped. */
export class TimeBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`took longer than ${budgetMs / 1000} s`);
    this.name = "TimeBudgetError";
  }
}

type Pending = { id: number; job: Job; budgetMs: number; resolve: (v: unknown) => void; reject: (e: Error) => void };
/** A worker and the jobs sent to it, in order: the first is running (its budget timer set), the others wait in the worker. */
type Slot = { worker: Worker; jobs: Pending[]; timer: NodeJS.Timeout | null };

// Jobs handed to a worker at once. With two, a worker starts its next job the moment it
// finishes one, instead of idling until the main thread (busy storing a batch, say) reads
// its answer and sends the next: in a bulk import that idling halved the worker's output.
const DEPTH = 2;

// Resolved from the working directory rather than import.meta.url: Next bundles this
// module, but `next start`, the CLI and vitest all run from the project's root. The
// path is built at run time so the bundler leaves the worker (and tsx) alone.
const WORKER_PATH = ["lib", "importer", "worker", "extraction-worker.mjs"];
const workerFile = () => path.resolve(/* turbopackIgnore: true */ process.cwd(), ...WORKER_PATH);

/**
 * Worker threads that convert and extract articles, so a long article never blocks
 * the thread that answers requests (or stores the previous article). Each job has a
 * time budget, counted from when its worker is known to start it (when the job before
 * it answered): past it, its worker is terminated (even inside a runaway regex) and
 * replaced, the job fails with TimeBudgetError and the jobs queued behind it in that
 * worker go back to the front of the queue.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {}

  run<J extends Job>(job: J, budgetMs: number): Promise<JobResult<J>> {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, budgetMs, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; pending jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("the extraction pool was closed"));
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const p of s.jobs.splice(0)) p.reject(new Error("the extraction pool was closed"));
        return s.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length) {
      // an idle worker first, then a new one, then one with room in its queue
      let slot = this.slots.find((s) => s.jobs.length === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < DEPTH);
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.jobs.push(pending);
      if (slot.jobs.length === 1) this.startTimer(slot);
      slot.worker.ref();
      slot.worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  private startTimer(slot: Slot): void {
    const head = slot.jobs[0];
    slot.timer = head ? setTimeout(() => this.expire(slot), head.budgetMs) : null;
  }

  private spawn(): Slot {
    const worker = new Worker(/* turbopackIgnore: true */ workerFile());
    const slot: Slot = { worker, jobs: [], timer: null };
    worker.on("message", (msg: ResultMessage | { ready: true }) => {
      if (!("id" in msg)) return;
      const at = slot.jobs.findIndex((j) => j.id === msg.id);
      if (at < 0) return;
      // the worker answers in order (serve-jobs.ts); should one ever come early, it is still its job's answer
      const [done] = slot.jobs.splice(at, 1);
      if (at === 0) {
        if (slot.timer) clearTimeout(slot.timer);
        this.startTimer(slot);
      }
      if (!slot.jobs.length) worker.unref(); // an idle worker must not keep a CLI process alive
      if (msg.ok) done.resolve(msg.value);
      else done.reject(new Error(msg.message));
      this.dispatch();
    });
    const fail = (error: Error) => {
      this.remove(slot);
      this.stop(slot)?.reject(error);
      this.dispatch();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (slot.jobs.length) fail(new Error(`the extraction worker stopped (exit code ${code})`));
      else this.remove(slot);
    });
    this.slots.push(slot);
    return slot;
  }

  /** Empties a slot that is being stopped: the jobs behind the running one go back to the front of the queue; returns the running one. */
  private stop(slot: Slot): Pending | undefined {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const [head, ...waiting] = slot.jobs.splice(0);
    this.queue.unshift(...waiting);
    return head;
  }

  private expire(slot: Slot): void {
    const job = this.stop(slot);
    if (!job) return;
    this.remove(slot);
    void slot.worker.terminate();
    job.reject(new TimeBudgetError(job.budgetMs));
    this.dispatch();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}

/** The time one article may take to convert or to extract (IMPORT_TIME_BUDGET_MS, default 20 s). */
export function timeBudgetMs(): number {
  const fromEnv = Number(process.env.IMPORT_TIME_BUDGET_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 20_000;
}

/** One core less than the machine has (at least one, at most four): the main thread keeps a core for requests and storage. */
export function defaultPoolSize(): number {
  const fromEnv = Number(process.env.IMPORT_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

const globalForPool = globalThis as unknown as { extractionPool?: ExtractionPool };

/** The process's shared pool, created on first use (one per process, also across Next's module reloads). */
export function extractionPool(): ExtractionPool {
  globalForPool.extractionPool ??= new ExtractionPool(defaultPoolSize());
  return globalForPool.extractionPool;
}

/** Starts the shared pool's worker now, so the first import does not wait for it (called when the server starts). */
export function warmExtractionPool(): void {
  extractionPool()
    .run({ type: "prepare", input: { kind: "text", text: "warm-up" } }, 120_000)
    .catch((error) => {
      console.error("the extraction worker did not start:", error);
    });
}
