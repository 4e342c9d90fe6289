import Link from "next/link";
import type { AppError } from "@/lib/errors";

/** A filter in the URL that cannot be read: say which parameter and why, and offer a way out. */
export function InvalidQuery({ error }: { error: AppError }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h1 className="text-xl font-semibold">This filter cannot be shown</h1>
      <p>{error.message}</p>
      {error.fieldErrors && (
        <ul className="list-inside list-disc text-sm">
          {Object.entries(error.fieldErrors).map(([name, messages]) => (
            <li key={name}>
              <code>{name}</code>: {messages.join("; ")}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/deals" className="text-blue-700 underline">
          Show all deals
        </Link>
        , or go back and change the filter.
      </p>
    </div>
  );
}
