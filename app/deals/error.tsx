"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function DealsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel what="the deals" error={error} reset={reset} />;
}
