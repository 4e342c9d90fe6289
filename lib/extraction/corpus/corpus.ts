/**
 * The project's own corpus of real news articles with gold records (lib/extraction/corpus/articles),
 * split once, by a hash of each article's id, into a tuning part and a held-out part. Rules are
 * written against tuning errors only; the held-out score is the one that says how the engine does
 * on news it has never seen.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { GoldArticle } from "./score";

export const CORPUS_DIR = path.join(__dirname, "articles");
export type CorpusPart = "tune" | "heldout";

/** 6 of 16 hash buckets (37.5 %) are held out; fixed forever so no article changes side. */
export function corpusPart(id: string): CorpusPart {
  const bucket = parseInt(createHash("sha256").update(`corpus-split-v1:${id}`).digest("hex")[0], 16);
  return bucket < 6 ? "heldout" : "tune";
}

export function loadCorpus(dir = CORPUS_DIR): GoldArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as GoldArticle);
}
