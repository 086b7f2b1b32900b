// Placeholder until the page lands.
export function MyDataPage() {
  return <p>MyDataPage</p>;
}
