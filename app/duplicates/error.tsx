"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function DuplicatesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel what="the possible duplicates" error={error} reset={reset} />;
}
