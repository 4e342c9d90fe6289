import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Article not found</h1>
      <p>
        There is no article with this number.{" "}
        <Link href="/articles" className="text-blue-700 underline">
          See all articles
        </Link>
        .
      </p>
    </div>
  );
}
