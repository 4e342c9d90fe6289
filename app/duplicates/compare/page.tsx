import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { LoginRequired } from "@/components/auth/login-required";
import { MergeForm } from "@/components/duplicates/merge-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getDealById } from "@/lib/data/get-deal-by-id";
import { mergeChoicesOf } from "@/lib/deals/merge-choices";
import { countryName } from "@/lib/format";
import { recordIdSchema } from "@/lib/schemas/record-id";
import { mergeDealsAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Merge two deals" };

const paramsSchema = z.object({ keep: recordIdSchema, merge: recordIdSchema });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Any two deals side by side, for an editor who found a duplicate the matcher did not flag. */
export default async function CompareDealsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Merge two deals</h1>
        <LoginRequired user={user} role="editor" doing="merge deals" next="/duplicates" />
      </div>
    );
  }
  const parsed = paramsSchema.safeParse(await searchParams);
  const [keep, merge] =
    parsed.success && parsed.data.keep !== parsed.data.merge
      ? await Promise.all([getDealById(parsed.data.keep), getDealById(parsed.data.merge)])
      : [null, null];
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">Merge two deals</h1>
      {!keep || !merge ? (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          Give two different deal numbers that exist and are not deleted.
        </p>
      ) : (
        <>
          <p className="text-slate-700">
            Keep{" "}
            <Link href={`/deals/${keep.id}`} className="text-blue-700 underline">
              deal {keep.id}, {keep.investor} → {countryName(keep.targetCountry)}
            </Link>{" "}
            ({keep.sources.length} sources) and merge{" "}
            <Link href={`/deals/${merge.id}`} className="text-blue-700 underline">
              deal {merge.id}, {merge.investor} → {countryName(merge.targetCountry)}
            </Link>{" "}
            ({merge.sources.length} sources) into it.
          </p>
          <MergeForm
            action={mergeDealsAction}
            keepId={keep.id}
            mergeId={merge.id}
            fields={mergeChoicesOf(keep, merge)}
          />
        </>
      )}
    </div>
  );
}
