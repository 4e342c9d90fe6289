import type { ExtractedDealInput } from "../../schemas/deal";
import type { ArticleInput, Prepared } from "../prepare-article";

/** Work a worker thread does: everything between bytes and records that costs CPU. */
export type Job =
  { type: "prepare"; input: ArticleInput } | { type: "extract"; text: string; published: string | null };

export type JobResult<J extends Job> = J extends { type: "prepare" }
  ? Prepared
  : { deals: ExtractedDealInput[]; skipped: number };

export type JobMessage = { id: number; job: Job };
export type ResultMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
