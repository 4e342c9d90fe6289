import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { MAX_ARTICLE_BYTES } from "@/lib/schemas/article";
import { importArticlesAction } from "./actions";

export const metadata: Metadata = { title: "Import articles" };

export default function ImportPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Import articles</h1>
      <p className="text-slate-700">Deals are extracted as the articles come in. An article imported before is recognized and not stored twice.</p>
      <ImportForm action={importArticlesAction} maxMb={MAX_ARTICLE_BYTES / 1024 / 1024} />
    </div>
  );
}
