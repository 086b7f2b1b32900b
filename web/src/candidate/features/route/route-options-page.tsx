// Placeholder until the page lands.
export function RouteOptionsPage() {
  return <p>RouteOptionsPage</p>;
}
