export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading the deal" className="animate-pulse space-y-4">
      <div className="h-8 w-1/2 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="h-80 rounded bg-slate-200 lg:col-span-2" />
        <div className="h-80 rounded bg-slate-200 lg:col-span-3" />
      </div>
    </div>
  );
}
