import { AppError } from "../errors";
import { investorKey } from "../matching/investor-name";
import { prisma } from "./prisma";
import { writeTransaction } from "./write-transaction";
import type { Actor } from "./write-deal-change";

export type InvestorAliasDto = { id: number; alias: string; canonical: string };

/** Records that `alias` names the same investor as `canonical`; matching uses it from the next import on. */
export async function addInvestorAlias(alias: string, canonical: string, actor: Actor): Promise<InvestorAliasDto> {
  const aliasKey = investorKey(alias);
  const canonicalKey = investorKey(canonical);
  if (!aliasKey || !canonicalKey) throw new AppError("invalid_input", "Give both names.", { alias: ["give a name"] });
  if (aliasKey === canonicalKey)
    throw new AppError("invalid_input", "The two names are already the same to the matcher.", {
      alias: ["already the same name"],
    });
  return writeTransaction((tx) =>
    tx.investorAlias.upsert({
      where: { aliasKey },
      create: { aliasKey, canonicalKey, alias, canonical, createdById: actor.id },
      update: { canonicalKey, alias, canonical, createdById: actor.id },
      select: { id: true, alias: true, canonical: true },
    }),
  );
}

export async function listInvestorAliases(): Promise<InvestorAliasDto[]> {
  return prisma.investorAlias.findMany({
    orderBy: { canonical: "asc" },
    select: { id: true, alias: true, canonical: true },
  });
}
