import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { dealExists } from "@/lib/data/deal-exists";
import { parseRecordId } from "@/lib/schemas/record-id";

type Props = { children: React.ReactNode; params: Promise<{ dealId: string }> };

// Checked here, outside the segment's loading.tsx: once the loading state has been
// streamed the status is 200, and a missing deal must answer 404.
export default async function DealLayout({ children, params }: Props) {
  const id = parseRecordId((await params).dealId);
  // editors still see a deleted deal, to undo the delete; everyone else gets 404
  if (id === null || !(await dealExists(id, { includeDeleted: hasRole(await getCurrentUser(), "editor") }))) notFound();
  return children;
}
