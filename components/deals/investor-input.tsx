"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The investor filter's text box, with names from the database suggested while
 * typing (a native datalist, so keyboard and screen readers work as usual). The
 * form around it still submits without JavaScript.
 */
export function InvestorInput({ defaultValue }: { defaultValue: string }) {
  const [value, setValue] = useState(defaultValue);
  const [options, setOptions] = useState<string[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const prefix = value.trim();
    if (prefix.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/deals/investors?prefix=${encodeURIComponent(prefix)}`).catch(() => null);
      if (!res?.ok || ticket !== latest.current) return;
      const body = (await res.json()) as { investors: string[] };
      setOptions(body.investors);
    }, 150);
    return () => clearTimeout(timer);
  }, [value]);

  return (
    <>
      <input
        id="filter-investor"
        name="investor"
        type="text"
        list="investor-suggestions"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="w-full rounded border border-slate-300 px-2 py-1"
      />
      <datalist id="investor-suggestions">
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}
