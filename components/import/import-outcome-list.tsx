import Link from "next/link";
import type { ImportOutcome } from "@/lib/importer/import-article";
import type { DateOrigin } from "@/lib/schemas/article";

const DATE_ORIGIN: Record<DateOrigin, string> = {
  given: "as given",
  page: "from the page",
  text: "from the text",
  default: "the upload's default",
};

export function ImportOutcomeList({ outcomes }: { outcomes: ImportOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="outcome-heading" aria-live="polite" className="space-y-2">
      <h2 id="outcome-heading" className="text-lg font-semibold">
        What happened
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {outcomes.map((o, i) => (
          <li key={`${o.label}-${i}`} className="px-4 py-3">
            <span className="font-medium">{o.label}</span>:{" "}
            {o.status === "imported" && (
              <>
                imported with{" "}
                <Link href={`/articles/${o.articleId}`} className="text-blue-700 underline">
                  {o.dealIds.length} deal{o.dealIds.length === 1 ? "" : "s"}
                </Link>
                <span className="block text-sm text-slate-700">
                  {o.title ? <>“{o.title}”, </> : null}
                  {o.published && o.publishedFrom ? (
                    <>
                      published {o.published} ({DATE_ORIGIN[o.publishedFrom]})
                    </>
                  ) : (
                    <>no publication date found</>
                  )}
                </span>
              </>
            )}
            {o.status === "duplicate" && (
              <>
                already imported —{" "}
                <Link href={`/articles/${o.articleId}`} className="text-blue-700 underline">
                  see the article
                </Link>
              </>
            )}
            {o.status === "refused" && <span className="text-red-800">refused: {o.reason}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
