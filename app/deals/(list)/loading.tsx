/** Mimics the deal list's layout while the server filters: facets, totals, rows. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading deals" className="animate-pulse space-y-4">
      <div className="h-8 w-40 rounded bg-slate-200" />
      <div className="h-4 w-2/3 rounded bg-slate-200" />
      <div className="h-28 rounded-lg bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
        <div className="hidden space-y-2 lg:block">
          {Array.from({ length: 10 }, (_, i) => (
            <div key={i} className="h-4 rounded bg-slate-200" />
          ))}
        </div>
        <div className="space-y-2">
          <div className="h-14 rounded-lg bg-slate-200" />
          {Array.from({ length: 12 }, (_, i) => (
            <div key={i} className="h-8 rounded bg-slate-200" />
          ))}
        </div>
      </div>
    </div>
  );
}
