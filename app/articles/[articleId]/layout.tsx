import { notFound } from "next/navigation";
import { articleExists } from "@/lib/data/article-exists";
import { parseRecordId } from "@/lib/schemas/record-id";

type Props = { children: React.ReactNode; params: Promise<{ articleId: string }> };

// Checked here, outside the segment's loading.tsx: once the loading state has been
// streamed the status is 200, and a missing article must answer 404.
export default async function ArticleLayout({ children, params }: Props) {
  const id = parseRecordId((await params).articleId);
  if (id === null || !(await articleExists(id))) notFound();
  return children;
}
