import type { Metadata } from "next";
import { LoginRequired } from "@/components/auth/login-required";
import { DuplicatePair } from "@/components/duplicates/duplicate-pair";
import { InvestorAliasForm } from "@/components/duplicates/investor-alias-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listInvestorAliases } from "@/lib/data/investor-aliases";
import { listDuplicateCandidates } from "@/lib/data/list-duplicate-candidates";
import { addInvestorAliasAction, dismissDuplicateAction, mergeDealsAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Possible duplicates" };

type Props = { searchParams: Promise<{ done?: string; deal?: string }> };

const DONE: Record<string, string> = { merged: "Merged.", dismissed: "Kept as two deals." };

export default async function DuplicatesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Possible duplicates</h1>
        <LoginRequired user={user} role="editor" doing="decide on duplicates" next="/duplicates" />
      </div>
    );
  }
  const { done } = await searchParams;
  const [{ items, total }, aliases] = await Promise.all([listDuplicateCandidates(), listInvestorAliases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Possible duplicates</h1>
      <p role="status" className="text-slate-700">
        {done && DONE[done] && <strong className="mr-1 font-medium text-slate-900">{DONE[done]}</strong>}
        {total} {total === 1 ? "pair" : "pairs"} of deals that may report the same commitment, most likely first.
      </p>
      {items.length === 0 ? (
        <p className="rounded-lg border border-green-300 bg-green-50 p-4">Nothing to decide.</p>
      ) : (
        items.map((pair) => (
          <DuplicatePair
            key={pair.id}
            pair={pair}
            mergeAction={mergeDealsAction}
            dismissAction={dismissDuplicateAction}
          />
        ))
      )}
      <section aria-labelledby="aliases-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="aliases-heading" className="text-lg font-semibold">
          Investor aliases
        </h2>
        <p className="text-sm text-slate-600">Names the matcher treats as one investor when articles come in.</p>
        {aliases.length > 0 && (
          <ul className="text-sm">
            {aliases.map((a) => (
              <li key={a.id}>
                {a.alias} = {a.canonical}
              </li>
            ))}
          </ul>
        )}
        <InvestorAliasForm action={addInvestorAliasAction} />
      </section>
    </div>
  );
}
