import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>
        Nothing lives at this address.{" "}
        <Link href="/" className="text-blue-700 underline">
          Go to the start page
        </Link>
        .
      </p>
    </div>
  );
}
