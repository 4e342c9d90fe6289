import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRecordId } from "@/lib/schemas/record-id";
import { interpretSelectionAction } from "@/app/deals/[dealId]/edit/actions";
import { LoginRequired } from "@/components/auth/login-required";
import { DealForm } from "@/components/deals/deal-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getArticleById } from "@/lib/data/get-article-by-id";
import { EMPTY_DEAL_FORM } from "@/lib/schemas/deal-form";
import { createDealAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a missed deal" };

type Props = { params: Promise<{ articleId: string }> };

export default async function NewDealPage({ params }: Props) {
  const id = parseRecordId((await params).articleId);
  if (id === null) notFound();
  const user = await getCurrentUser();
  const article = await getArticleById(id);
  if (!article) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/articles/${id}`} className="text-blue-700 hover:underline">
          ← Back to the article
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Add a deal the extractor missed</h1>
      {hasRole(user, "editor") ? (
        <DealForm
          action={createDealAction.bind(null, id)}
          interpret={interpretSelectionAction}
          initial={EMPTY_DEAL_FORM}
          version={1}
          articles={[{ ...article, evidence: [] }]}
          submitLabel="Add deal"
        />
      ) : (
        <LoginRequired user={user} role="editor" doing="add deals" next={`/articles/${id}/deals/new`} />
      )}
    </div>
  );
}
