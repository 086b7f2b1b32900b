// The pure matching scorer at scale: 10,000 candidates × 1,000 targets (vacancies, programmes,
// schools), every pair scored, the best 10 per candidate kept with their Dutch reasons. No
// emulators; one Node process, one thread. Run:
//   npx tsx bench/matching-scorer.ts            (BENCH_RUNS=7 BENCH_CANDIDATES=10000 BENCH_TARGETS=1000)
// Inputs are generated with a seeded PRNG from real places (GeoNames data the scorer uses)
// within 80 km of Nijmegen, so most pairs are in reach and few are excluded by distance alone.
import {
  distanceKm,
  jobFunctions,
  phases,
  priorEducationLevels,
  programmeTypes,
  qualifications,
  rankAll,
  sectors,
  subjects,
  type MatchCandidate,
  type MatchTarget,
  type Sector,
} from '@koers/domain';
import { places } from '../domain/src/geo/coordinates-data.js';
import { prng } from '../scripts/lib/prng.js';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const candidateCount = Number(process.env.BENCH_CANDIDATES ?? 10_000);
const targetCount = Number(process.env.BENCH_TARGETS ?? 1_000);
const today = '2026-11-30';

const random = prng(20261130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items)))];
const chance = (p: number) => random() < p;
const isoDay = (offsetDays: number) => new Date(Date.parse(today) + offsetDays * 86_400_000).toISOString().slice(0, 10);

const nijmegen = { lat: 51.8425, lng: 5.8528 };
const nearby = places.filter(([, lat, lng]) => distanceKm(nijmegen, { lat, lng }) <= 80).map(([name]) => name);
// Names that are unique in the data (an ambiguous one resolves to no coordinates).
const counts = new Map<string, number>();
for (const name of nearby) counts.set(name, (counts.get(name) ?? 0) + 1);
const placeNames = nearby.filter((name) => counts.get(name) === 1);
const weightedSectors: Sector[] = ['po', 'po', 'po', 'vo', 'vo', 'vo', 'mbo', 'mbo', 'so', 'pro', 'ho'];

function candidate(index: number): MatchCandidate {
  return {
    id: `c${String(index).padStart(5, '0')}`,
    name: `Kandidaat ${index}`,
    phase: pick(phases),
    sectors: chance(0.25) ? [] : some(weightedSectors, 2).concat(pick(weightedSectors)),
    functions: chance(0.3) ? [] : [chance(0.8) ? 'teacher' : pick(jobFunctions)],
    qualifications: chance(0.4) ? [] : [pick(qualifications)],
    subjects: chance(0.35) ? [] : some(subjects, 2).concat(pick(subjects)),
    priorEducation: chance(0.15) ? null : pick(priorEducationLevels),
    place: chance(0.05) ? null : pick(placeNames),
    preferences: chance(0.2)
      ? null
      : {
          hoursPerWeek: chance(0.3) ? null : 8 + Math.floor(random() * 33),
          availableFrom: chance(0.4) ? null : isoDay(Math.floor(random() * 300)),
          maxDistanceKm: chance(0.3) ? null : pick([10, 15, 20, 25, 30, 40, 50, 75]),
        },
  };
}

function target(index: number): MatchTarget {
  const base = {
    id: `t${String(index).padStart(4, '0')}`,
    regionId: 'nijmegen',
    organisationId: `o${index % 180}`,
    organisationName: `Organisatie ${index % 180}`,
    place: pick(placeNames),
  };
  const roll = random();
  if (roll < 0.65) {
    const sector = pick(weightedSectors);
    return {
      ...base,
      kind: 'vacancy',
      title: `Vacature ${index}`,
      sector,
      subjects: sector === 'po' ? (chance(0.5) ? ['groepsleerkracht_po'] : []) : [pick(subjects)],
      jobFunction: chance(0.75) ? 'teacher' : pick(jobFunctions),
      hoursPerWeek: pick([8, 16, 20, 24, 28, 32, 36, 40]),
      lateralEntry: chance(0.5),
      closingDate: chance(0.2) ? null : isoDay(Math.floor(random() * 120) - 20),
      startDate: chance(0.3) ? null : isoDay(Math.floor(random() * 270)),
    };
  }
  if (roll < 0.9) {
    return {
      ...base,
      kind: 'programme',
      name: `Opleiding ${index}`,
      type: pick(programmeTypes),
      sectors: [],
      subjects: chance(0.5) ? [] : [pick(subjects)],
      startDates: Array.from({ length: Math.floor(random() * 4) }, () => isoDay(Math.floor(random() * 600) - 100)).sort(),
      durationMonths: pick([12, 18, 24, 48, null]),
    };
  }
  return { ...base, kind: 'school', name: `School ${index}`, sectors: some(sectors, 2).concat(pick(sectors)) };
}

const candidates = Array.from({ length: candidateCount }, (_, index) => candidate(index));
const targets = Array.from({ length: targetCount }, (_, index) => target(index));
const pairs = candidateCount * targetCount;

// Wall-clock time, and the process's CPU time (user + system): on a shared machine the wall
// clock also counts time the process waited for a core; the CPU time does not.
const times: number[] = [];
const cpuTimes: number[] = [];
let shown = 0;
let checksum = 0;
for (let run = 0; run < runs; run++) {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const results = rankAll(candidates, targets, { today, limit: 10 });
  times.push(performance.now() - started);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  shown = results.reduce((sum, row) => sum + row.length, 0);
  checksum = results.reduce((sum, row) => sum + row.reduce((rowSum, match) => rowSum + match.score + match.reasons.length, 0), 0);
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const min = (values: number[]) => Math.min(...values);

console.log(`${candidateCount} candidates × ${targetCount} targets = ${pairs.toLocaleString('en')} pairs; ${placeNames.length} places; ${runs} runs; node ${process.version}`);
console.log(`results kept: ${shown} (best 10 per candidate, with reasons); checksum ${checksum}`);
console.log('| measure | median | min | pairs per second (median) | ns per pair (median) |');
console.log('|---|---|---|---|---|');
for (const [label, values] of [
  ['wall clock', times],
  ['CPU time', cpuTimes],
] as const) {
  const m = median(values);
  console.log(`| ${label} | ${seconds(m)} | ${seconds(min(values))} | ${Math.round(pairs / (m / 1000)).toLocaleString('en')} | ${Math.round((m * 1e6) / pairs)} |`);
}
