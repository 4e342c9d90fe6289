import type { Metadata } from "next";
import { LoginRequired } from "@/components/auth/login-required";
import { ImportForm } from "@/components/import/import-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, MAX_REQUEST_BYTES } from "@/lib/schemas/article";
import { importArticlesAction } from "./actions";

export const metadata: Metadata = { title: "Import articles" };

export default async function ImportPage() {
  const user = await getCurrentUser();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Import articles</h1>
      <p className="text-slate-700">
        Saved news pages, PDFs, Word files, plain text and links. Deals are extracted as the articles come in; each
        article&rsquo;s title and publication date are read from the page or text. An article imported before is
        recognized and not stored twice.
      </p>
      {hasRole(user, "editor") ? (
        <ImportForm
          action={importArticlesAction}
          limits={{ maxFileBytes: MAX_FILE_BYTES, maxRequestBytes: MAX_REQUEST_BYTES, maxFiles: MAX_FILES_PER_REQUEST }}
        />
      ) : (
        <LoginRequired user={user} role="editor" doing="import articles" next="/import" />
      )}
    </div>
  );
}
