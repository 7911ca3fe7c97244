import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { GAZETTEER_CONFIDENCE, ISO_CONFIDENCE } from './linking.js';
import { caseRuleOf, holdsTarget, ISO3_STOP, type NameTarget } from './name-target.js';
import { foldName } from './normalize.js';

/**
 * The gazetteer's part of the name dictionary, the same for every graph: each folded name with the
 * entries it names (countries' names and codes, regional bodies, lexicon topics, demonyms and
 * capitals). Targets carry the entry key only; the graph entity an entry is gets filled in at match
 * time from the live link map, so a graph change never rebuilds this.
 */
export interface GazetteerNames {
  gazetteer: Gazetteer;
  /** Folded name -> its gazetteer targets, in gazetteer order (entries' names, their codes, then metonyms). */
  targets: Map<string, NameTarget[]>;
  /** Folded blocking phrases ("greenhouse gas"): a match there means none of the names inside it. */
  blockers: Set<string>;
  /** Gazetteer key -> its names, folded (for linking an entry to the graph entity of the same name). */
  foldedNames: Map<string, string[]>;
  /** Wikidata id, ISO code or folded name -> the keys of the entries that have it: whose link a graph entity with it may change. */
  entriesWith: Map<string, string[]>;
}

let built: GazetteerNames | undefined;

/** The gazetteer's names, folded once per process. */
export function gazetteerNames(): GazetteerNames {
  built ??= buildGazetteerNames(loadGazetteer());
  return built;
}

function buildGazetteerNames(gazetteer: Gazetteer): GazetteerNames {
  const targets = new Map<string, NameTarget[]>();
  const add = (form: string, key: string, how: NameTarget['how'], confidence: number, kind: string) => {
    const pattern = foldName(form);
    if (pattern === '') return;
    const list = targets.get(pattern) ?? [];
    const target: NameTarget = { gazetteer: key, how, confidence, caseRule: caseRuleOf(form, kind), form, kind };
    if (!holdsTarget(list, target)) list.push(target);
    targets.set(pattern, list);
  };
  const foldedNames = new Map<string, string[]>();
  const entriesWith = new Map<string, string[]>();
  for (const entry of gazetteer.entries.values()) {
    foldedNames.set(entry.key, entry.names.map(foldName));
    for (const handle of new Set([entry.wikidata, entry.iso2, entry.iso3, ...foldedNames.get(entry.key)!])) {
      if (handle) entriesWith.set(handle, [...(entriesWith.get(handle) ?? []), entry.key]);
    }
    for (const name of entry.names) add(name, entry.key, 'gazetteer', GAZETTEER_CONFIDENCE, entry.kind);
    if (entry.kind === 'Country' && entry.iso3 && !ISO3_STOP.has(entry.iso3)) add(entry.iso3, entry.key, 'iso', ISO_CONFIDENCE, entry.kind);
  }
  for (const m of gazetteer.metonyms) add(m.name, m.target, m.how, m.confidence, gazetteer.entries.get(m.target)!.kind);
  const blockers = new Set([...gazetteer.blockers.keys()].map(foldName));
  return { gazetteer, targets, blockers, foldedNames, entriesWith };
}
