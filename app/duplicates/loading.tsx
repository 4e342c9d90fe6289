/** Mimics the queue while it loads: a status line and two pairs. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading possible duplicates" className="animate-pulse space-y-4">
      <div className="h-8 w-56 rounded bg-slate-200" />
      <div className="h-4 w-2/3 rounded bg-slate-200" />
      <div className="h-64 rounded-lg bg-slate-200" />
      <div className="h-64 rounded-lg bg-slate-200" />
    </div>
  );
}
