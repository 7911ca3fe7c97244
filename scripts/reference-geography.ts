/**
 * Rests the reference geography on published data: land borders from world-countries (ODbL 1.0) and
 * membership of Central Asia (UN M49 region 143) with Wikidata ids from @rapideditor/country-coder.
 * Builds a small graphology JSON dataset of the countries the graph holds, the borders among them
 * that the graph states (others the dataset has are printed) and Central Asia's members, and imports it through the import path (`npm run import`'s
 * code, as reviewed relations) so each border and membership relation's evidence is a record of that
 * dataset. The relations it supersedes (same ends and type) are deleted first; what no dataset states
 * (Caspian coasts, the Middle Corridor's route) keeps its quotes in the reference text, trimmed to
 * those sentences, with offsets and SHA-256 recomputed. Prints the (from, type, to) set's difference.
 *
 *   npx tsx scripts/reference-geography.ts [data folder]   (default CORRIDOR_DATA, else graph-data)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as countryCoder from '@rapideditor/country-coder';
import worldCountries from 'world-countries';
import { parseMapping } from '../server/interchange/import/mapping.js';
import { importGraph } from '../server/interchange/import/run.js';
import { sha256, validateDataset } from '../server/model/dataset.js';
import { formatIssue } from '../server/model/issues.js';
import type { Entity, Relation } from '../server/model/records.js';
import { readDatasetFiles } from '../server/store/read-files.js';
import { Store } from '../server/store/files/store.js';

const DATASET_ID = 'country-borders-and-regions';
const REFERENCE_ID = 'corridor-reference-geography';
const CENTRAL_ASIA_M49 = '143';
const PACKAGE_VERSION = (name: string) => (JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

const DESCRIPTION =
  `Countries of the graph, their land borders among themselves and the members of Central Asia (UN M49 region ${CENTRAL_ASIA_M49}), ` +
  `built by scripts/reference-geography.ts. Land borders: world-countries ${PACKAGE_VERSION('world-countries')} by Mohammed Le Doze ` +
  '(https://github.com/mledoze/countries), made available under the Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1.0/ ; ' +
  `this extract is a derivative database under the same licence. Wikidata ids and UN M49 membership: @rapideditor/country-coder ${PACKAGE_VERSION('@rapideditor/country-coder')} (ISC).`;

/** The reference text, trimmed to the statements no dataset gives. */
const REFERENCE_TEXT = `Corridor reference data: political geography of Central Asia and its neighbours.
These statements are common reference facts curated by the Corridor maintainers from standard atlases; no imported dataset states them. Each relation that rests on them quotes one sentence below. Land borders and the membership of Central Asia come from the dataset source "${DATASET_ID}" (world-countries, country-coder).

Kazakhstan, Turkmenistan, Azerbaijan and Russia border the Caspian Sea.
The Trans-Caspian International Transport Route, also called the Middle Corridor, runs from China through Kazakhstan, across the Caspian Sea, through Azerbaijan and Georgia, and on to Türkiye and Europe.
`;

