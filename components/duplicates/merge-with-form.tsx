/** On a deal's page: go to the side-by-side merge of this deal and another one. A plain GET form, no JavaScript needed. */
export function MergeWithForm({ dealId }: { dealId: number }) {
  return (
    <form action="/duplicates/compare" method="get" className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="keep" value={dealId} />
      <label className="flex flex-col gap-1">
        <span>Merge another deal into this one: deal number</span>
        <input name="merge" type="number" min={1} required className="w-32 rounded border border-slate-300 px-2 py-1" />
      </label>
      <button
        type="submit"
        className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
      >
        Compare
      </button>
    </form>
  );
}
