import fs from "node:fs";
import path from "node:path";
import { ARTICLE_EXTENSIONS } from "../schemas/article";
import { importArticle, type ImportOptions, type ImportOutcome } from "./import-article";

/** Every article file named, folders searched recursively, in a stable order. */
export function listArticleFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return missing.push(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        const child = path.join(p, name);
        const isArticle = (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
        if (fs.statSync(child).isDirectory() || isArticle) walk(child);
      }
    } else {
      files.push(p);
    }
  };
  paths.forEach(walk);
  return { files, missing };
}

export async function importFile(file: string, options: ImportOptions): Promise<ImportOutcome> {
  const bytes = fs.readFileSync(file);
  return importArticle({ kind: "file", fileName: path.basename(file), bytes }, { ...options, source: options.source ?? file });
}
