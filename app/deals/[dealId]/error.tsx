"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function DealError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel what="this deal" error={error} reset={reset} />;
}
