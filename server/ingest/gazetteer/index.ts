import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { borders } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { slugify } from '../../model/ids.js';

/** A known country, region or body, named by the shipped reference data. */
export interface GazetteerEntry {
  /** ISO alpha-2 for countries, a country-coder id ("EU", "143") or a regional-bodies.json key. */
  key: string;
  label: string;
  kind: string;
  /** Every name it goes by, label included. */
  names: string[];
  wikidata?: string;
  iso2?: string;
  iso3?: string;
  /** Keys of the groups it belongs to, from country-coder (EU, UN, UN M49 regions). */
  memberOf: string[];
  /** What it is, in a sentence (lexicon entries). */
  description?: string;
}

/** A demonym or capital standing for a gazetteer entry. */
export interface Metonym {
  name: string;
  target: string;
  how: 'demonym' | 'capital';
  confidence: number;
}

/** A name that stands for a gazetteer entry only when the text also names another one ("Europe" for the EU). */
export interface ContextualMetonym {
  name: string;
  target: string;
  /** The entry the text must name (by any of its names or capital) for the metonym to hold. */
  whenNamed: string;
  confidence: number;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  metonyms: Metonym[];
  contextual: ContextualMetonym[];
  /** Longer phrases in which a lexicon name means something else ("greenhouse gas"), with the entry they block. */
  blockers: Map<string, string>;
}

export const METONYM_CONFIDENCE = 0.7;

const Qid = z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q458"');
const BodiesFile = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(
    z.strictObject({ key: z.string().min(1), label: z.string().min(1), kind: z.string().min(1), wikidata: Qid.optional(), names: z.array(z.string().min(1)) }),
  ),
});
const MetonymList = z.array(z.strictObject({ name: z.string().min(1), target: z.string().min(1), confidence: z.number().gt(0).max(1).optional() }));
const ContextualList = z.array(z.strictObject({ name: z.string().min(1), target: z.string().min(1), whenNamed: z.string().min(1), confidence: z.number().gt(0).max(1).optional() }));
const MetonymsFile = z.strictObject({ $comment: z.string().optional(), demonyms: MetonymList, capitals: MetonymList, contextual: ContextualList });
/** Kinds a lexicon entry may have: the common-noun kinds of graph-data/vocabulary.json. */
export const LEXICON_KINDS = ['Topic', 'Resource', 'Sector'] as const;
const LexiconFile = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(
    z.strictObject({
      key: z.string().min(1),
      label: z.string().min(1),
      kind: z.enum(LEXICON_KINDS),
      description: z.string().min(1),
      names: z.array(z.string().min(1)),
      notWithin: z.array(z.string().min(1)).optional(),
    }),
  ),
});

