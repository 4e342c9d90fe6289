"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel what="this page" error={error} reset={reset} />;
}
