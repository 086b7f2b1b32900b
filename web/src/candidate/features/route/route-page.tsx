// Placeholder until the page lands.
export function RoutePage() {
  return <p>RoutePage</p>;
}
