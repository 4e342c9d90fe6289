import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRecordId } from "@/lib/schemas/record-id";
import { LoginRequired } from "@/components/auth/login-required";
import { DealForm } from "@/components/deals/deal-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getDealById } from "@/lib/data/get-deal-by-id";
import { listParam, listQueryOf } from "@/lib/deals/back-to-list";
import { toDealFormValues } from "@/lib/schemas/deal-form";
import { countryName } from "@/lib/format";
import { interpretSelectionAction, saveDealAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit deal" };

type Props = { params: Promise<{ dealId: string }>; searchParams: Promise<{ list?: string | string[] }> };

export default async function EditDealPage({ params, searchParams }: Props) {
  const id = parseRecordId((await params).dealId);
  if (id === null) notFound();
  // the list the deal was opened from travels on, so "← Deals" still returns to it after a save
  const list = listQueryOf((await searchParams).list);
  const user = await getCurrentUser();
  const deal = await getDealById(id);
  if (!deal) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/deals/${id}${listParam(list)}`} className="text-blue-700 hover:underline">
          ← Back to the deal
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        Edit: {deal.investor} → {countryName(deal.targetCountry)}
      </h1>
      {hasRole(user, "editor") ? (
        <DealForm
          action={saveDealAction.bind(null, id, list)}
          interpret={interpretSelectionAction}
          initial={toDealFormValues(deal)}
          version={deal.version}
          articles={deal.sources}
          submitLabel="Save changes"
        />
      ) : (
        <LoginRequired user={user} role="editor" doing="edit deals" next={`/deals/${id}/edit`} />
      )}
    </div>
  );
}
