// Latency of the public offer endpoints that regions' websites call, on the Functions emulator
// with the seeded demo data: a full answer, and a revalidation with the ETag (304). Run:
//   node scripts/with-emulators.mjs --only auth,firestore,functions -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/public-offer.ts'
// The functions' base URL, project and region included (scripts/lib/emulator-config.mjs).
const functions = process.env.KOERS_FUNCTIONS_ORIGIN ?? 'http://127.0.0.1:5001/demo-koers/europe-west4';
const base = `${functions}/api/public/v1/regions/nijmegen`;
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; etag: string | null; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, etag: response.headers.get('etag'), bytes: body.byteLength };
}

console.log(`| endpoint | answer | median | p95 | body |`);
console.log('|---|---|---|---|---|');
for (const name of ['activities', 'vacancies']) {
  const url = `${base}/${name}`;
  const warm = await timed(url);
  if (warm.status !== 200 || !warm.etag) throw new Error(`${url} answered ${warm.status} without an ETag`);
  for (const [label, headers, expected] of [
    ['200 (full)', {}, 200],
    ['304 (If-None-Match)', { 'If-None-Match': warm.etag }, 304],
  ] as const) {
    const times: number[] = [];
    let bytes = 0;
    for (let round = 0; round < rounds; round++) {
      const result = await timed(url, headers);
      if (result.status !== expected) throw new Error(`${url} answered ${result.status}, expected ${expected}`);
      times.push(result.ms);
      bytes = result.bytes;
    }
    times.sort((a, b) => a - b);
    console.log(`| GET ${name} | ${label} | ${Math.round(percentile(times, 50))} ms | ${Math.round(percentile(times, 95))} ms | ${(bytes / 1024).toFixed(1)} kB |`);
  }
}
