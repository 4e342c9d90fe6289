export type ChosenFile = { key: number; file: File };

type Props = { files: ChosenFile[]; errors: Record<string, string[]>; onRemove: (key: number) => void };

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The files chosen so far, each with its own optional publication date. */
export function ChosenFileList({ files, errors, onRemove }: Props) {
  if (files.length === 0) return null;
  return (
    <ul aria-label="Chosen files" className="divide-y divide-slate-200 rounded border border-slate-200">
      {files.map(({ key, file }) => {
        const id = `published-${key}`;
        const error = errors[`published:${file.name}`];
        return (
          <li key={key} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
            <span className="min-w-0 flex-1 truncate font-medium">{file.name}</span>
            <span className="text-slate-600">{size(file.size)}</span>
            <label htmlFor={id} className="sr-only">
              Publication date of {file.name}
            </label>
            <input
              id={id}
              name={`published:${file.name}`}
              type="text"
              inputMode="numeric"
              placeholder="date (optional)"
              aria-invalid={error ? true : undefined}
              className="w-36 rounded border border-slate-300 p-1"
            />
            <button
              type="button"
              onClick={() => onRemove(key)}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
            >
              Remove<span className="sr-only"> {file.name}</span>
            </button>
            {error && <p className="w-full text-red-800">{error.join("; ")}</p>}
          </li>
        );
      })}
    </ul>
  );
}
