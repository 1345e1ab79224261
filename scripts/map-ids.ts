/**
 * Writes src/features/shares/map/atlas-ids.ts: the map's table from world-atlas shape ids (ISO numeric) to the
 * dataset's country ids (ISO alpha-3). Run it after upgrading world-atlas or i18n-iso-countries:
 * `npx tsx scripts/map-ids.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { atlasIdsModule, atlasIdTable } from './map/atlas-ids.ts';

const OUTPUT = 'src/features/shares/map/atlas-ids.ts';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = atlasIdTable(atlas.objects.countries.geometries);
fs.writeFileSync(path.join(root, OUTPUT), atlasIdsModule(table));
console.log(`Wrote ${OUTPUT}: ${table.length} shapes`);
