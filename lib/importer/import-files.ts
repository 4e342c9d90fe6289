import fs from "node:fs";
import path from "node:path";
import { ARTICLE_EXTENSIONS } from "../schemas/article";
import { importArticle, type ImportOptions, type ImportOutcome } from "./import-article";

export type ArticleFileList = {
  files: string[];
  missing: string[];
  /** files in the folders that are no article type, by extension, so the CLI can say what it left out */
  skipped: Map<string, number>;
};

const isArticleFile = (name: string) =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());

/** Every article file named, folders searched recursively, in a stable order. */
export function listArticleFiles(paths: string[]): ArticleFileList {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped = new Map<string, number>();
  const walk = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return missing.push(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const child = path.join(p, entry.name);
        if (entry.isDirectory() || isArticleFile(entry.name)) walk(child);
        else if (!entry.name.startsWith(".")) {
          const ext = path.extname(entry.name).toLowerCase() || "(no extension)";
          skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
        }
      }
    } else {
      files.push(p);
    }
  };
  paths.forEach(walk);
  return { files, missing, skipped };
}

/** Imports one file from disk; its path is the source unless a source or the page's canonical URL says otherwise. */
export async function importFile(file: string, options: ImportOptions): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return {
      status: "refused",
      label: path.basename(file),
      reason: `the file could not be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    };
  }
  return importArticle({ kind: "file", fileName: path.basename(file), bytes }, { ...options, fallbackSource: file });
}
