// Placeholder until the page lands.
export function MessagesPage() {
  return <p>MessagesPage</p>;
}
