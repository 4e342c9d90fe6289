import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Deal not found</h1>
      <p>
        There is no deal with this number, or it was deleted.{" "}
        <Link href="/deals" className="text-blue-700 underline">
          Back to the deals
        </Link>
        .
      </p>
    </div>
  );
}
