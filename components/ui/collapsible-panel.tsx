/**
 * A panel that folds away on a phone (a <details> with its summary as the toggle)
 * and is always open from the `lg` breakpoint on, where it sits beside the
 * content (see .collapsible-panel in globals.css). No script: it works as soon
 * as the HTML arrives.
 */
export function CollapsiblePanel({
  title,
  children,
  className = "",
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <details className={`collapsible-panel ${className}`}>
      <summary className="cursor-pointer rounded border border-slate-300 bg-white px-3 py-2 font-medium lg:hidden">
        {title}
      </summary>
      <div className="mt-3 lg:mt-0">{children}</div>
    </details>
  );
}
