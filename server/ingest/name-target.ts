import type { LinkMethod } from './types.js';

/** What a name in the dictionary stands for. */
export interface NameTarget {
  /** The graph entity it names; absent for a gazetteer entry the graph does not hold. */
  entity?: string;
  /** The gazetteer entry it names, when it comes from the gazetteer. */
  gazetteer?: string;
  how: LinkMethod;
  confidence: number;
  /** How the name must be written in the text: exactly (acronyms, codes), capitalised (proper names), or any case. */
  caseRule: 'exact' | 'capitalised' | 'any';
  /** The name as the data writes it. */
  form: string;
  /** The kind of entity it names. */
  kind: string;
}

/** Kinds whose names are proper nouns: written capitalised, so "turkey" the bird is not Türkiye. */
const PROPER_KINDS = new Set(['Country', 'Region', 'SupranationalOrganization', 'GeographicFeature', 'Event', 'Agreement', 'Initiative', 'TransportCorridor']);

/** ISO alpha-2 codes that are also English words or common acronyms ("IN", "GE" for General Electric, "TM"). */
export const ISO2_STOP = new Set('IN IS AS TO US IT AT BE NO ME MY AM AN OR SO DO GO HE BY ID IE AI AD PM TV CA AL MA PA DE LA OK CO MD MS ST SA NE GE TM'.split(' '));
/** ISO alpha-3 codes that are also English words or common abbreviations ("ARE", "CAN", "VAT"). */
export const ISO3_STOP = new Set('AND ARE CAN PER TON MAR NOR FIN GUY BEN DOM GAB TUN COM MLI COG LIE GIN PAN VAT EST LUX SEN ALA IRL ARM'.split(' '));

/** How a name of an entity of `kind` must be written: all capitals exactly, a proper noun capitalised, else any case. */
export function caseRuleOf(form: string, kind: string): NameTarget['caseRule'] {
  if (!/\p{Ll}/u.test(form) && /\p{Lu}/u.test(form)) return 'exact';
  return PROPER_KINDS.has(kind) && /^\p{Lu}/u.test(form) ? 'capitalised' : 'any';
}

/** True when `list` already holds a target for the same entity or entry, link method and written form. */
export function holdsTarget(list: readonly NameTarget[], t: NameTarget): boolean {
  return list.some((o) => o.entity === t.entity && o.gazetteer === t.gazetteer && o.how === t.how && o.form === t.form);
}
