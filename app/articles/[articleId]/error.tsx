"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function ArticleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel what="this article" error={error} reset={reset} />;
}
