// Refreshes the places table behind intake routing from CBS "Woonplaatsen in Nederland":
//   npm run places:import -- <woonplaatsen.csv> [--edition 2025] [--columns place=Naam_1,...]
//                                               [--skip-bad] [--out <file>]
// Download the CSV from CBS StatLine (the yearly table; CC BY 4.0). Every row is checked;
// bad rows are listed and nothing is written unless --skip-bad says to leave them out.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCbsPlaces, parseColumnOption, placesModule } from './cbs-places.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      edition: { type: 'string' },
      columns: { type: 'string' },
      out: { type: 'string' },
      'skip-bad': { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file) {
    console.error('usage: npm run places:import -- <woonplaatsen.csv> [--edition 2025] [--columns place=Naam_1,municipality=Naam_2] [--skip-bad] [--out file]');
    return 2;
  }
  const { rows, bad, columns } = parseCbsPlaces(readFileSync(file, 'utf8'), values.columns ? parseColumnOption(values.columns) : {});
  console.log(`columns: ${Object.entries(columns).map(([column, header]) => `${column}=${header ?? '(none)'}`).join(', ')}`);
  for (const row of bad) console.error(`line ${row.line}: ${row.problems.join('; ')}`);
  if (bad.length && !values['skip-bad']) {
    console.error(`${bad.length} bad row(s): nothing written (fix the file, or pass --skip-bad to leave them out)`);
    return 1;
  }
  if (rows.length === 0) {
    console.error('no rows: nothing written');
    return 1;
  }
  const edition = values.edition ?? /(?:19|20)\d{2}/.exec(basename(file))?.[0] ?? 'edition unknown';
  const out = resolve(values.out ?? resolve(root, 'domain/src/places/places-data.ts'));
  writeFileSync(out, placesModule(rows, { edition, sourceFile: basename(file) }));
  console.log(`${rows.length} rows → ${out}${bad.length ? ` (${bad.length} bad row(s) left out)` : ''}`);
  return 0;
}

process.exitCode = main();
