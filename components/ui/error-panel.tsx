"use client";

/** What a user sees when a page fails unexpectedly: what happened and a way on. */
export function ErrorPanel({
  what,
  error,
  reset,
}: {
  what: string;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <h1 className="text-xl font-semibold text-red-900">Could not load {what}</h1>
      <p className="text-red-900">
        Something went wrong on the server{error.digest ? ` (reference ${error.digest})` : ""}. The error was logged.
        Try again, or come back later.
      </p>
      <button type="button" onClick={reset} className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800">
        Try again
      </button>
    </div>
  );
}