/** Reads and validates one of the gazetteer's JSON files; errors name the file and the JSON path. */
function readJson<T>(name: string, schema: z.ZodType<T>): T {
  const file = new URL(`./${name}`, import.meta.url);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`server/ingest/gazetteer/${name}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`server/ingest/gazetteer/${name}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Country-coder levels the gazetteer keeps, and the kind each becomes. */
const LEVEL_KINDS: Record<string, string> = {
  country: 'Country',
  territory: 'Region',
  region: 'Region',
  subregion: 'Region',
  intermediateRegion: 'Region',
  union: 'SupranationalOrganization',
  unitedNations: 'SupranationalOrganization',
};

/** English names of every ISO 3166 code from i18n-iso-countries, without inverted forms ("Korea, Republic of"). */
function isoNames(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const all = countries.getNames('en', { select: 'all' });
  const byName = new Map<string, number>();
  for (const names of Object.values(all)) for (const n of names) byName.set(n, (byName.get(n) ?? 0) + 1);
  // A name two codes share ("Congo") names neither.
  return new Map(Object.entries(all).map(([code, names]) => [code, names.filter((n) => !n.includes(',') && byName.get(n) === 1)]));
}

/** A country's label: country-coder's short English name when i18n-iso-countries agrees, else its shortest full name. */
function countryLabel(nameEn: string, names: string[]): string {
  if (names.includes(nameEn) && nameEn.length <= 16) return nameEn;
  const full = names.filter((n) => n.length >= 4 && /\p{Ll}/u.test(n)).sort((a, b) => a.length - b.length);
  return full[0] ?? nameEn;
}

function buildGazetteer(): Gazetteer {
  const names = isoNames();
  const entries = new Map<string, GazetteerEntry>();
  for (const { properties: p } of borders.features) {
    const kind = LEVEL_KINDS[p.level];
    if (!kind || (p.level === 'territory' && !p.iso1A3)) continue;
    const iso = p.iso1A2 ? (names.get(p.iso1A2) ?? []) : [];
    const label = p.iso1A2 ? countryLabel(p.nameEn, iso) : p.nameEn;
    const entry: GazetteerEntry = { key: p.id, label, kind, names: [...new Set([label, ...iso])], wikidata: p.wikidata, memberOf: p.groups.filter((g: string) => g !== '001') };
    // The EU and the UN carry reserved codes in country-coder; only states and territories get ISO codes here.
    if (p.level === 'country' || p.level === 'territory') {
      if (p.iso1A2) entry.iso2 = p.iso1A2;
      if (p.iso1A3) entry.iso3 = p.iso1A3;
    }
    entries.set(p.id, entry);
  }
  const bodies = readJson('regional-bodies.json', BodiesFile);
  bodies.entries.forEach((b) => {
    const known = entries.get(b.key);
    if (known) {
      known.kind = b.kind;
      known.names = [...new Set([...known.names, b.label, ...b.names])];
    } else {
      const entry: GazetteerEntry = { key: b.key, label: b.label, kind: b.kind, names: [...new Set([b.label, ...b.names])], memberOf: [] };
      if (b.wikidata) entry.wikidata = b.wikidata;
      entries.set(b.key, entry);
    }
  });
  const blockers = addLexicon(entries);
  const file = readJson('metonyms.json', MetonymsFile);
  const metonyms: Metonym[] = [];
  for (const how of ['demonyms', 'capitals'] as const) {
    file[how].forEach((m, i) => {
      if (!entries.has(m.target)) throw new Error(`server/ingest/gazetteer/metonyms.json: ${how}.${i}.target: "${m.target}" is not a gazetteer key`);
      metonyms.push({ name: m.name, target: m.target, how: how === 'demonyms' ? 'demonym' : 'capital', confidence: m.confidence ?? METONYM_CONFIDENCE });
    });
  }
  const contextual = file.contextual.map((m, i) => {
    for (const field of ['target', 'whenNamed'] as const) {
      if (!entries.has(m[field])) throw new Error(`server/ingest/gazetteer/metonyms.json: contextual.${i}.${field}: "${m[field]}" is not a gazetteer key`);
    }
    return { name: m.name, target: m.target, whenNamed: m.whenNamed, confidence: m.confidence ?? METONYM_CONFIDENCE };
  });
  return { entries, metonyms, contextual, blockers };
}

/**
 * Adds the topics, resources and sectors of lexicon.json to `entries` and returns their blocking
 * phrases. Each key must be the slug of its label (the id graph-data gives such an entity), and a
 * name may belong to one entry only.
 */
function addLexicon(entries: Map<string, GazetteerEntry>): Map<string, string> {
  const lexicon = readJson('lexicon.json', LexiconFile);
  const owner = new Map<string, string>();
  const blockers = new Map<string, string>();
  lexicon.entries.forEach((e, i) => {
    const at = `server/ingest/gazetteer/lexicon.json: entries.${i}`;
    if (e.key !== slugify(e.label)) throw new Error(`${at}.key: "${e.key}" must be the slug of its label, "${slugify(e.label)}"`);
    if (entries.has(e.key)) throw new Error(`${at}.key: "${e.key}" is already a gazetteer key`);
    const names = [...new Set([e.label, ...e.names])];
    names.forEach((name) => {
      const folded = name.toLowerCase();
      const had = owner.get(folded);
      if (had) throw new Error(`${at}.names: "${name}" already names "${had}"`);
      owner.set(folded, e.key);
    });
    for (const phrase of e.notWithin ?? []) blockers.set(phrase, e.key);
    entries.set(e.key, { key: e.key, label: e.label, kind: e.kind, names, memberOf: [], description: e.description });
  });
  return blockers;
}

let gazetteer: Gazetteer | undefined;

/**
 * The shipped reference gazetteer, built once: every country and territory with its names
 * (i18n-iso-countries), Wikidata id and groups (@rapideditor/country-coder), UN M49 regions, the EU
 * and the UN; the regional bodies of regional-bodies.json; the topics, resources and sectors of
 * lexicon.json; the demonyms, capitals and contextual metonyms of metonyms.json.
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}
