/** A field's messages, referenced from the input by aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {messages.join("; ")}
    </p>
  );
}
