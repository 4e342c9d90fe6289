export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the article" className="animate-pulse space-y-4">
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-1/3 rounded bg-slate-200" />
      <div className="h-40 rounded bg-slate-200" />
    </div>
  );
}
