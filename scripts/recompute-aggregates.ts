// Recounts region aggregates from their source documents (backfill and repair), then the
// cross-region figures:
//   npm run aggregates:recompute -- --region <id> [--region <id> …] | --all  [--project <id>]
// Against the emulator when FIRESTORE_EMULATOR_HOST is set; otherwise against the real
// project given with --project, with application default credentials
// (`gcloud auth application-default login`). Prints ids and counts only.
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { slugPattern } from '@koers/domain';
import { rebuildCrossRegionAggregates } from '../functions/src/aggregates/cross-region.js';
import { recomputeRegionAggregates } from '../functions/src/aggregates/recompute.js';

const usage = 'usage: npm run aggregates:recompute -- (--region <id> [--region <id> …] | --all) [--project <id>]';

interface RecomputeArgs {
  regionIds: string[];
  all: boolean;
  projectId: string | null;
}

function parseArgs(argv: readonly string[]): RecomputeArgs {
  const args: RecomputeArgs = { regionIds: [], all: false, projectId: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (!next || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--all') args.all = true;
    else if (arg === '--region') {
      const regionId = value();
      if (!slugPattern.test(regionId)) throw new Error(`not a region id: ${regionId}`);
      args.regionIds.push(regionId);
    } else if (arg === '--project') args.projectId = value();
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (args.all && args.regionIds.length > 0) throw new Error('give --region or --all, not both');
  if (!args.all && args.regionIds.length === 0) throw new Error('give --region <id> or --all');
  return args;
}

async function main(): Promise<void> {
  let args: RecomputeArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const emulator = process.env.FIRESTORE_EMULATOR_HOST;
  const projectId = args.projectId ?? (emulator ? (process.env.GCLOUD_PROJECT ?? 'demo-koers') : null);
  if (!projectId) {
    console.error(`FIRESTORE_EMULATOR_HOST is not set: give the real project with --project <id> (application default credentials are used)\n${usage}`);
    process.exit(2);
  }
  const db = getFirestore(initializeApp({ projectId }));
  const regionIds = args.all ? (await db.collection('regions').listDocuments()).map((ref) => ref.id).sort() : [...new Set(args.regionIds)];
  console.log(`recomputing ${regionIds.length} region(s) in ${projectId}${emulator ? ` (emulator ${emulator})` : ''}`);
  for (const regionId of regionIds) {
    if (!args.all && !(await db.collection('regions').doc(regionId).get()).exists) {
      console.error(`${regionId}: no such region`);
      process.exitCode = 1;
      continue;
    }
    const result = await recomputeRegionAggregates(db, regionId, new Date());
    const invalid = result.invalid > 0 ? `, ${result.invalid} invalid (not counted)` : '';
    console.log(`${regionId}: ${result.documents} documents, ${result.sources} sources, ${result.ledgers} ledgers changed${invalid}, ${result.ms} ms`);
  }
  // The recount writes every aggregate document, so the cross-region figures follow from the
  // triggers too; rebuilding them here also covers a run without functions (and regions that
  // joined or left the partnership).
  const cross = await rebuildCrossRegionAggregates(db);
  console.log(`cross-region: ${cross.periods.length} periods, ${cross.written} written, ${cross.deleted} removed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
