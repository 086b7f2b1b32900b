// Placeholder until the page lands.
export function ActivitiesPage() {
  return <p>ActivitiesPage</p>;
}
