import Link from "next/link";
import { countOverview } from "@/lib/data/count-overview";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const counts = await countOverview();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Investment announcements, with their sources</h1>
      <p className="max-w-2xl text-slate-700">
        Every deal here was read out of a news article: investor, target country, amount, facilities, date and status,
        each with the words in the article that support it.
      </p>
      <ul className="grid gap-4 sm:grid-cols-3">
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <Link href="/deals" className="text-lg font-medium text-blue-700 hover:underline">
            {counts.deals} deals
          </Link>
          <p className="text-sm text-slate-600">{counts.unreviewed} not reviewed yet</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <Link href="/articles" className="text-lg font-medium text-blue-700 hover:underline">
            {counts.articles} articles
          </Link>
          <p className="text-sm text-slate-600">the sources the deals come from</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <Link href="/import" className="text-lg font-medium text-blue-700 hover:underline">
            Import articles
          </Link>
          <p className="text-sm text-slate-600">upload files or paste text; deals are extracted on the way in</p>
        </li>
      </ul>
    </div>
  );
}
