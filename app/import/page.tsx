import type { Metadata } from "next";
import { LoginRequired } from "@/components/auth/login-required";
import { ImportForm } from "@/components/import/import-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { MAX_ARTICLE_BYTES } from "@/lib/schemas/article";
import { importArticlesAction } from "./actions";

export const metadata: Metadata = { title: "Import articles" };

export default async function ImportPage() {
  const user = await getCurrentUser();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Import articles</h1>
      <p className="text-slate-700">Deals are extracted as the articles come in. An article imported before is recognized and not stored twice.</p>
      {hasRole(user, "editor")
        ? <ImportForm action={importArticlesAction} maxMb={MAX_ARTICLE_BYTES / 1024 / 1024} />
        : <LoginRequired user={user} role="editor" doing="import articles" next="/import" />}
    </div>
  );
}
