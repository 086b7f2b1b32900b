// Placeholder until the page lands.
export function HelpersPage() {
  return <p>HelpersPage</p>;
}
