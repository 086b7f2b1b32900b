// Adds N generated candidates (dossiers + index entries) to one region of the seeded emulators
// and recounts its aggregates, for benchmarks at production scale. Deterministic per N.
import { candidateSchema, candidateSources, phases, sectors, subjects, toCandidateIndexEntry, type Candidate, type CandidateStatus } from '@koers/domain';
import { faker } from '@faker-js/faker/locale/nl';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { recomputeRegionAggregates } from '../../functions/src/aggregates/recompute.js';
import { emulatorTarget, withTriggersPaused } from '../../scripts/seed/emulators.js';

const day = 24 * 60 * 60 * 1000;

export async function addLargeRegion(regionId: string, count: number, ownerUids: string[]): Promise<void> {
  const target = emulatorTarget();
  const app = getApps()[0] ?? initializeApp({ projectId: target.projectId });
  const db = getFirestore(app);
  faker.seed(count);
  const now = Date.now();
  await withTriggersPaused(target, async () => {
    const writer = db.bulkWriter();
    for (let i = 0; i < count; i++) {
      const first = faker.person.firstName();
      const last = faker.person.lastName();
      const statusRoll = faker.number.int(100);
      const status: CandidateStatus = statusRoll < 80 ? 'active' : statusRoll < 88 ? 'started' : statusRoll < 95 ? 'exited' : 'paused';
      const created = new Date(now - faker.number.int({ min: 10, max: 700 }) * day);
      const candidate: Candidate = candidateSchema.parse({
        name: `${first} ${last}`,
        email: `bench${i}.${faker.internet.username({ firstName: first, lastName: last }).toLowerCase().replace(/[^a-z0-9._-]/g, '')}@example.nl`,
        phone: `06${faker.string.numeric(8)}`,
        linkedin: null,
        birthDate: null,
        address: null,
        postcode: `${faker.number.int({ min: 6500, max: 6599 })} ${faker.string.alpha({ length: 2, casing: 'upper' })}`,
        place: faker.helpers.arrayElement(['Nijmegen', 'Wijchen', 'Beuningen', 'Druten', 'Heumen', 'Groesbeek']),
        motivation: null,
        sectors: faker.helpers.arrayElements(sectors, { min: 1, max: 2 }),
        functions: ['teacher'],
        qualifications: [],
        subjects: faker.helpers.arrayElements(subjects, { min: 0, max: 2 }),
        priorEducation: 'hbo_bachelor',
        phase: faker.helpers.arrayElement(phases),
        status,
        phaseSince: new Date(created.getTime() + faker.number.int({ min: 0, max: 5 }) * day),
        exitReason: status === 'exited' ? 'other' : null,
        ownerUid: faker.helpers.arrayElement(ownerUids),
        homeRegionId: regionId,
        regionIds: [regionId],
        consent: { privacy: true, retainAfterProcess: false, givenAt: created, withdrawnAt: null, source: 'intake_form', shareWithOrganisations: true },
        source: faker.helpers.arrayElement(candidateSources),
        tags: [],
        bottlenecks: [],
        customFields: {},
        notes: null,
        lastContactAt: faker.datatype.boolean(0.9) ? new Date(now - faker.number.int({ min: 0, max: 90 }) * day) : null,
        authUid: null,
        introducedOrganisationIds: [],
        createdAt: created,
        createdBy: 'bench',
        updatedAt: created,
        updatedBy: 'bench',
      });
      const id = `bench-${String(i).padStart(5, '0')}`;
      void writer.set(db.doc(`candidates/${id}`), candidate);
      void writer.set(db.doc(`regions/${regionId}/candidateIndex/${id}`), toCandidateIndexEntry(candidate));
    }
    await writer.close();
    // The triggers are paused, so the region's aggregates are recounted as the recompute command would.
    await recomputeRegionAggregates(db, regionId, new Date());
  });
}