const triple = (r: Pick<Relation, 'from' | 'type' | 'to'>) => `${r.from} ${r.type} ${r.to}`;

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv[2] ?? process.env.CORRIDOR_DATA ?? 'graph-data');
  const store = await Store.open({ dataDir, watch: false, log: () => {} });
  let before: Set<string>;
  try {
    const kg = store.kg;
    if (kg.source(DATASET_ID)) throw new Error(`source "${DATASET_ID}" is already in ${dataDir}; nothing to do`);
    const relations = [...kg.index.edgeIds].map((id) => kg.relation(id)!);
    before = new Set(relations.map(triple));
    const countries = [...kg.entityIds()].map((id) => kg.entity(id)!).filter((e) => e.kind === 'Country' && e.iso3);
    const byIso3 = new Map(countries.map((e) => [e.iso3!, e]));
    const region = countryCoder.feature(CENTRAL_ASIA_M49);
    if (!region?.properties.members) throw new Error(`country-coder has no UN M49 region ${CENTRAL_ASIA_M49}`);

    // Nodes: the graph's countries as the packages describe them, and the region.
    const nodes = countries.map((e) => {
      const wc = worldCountries.find((c) => c.cca3 === e.iso3);
      const cc = countryCoder.feature(e.iso3!);
      if (!wc || !cc) throw new Error(`no country ${e.iso3} in world-countries or country-coder`);
      return { key: wc.cca3, attributes: { label: wc.name.common, kind: 'Country', iso2: wc.cca2, iso3: wc.cca3, wikidata: cc.properties.wikidata } };
    });
    nodes.push({ key: CENTRAL_ASIA_M49, attributes: { label: region.properties.nameEn, kind: 'Region', m49: CENTRAL_ASIA_M49, wikidata: region.properties.wikidata } } as never);

    // Borders among the graph's countries, each pair once, oriented as the graph already states it.
    const stated = new Set(relations.filter((r) => r.type === 'shares_border_with').map((r) => `${r.from} ${r.to}`));
    const borders: Array<{ key: string; source: string; target: string; attributes: { relationType: string } }> = [];
    const seen = new Set<string>();
    for (const a of countries) {
      for (const code of worldCountries.find((c) => c.cca3 === a.iso3)!.borders) {
        const b = byIso3.get(code);
        if (!b || seen.has([a.iso3, code].sort().join('-'))) continue;
        seen.add([a.iso3, code].sort().join('-'));
        // Only the borders the graph needs (those it states); others the dataset has are listed, not added.
        if (!stated.has(`${a.id} ${b.id}`) && !stated.has(`${b.id} ${a.id}`)) {
          console.log(`  not added (the dataset has it, the graph does not): ${a.id} shares_border_with ${b.id}`);
          continue;
        }
        const [from, to] = stated.has(`${b.id} ${a.id}`) ? [b, a] : [a, b];
        borders.push({ key: `${from.iso3}-${to.iso3}`, source: from.iso3!, target: to.iso3!, attributes: { relationType: 'shares_border_with' } });
      }
    }
    const memberCodes: string[] = region.properties.members;
    const members = memberCodes.map((iso2) => countries.find((e) => e.iso2 === iso2)).filter((e): e is Entity => e !== undefined);
    const memberships = members.map((e) => ({ key: `${e.iso3}-${CENTRAL_ASIA_M49}`, source: e.iso3!, target: CENTRAL_ASIA_M49, attributes: { relationType: 'part_of' } }));
    // One record a line, so each locator's span is one line of the stored file.
    const text =
      `{"attributes":{"name":"Country borders and regions","licence":"ODbL-1.0 (borders, world-countries); ISC (country-coder)"},"options":{"type":"directed","multi":true},"nodes":[\n` +
      nodes.map((n) => JSON.stringify(n)).join(',\n') +
      '\n],"edges":[\n' +
      [...borders, ...memberships].map((e) => JSON.stringify(e)).join(',\n') +
      '\n]}\n';

    // The relations the dataset now states replace the reference text's (same ends and type).
    const regionEntity = [...kg.entityIds()].find((id) => kg.entity(id)!.label === region.properties.nameEn);
    const datasetTriples = new Set([
      ...borders.flatMap((b) => [`${byIso3.get(b.source)!.id} shares_border_with ${byIso3.get(b.target)!.id}`, `${byIso3.get(b.target)!.id} shares_border_with ${byIso3.get(b.source)!.id}`]),
      ...members.map((e) => `${e.id} part_of ${regionEntity}`),
    ]);
    const superseded = relations.filter((r) => r.evidence.every((ev) => ev.source === REFERENCE_ID) && datasetTriples.has(triple(r)));
    await store.apply(superseded.map((r) => ({ op: 'deleteRelation' as const, id: r.id })), 'reference-geography');
    const report = await importGraph(store, [{ fileName: `${DATASET_ID}.json`, text }], {
      actor: 'reference-geography', mapping: parseMapping({}), status: 'reviewed',
      title: 'Country borders and regions (world-countries, country-coder)', publisher: 'Corridor maintainers, from world-countries and @rapideditor/country-coder',
      url: 'https://github.com/mledoze/countries', description: DESCRIPTION,
    });
    console.log(`replaced ${superseded.length} reference relations; imported ${report.relationsCreated} relations from ${report.source}, merged ${report.entitiesMerged} entities, created ${report.entitiesCreated}`);
    for (const l of report.losses) console.log(`  loss: ${l.place}: ${l.reason}`);
  } finally {
    await store.close();
  }
  trimReferenceText(dataDir);
  await checkAndCompare(dataDir, before);
}

/** Rewrites the reference text to what is still quoted, with every quote's offsets and the SHA-256 recomputed. */
function trimReferenceText(dataDir: string): void {
  const file = path.join(dataDir, 'relations', `${REFERENCE_ID}.json`);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { relations: Relation[] };
  for (const r of doc.relations) {
    for (const ev of r.evidence) {
      if (ev.source !== REFERENCE_ID || !('quote' in ev)) continue;
      const at = REFERENCE_TEXT.indexOf(ev.quote);
      if (at < 0 || REFERENCE_TEXT.indexOf(ev.quote, at + 1) >= 0) throw new Error(`relation ${r.id}: its quote is not once in the trimmed reference text: ${ev.quote}`);
      [ev.start, ev.end] = [at, at + ev.quote.length];
    }
  }
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  writeFileSync(path.join(dataDir, 'sources', `${REFERENCE_ID}.txt`), REFERENCE_TEXT);
  const metaFile = path.join(dataDir, 'sources', `${REFERENCE_ID}.json`);
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
  meta.description = `Curated reference statements no imported dataset gives (Caspian coasts, the route of the Middle Corridor). Land borders and the membership of Central Asia moved to the dataset source "${DATASET_ID}". Each statement is one sentence so relations can quote it.`;
  meta.sha256 = sha256(REFERENCE_TEXT);
  writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
}

/** Validates the folder as `npm run validate` does and prints how the (from, type, to) set changed. */
async function checkAndCompare(dataDir: string, before: Set<string>): Promise<void> {
  const { files } = await readDatasetFiles(dataDir);
  const result = validateDataset(files);
  if (!result.dataset) throw new Error(`the data is not valid:\n${result.issues.map(formatIssue).join('\n')}`);
  const after = new Set(result.dataset.relations.map(triple));
  const lost = [...before].filter((t) => !after.has(t));
  const added = [...after].filter((t) => !before.has(t));
  console.log(`relations before ${before.size}, after ${after.size}`);
  for (const t of lost) console.log(`  no longer held: ${t}`);
  for (const t of added) console.log(`  new: ${t}`);
}

try {
  await main();
} catch (e) {
  console.error(`reference-geography: ${(e as Error).message}`);
  process.exitCode = 1;
}
