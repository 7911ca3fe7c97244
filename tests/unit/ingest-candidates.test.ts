import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatesInSentence, type CandidateContext } from '../../server/ingest/candidates.js';
import { hedgeOf, negationIn } from '../../server/ingest/hedges.js';
import { compilePatterns, PatternError } from '../../server/ingest/patterns.js';
import { sentenceTime } from '../../server/ingest/sentence-time.js';
import type { Mention, Sentence } from '../../server/ingest/types.js';
import { VocabularyFile, type Vocabulary } from '../../server/model/vocabulary.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';

const vocabularyJson = () => JSON.parse(readFileSync(path.join(GRAPH_DATA, 'vocabulary.json'), 'utf8'));
const vocabulary: Vocabulary = VocabularyFile.parse(vocabularyJson());
const KINDS: Record<string, string> = {
  kazakhstan: 'Country', uzbekistan: 'Country', china: 'Country', russia: 'Country', afghanistan: 'Country', tajikistan: 'Country',
  'european-union': 'SupranationalOrganization', csto: 'SupranationalOrganization', 'central-asia': 'Region', 'global-gateway': 'Initiative',
  japan: 'Country', kyrgyzstan: 'Country', turkmenistan: 'Country', india: 'Country', pakistan: 'Country', armenia: 'Country', mongolia: 'Country',
  france: 'Country', 'south-korea': 'Country', sco: 'SupranationalOrganization', edb: 'SupranationalOrganization', adb: 'SupranationalOrganization',
  tapi: 'TransportCorridor', 'kambarata-1': 'Initiative', 'rogun-dam': 'Initiative', 'torugart-pass': 'TransportCorridor', 'rubezh-2024': 'Event', ifas: 'SupranationalOrganization', casa: 'TransportCorridor', 'trans-caspian-route': 'TransportCorridor', tokayev: 'Topic', uranium: 'Resource', 'green-hydrogen': 'Resource', gold: 'Resource',
  'renewable-energy': 'Sector', tourism: 'Sector', mining: 'Sector', logistics: 'Topic', 'economic-growth': 'Topic', trade: 'Topic', 'trade-policy': 'Topic',
};

/**
 * One sentence with its mentions marked in brackets: "[Kazakhstan|kazakhstan] trades with [China|china]."
 * A mention without "|id" is ambiguous.
 */
function marked(source: string, confidence = 1): { text: string; sentence: Sentence; mentions: Mention[] } {
  let text = '';
  const mentions: Mention[] = [];
  for (const part of source.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|\]]+)(?:\|([^\]]+))?\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    const start = text.length;
    text += m[1];
    mentions.push({
      start, end: text.length, text: m[1]!, sentence: 0, how: 'gazetteer', confidence,
      ...(m[2] ? { entity: m[2] } : { choices: [{ id: 'georgia', label: 'Georgia', score: 100 }, { id: 'georgia-us', label: 'Georgia (US state)', score: 100 }] }),
    });
  }
  return { text, sentence: { index: 0, start: 0, end: text.length, text }, mentions };
}

function run(source: string, confidence = 1, previous: Mention[] = []) {
  const { text, sentence, mentions } = marked(source, confidence);
  const ctx: CandidateContext = { text, sourceId: 'test', patterns: compilePatterns(vocabulary), kindOf: (id) => KINDS[id] };
  return candidatesInSentence(sentence, mentions, ctx, previous);
}

/** The candidates of a sentence as "from type to" lines, in the order proposed. */
const said = (source: string, previous: Mention[] = []) => run(source, 1, previous).proposals.map((p) => `${p.from} ${p.type} ${p.to}`);

describe('relation patterns in the vocabulary', () => {
  it('every shipped pattern compiles and names its relation type', () => {
    const set = compilePatterns(vocabulary);
    expect(set.patterns.length).toBeGreaterThan(50);
    for (const p of set.patterns) expect(p.id.startsWith(`${p.type}/`)).toBe(true);
    expect(set.version).toMatch(/^patterns-[0-9a-f]{12}$/);
  });

  it('a pattern that is not a valid regular expression is refused, naming the type, the pattern and its JSON path', () => {
    const v = vocabularyJson();
    const i = v.relationTypes.findIndex((t: { id: string }) => t.id === 'trades_with');
    v.relationTypes[i].patterns[0].match = '{A} (?:trades with {B}';
    const result = VocabularyFile.safeParse(v);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['relationTypes', i, 'patterns', 0, 'match']);
    expect(issue.message).toContain('"trades_with/');
    expect(issue.message).toContain('not a valid regular expression');
  });

  it('an unknown macro, a missing slot and an unknown kind are refused with what is wrong', () => {
    const v = vocabularyJson();
    const t = v.relationTypes.find((x: { id: string }) => x.id === 'trades_with');
    t.patterns[0].match = '{A} trades with {C}';
    t.patterns[1].match = '{A} trades with everyone';
    t.patterns[2].fromKinds = ['Planet'];
    const messages = VocabularyFile.safeParse(v).error!.issues.map((x) => x.message).join('\n');
    expect(messages).toContain('unknown macro {C}');
    expect(messages).toContain('needs both mention slots {A} and {B}');
    // Kinds are checked once the patterns themselves are valid.
    t.patterns[0].match = '{A} trades with {B}';
    t.patterns[1].match = '{A} trades with {B}';
    expect(VocabularyFile.safeParse(v).error!.issues[0]!.message).toContain('unknown entity kind "Planet"');
  });

  it('compiling a vocabulary that skipped validation still names the type and pattern of a bad regex', () => {
    const bad: Vocabulary = { ...vocabulary, relationTypes: [{ id: 'x_of', label: 'x', inverseLabel: 'y', symmetric: false, description: 'd', patterns: [{ id: 'x_of/bad', match: '{A} ( {B}', direction: 'A->B', precision: 0.9 }] }] };
    expect(() => compilePatterns(bad)).toThrow(PatternError);
    expect(() => compilePatterns(bad)).toThrow(/relation type "x_of", pattern "x_of\/bad"/);
  });
});

describe('candidates from one sentence', () => {
  it('a pattern fires with the direction its rule gives', () => {
    const { proposals } = run('[Kazakhstan|kazakhstan] has joined the [CSTO|csto] in 1994.');
    expect(proposals).toMatchObject([{ type: 'member_of', from: 'kazakhstan', to: 'csto', pointInTime: '1994', extractor: { name: 'corridor-patterns', rule: 'member_of/joined' } }]);
    const reversed = run('[China|china] imports gas from [Uzbekistan|uzbekistan].').proposals;
    expect(reversed).toMatchObject([{ type: 'exports_to', from: 'uzbekistan', to: 'china', extractor: { rule: 'exports_to/imports-from' } }]);
  });

  it('a list in a slot gives one candidate per listed mention', () => {
    const { proposals } = run('The [EU|european-union] aims to counterbalance the influence of both [Russia|russia] and [China|china].');
    expect(proposals.map((p) => [p.type, p.from, p.to, p.hedge])).toEqual([
      ['counterbalances', 'european-union', 'russia', 'planned'],
      ['counterbalances', 'european-union', 'china', 'planned'],
    ]);
  });

  it('a symmetric type puts its ends in canonical order, whichever way the sentence runs', () => {
    const a = run('[Uzbekistan|uzbekistan] is a major trading partner of [China|china].').proposals;
    const b = run('[China|china] is a major trading partner of [Uzbekistan|uzbekistan].').proposals;
    expect(a.map((p) => [p.from, p.to])).toEqual([['china', 'uzbekistan']]);
    expect(b.map((p) => [p.from, p.to])).toEqual([['china', 'uzbekistan']]);
  });

  it('confidence is the rule precision times the weaker link; evidence is the sentence with context', () => {
    const [p] = run('[Kazakhstan|kazakhstan] trades with [China|china].', 0.7).proposals;
    const rule = compilePatterns(vocabulary).patterns.find((x) => x.id === p!.extractor.rule)!;
    expect(p!.confidence).toBeCloseTo(rule.precision * 0.7, 3);
    expect(p!.evidence).toMatchObject({ source: 'test', quote: 'Kazakhstan trades with China.', start: 0, end: 29, prefix: '', suffix: '' });
  });

  it('a negated statement is skipped as negated, not proposed', () => {
    const out = run('[Tajikistan|tajikistan] did not sign a trade deal with [China|china].');
    expect(out.proposals).toEqual([]);
    expect(out.skipped).toMatchObject([{ reason: 'negated' }]);
    expect(out.skipped[0]!.detail).toContain('not');
    expect(run('[Uzbekistan|uzbekistan] is no longer a member of the [CSTO|csto].').skipped).toMatchObject([{ reason: 'negated' }]);
  });

  it('skips a self-loop, a kind the rule does not allow, an ambiguous end, and lists sentences no rule matched', () => {
    expect(run('The [EU|european-union] trades with the [European Union|european-union].').skipped).toMatchObject([{ reason: 'self-loop' }]);
    expect(run('[Kazakhstan|kazakhstan] joined [Uzbekistan|uzbekistan] in 1994.').skipped).toMatchObject([{ reason: 'kind-mismatch' }]);
    const ambiguous = run('[Kazakhstan|kazakhstan] trades with [Georgia].').skipped;
    expect(ambiguous).toMatchObject([{ reason: 'ambiguous-mention' }]);
    expect(ambiguous[0]!.choices!.map((c) => c.id)).toEqual(['georgia', 'georgia-us']);
    expect(run('[Kazakhstan|kazakhstan] and [China|china] held talks.').skipped).toMatchObject([{ reason: 'no-pattern', detail: expect.stringContaining('kazakhstan, china') }]);
  });
});

describe('general constructions (sentences written for these tests, not from the gold texts)', () => {
  it('a list with a member that names no entity, and a listed mention with a modifier, gives every listed entity', () => {
    expect(said('[Kazakhstan|kazakhstan] and [Japan|japan] signed an agreement on [uranium|uranium], rare earths and [green hydrogen|green-hydrogen].')).toEqual([
      'kazakhstan cooperates_on uranium', 'kazakhstan cooperates_on green-hydrogen', 'japan cooperates_on uranium', 'japan cooperates_on green-hydrogen',
      'japan signs_agreement_with kazakhstan',
    ]);
    expect(said('Officials see [tourism|tourism], [mining|mining] and new [logistics|logistics] as drivers of [economic growth|economic-growth].')).toEqual([
      'tourism drives economic-growth', 'mining drives economic-growth', 'logistics drives economic-growth',
    ]);
  });

  it('", and" before a mention with its own verb starts a new clause, not a longer list', () => {
    expect(said('[China|china] is the largest trading partner of [Kyrgyzstan|kyrgyzstan], and [Russia|russia] has kept its air base.')).toEqual(['china trades_with kyrgyzstan']);
  });

  it('a name with its abbreviation in brackets fills one slot', () => {
    expect(said('The [Eurasian Development Bank|edb] ([EDB|edb]) has financed two hydropower plants in [Kyrgyzstan|kyrgyzstan].')).toEqual(['edb funds kyrgyzstan']);
  });

  it('{term:…} lets a trigger word be a linked topic, but only when the mention is that word', () => {
    expect(said('[Uzbekistan|uzbekistan] accounts for almost a third of [China|china]’s [trade|trade] with the five states.')).toEqual(['china trades_with uzbekistan']);
    expect(said('[Uzbekistan|uzbekistan] accounts for almost a third of [China|china]’s [trade policy|trade-policy] debates.')).toEqual([]);
  });

  it('{X} skips a mention that is neither end; {any:N} crosses an inserted clause with mentions in it', () => {
    expect(said('[Kazakh|kazakhstan] President [Kassym-Jomart Tokayev|tokayev] has backed the [Trans-Caspian route|trans-caspian-route].')).toEqual(['kazakhstan supports trans-caspian-route']);
    const pipeline = run('The [TAPI|tapi] pipeline, backed by the [Asian Development Bank|adb], would carry gas from [Turkmenistan|turkmenistan] through [Afghanistan|afghanistan] and [Pakistan|pakistan] to [India|india].').proposals;
    expect(pipeline.map((p) => `${p.from} ${p.type} ${p.to} ${p.hedge}`).sort()).toEqual([
      'adb supports tapi undefined', // "backed by" is stated, before the "would" of the plan
      'tapi connects india planned', 'tapi connects turkmenistan planned', 'tapi passes_through afghanistan planned', 'tapi passes_through pakistan planned',
    ]);
  });

  it('"the region" stands for the region named just before, at a lower confidence', () => {
    const previous: Mention[] = [{ start: 0, end: 12, text: 'Central Asia', sentence: 0, entity: 'central-asia', how: 'gazetteer', confidence: 1 }];
    const [p, ...rest] = run('[Japan|japan]’s trade in the region has doubled since 2019.', 1, previous).proposals;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ type: 'trades_with', from: 'central-asia', to: 'japan', start: '2019' });
    expect(p!.confidence).toBeLessThanOrEqual(0.6);
    expect(said('[Japan|japan]’s trade in the region has doubled.')).toEqual([]); // no region named before: nothing to stand for
  });

  it('passive voice, apposition and relative clauses', () => {
    expect(said('[Armenia|armenia] is supplied with gas by [Russia|russia].')).toEqual(['russia exports_to armenia']);
    expect(said('The [SCO|sco], which counts [India|india] and [Pakistan|pakistan] as members, met in June.')).toEqual(['india member_of sco', 'pakistan member_of sco']);
    expect(said('The [CSTO|csto], the [Moscow|russia]-led alliance that also includes [Armenia|armenia], held drills.').sort()).toEqual(['armenia member_of csto', 'russia member_of csto']);
  });

  it('an agreement on a topic: both parties cooperate on it, however the second party is named', () => {
    expect(said('[Japan|japan] signed a memorandum with [Kyrgyzstan|kyrgyzstan] on [renewable energy|renewable-energy] last week.')).toEqual([
      'japan cooperates_on renewable-energy', 'kyrgyzstan cooperates_on renewable-energy', 'japan signs_agreement_with kyrgyzstan',
    ]);
  });

  it('an agreement whose subject names an entity still reaches the party after "with"', () => {
    expect(said('[Mongolia|mongolia] signed a memorandum on [renewable energy|renewable-energy] with the [European Union|european-union] in Ulaanbaatar.')).toContain('european-union signs_agreement_with mongolia');
  });

  it('nominalisations: exports of Z from X to Y, cooperation between X and Y on Z', () => {
    expect(said('Exports of [uranium|uranium] from [Kazakhstan|kazakhstan] to [France|france] rose.')).toEqual(['kazakhstan exports_to france']);
    expect(said('Cooperation between [Japan|japan] and [Uzbekistan|uzbekistan] on [renewable energy|renewable-energy] is growing.')).toEqual([
      'japan cooperates_on renewable-energy', 'uzbekistan cooperates_on renewable-energy',
    ]);
  });

  it('reserves, plans and companies: the type signature decides what a sentence can state', () => {
    expect(said('[Uzbekistan|uzbekistan] holds some of the largest [gold|gold] reserves in Asia.')).toEqual(['uzbekistan has_deposits_of gold']);
    expect(said('[Uzbekistan|uzbekistan] is one of the largest producers of [gold|gold].')).toEqual([]); // said of wheat and cotton too: not deposits
    expect(said('[Kyrgyzstan|kyrgyzstan] plans to raise the share of [renewable energy|renewable-energy] to 20 percent.')).toEqual(['kyrgyzstan pursues renewable-energy']);
    expect(said('[Korean|south-korea] firms are building a chemical plant in [Turkmenistan|turkmenistan].')).toEqual(['south-korea invests_in turkmenistan']);
    expect(said('[Kazakhstan|kazakhstan] holds some of the largest [Uzbekistan|uzbekistan] reserves.')).toEqual([]); // a Country is no Resource
  });
});

describe('hedges', () => {
  it('"not only" and "not just" add to a statement, they do not deny it', () => {
    const s = 'X is not just a partner of Y';
    expect(negationIn(s, 0, s.length)).toBeUndefined();
    expect(negationIn('X is not a partner of Y', 0, 23)).toBe('not');
  });
  const hedge = (s: string) => hedgeOf(s, 0, s.length);
  it('aims, plans, intends, could and will are planned', () => {
    for (const s of ['The EU aims to invest in X.', 'The EU intends to invest in X.', 'It could link X and Y.', 'It will link X.', 'It endorsed plans to link X.']) expect(hedge(s)).toBe('planned');
  });
  it('reported speech and attribution are reported', () => {
    for (const s of ['According to officials, X trades with Y.', 'X is said to trade with Y.', 'X reportedly trades with Y.']) expect(hedge(s)).toBe('reported');
  });
  it('loose quantities and loose dates are approximate; a plain statement has no hedge', () => {
    expect(hedge('X supplies about 40% of Y’s oil.')).toBe('approximate');
    expect(hedgeOf('X joined Y in early 2024.', 0, 10, true)).toBe('approximate');
    expect(hedge('X borders Y.')).toBeUndefined();
  });
  it('a plan stated after the match does not hedge it', () => {
    const s = 'X signed a deal with Y, and will build a road.';
    expect(hedgeOf(s, 0, 'X signed a deal with Y'.length)).toBeUndefined();
  });
});

describe('constructions that generalise (sentences written for these tests, in no gold text)', () => {
  it('an apposition or a relative clause between subject and verb: the verb is still the subject\'s', () => {
    expect(said('[Mongolia|mongolia], a landlocked state of three million people, exports coal to [China|china].')).toContain('mongolia exports_to china');
    expect(said('[India|india], which imports most of its oil, has signed a transit deal with [Turkmenistan|turkmenistan].')).toContain('india signs_agreement_with turkmenistan');
    expect(said('[CASA|casa], a power line that will carry surplus electricity from [Tajikistan|tajikistan], is half built.')).toContain('casa connects tajikistan');
  });
  it('a mention after a preposition is not the subject of the verb that follows its apposition', () => {
    expect(said('In [Kyrgyzstan|kyrgyzstan], the [Kambarata-1|kambarata-1], a long-delayed dam, received a loan from the [ADB|adb].')).toEqual(['adb funds kambarata-1']);
  });
  it('", and" with a mention and its apposition starts a new clause, not a longer list', () => {
    expect(said('[Japan|japan] buys uranium from [Kazakhstan|kazakhstan] and [Uzbekistan|uzbekistan], and [France|france], a long-time client, imports it from [Mongolia|mongolia].')).not.toContain('uzbekistan exports_to mongolia');
  });
  it('"whose members are/include" and "a member of … alongside" list the members', () => {
    expect(said('The [IFAS|ifas], a fund whose members include [Kazakhstan|kazakhstan] and [Turkmenistan|turkmenistan], met in July.')).toEqual(['kazakhstan member_of ifas', 'turkmenistan member_of ifas']);
    expect(said('[Armenia|armenia] remains a member of the [CSTO|csto] alongside [Tajikistan|tajikistan].')).toEqual(expect.arrayContaining(['armenia member_of csto', 'tajikistan member_of csto']));
  });
  it('lent / received … from / with financing from: who funds whom', () => {
    expect(said('The [ADB|adb] lent [Tajikistan|tajikistan] $25 million for school repairs.')).toContain('adb funds tajikistan');
    expect(said('The [Rogun dam|rogun-dam] received a new grant from the [EU|european-union].')).toContain('european-union funds rogun-dam');
    expect(said('The [Torugart pass|torugart-pass] road is being widened with loans from the [ADB|adb].')).toContain('adb funds torugart-pass');
  });
  it('a route between two places connects them; "agreed on the construction of" is a commitment; "agreed with … to" an agreement', () => {
    expect(said('The [Torugart pass|torugart-pass] between [Kyrgyzstan|kyrgyzstan] and [China|china] reopened.')).toEqual(['torugart-pass connects kyrgyzstan', 'torugart-pass connects china']);
    expect(said('[Tajikistan|tajikistan] agreed on the completion of the [Rogun dam|rogun-dam].')).toContain('tajikistan committed_to rogun-dam');
    expect(said('[Uzbekistan|uzbekistan] has agreed with [Turkmenistan|turkmenistan] to share water data.')).toContain('turkmenistan signs_agreement_with uzbekistan');
  });
  it('three parties signing: every pair signs with every other', () => {
    expect(said('[India|india], [Japan|japan] and [France|france] signed a memorandum on ports.').sort()).toEqual(
      ['france signs_agreement_with india', 'france signs_agreement_with japan', 'india signs_agreement_with japan'],
    );
  });
  it('held/staged an event is organised by the holder; "trains X officers" supports X', () => {
    expect(said('The [CSTO|csto] staged its annual drill, [Rubezh-2024|rubezh-2024], in the mountains.')).toContain('rubezh-2024 organized_by csto');
    expect(said('The [EU|european-union] trains [Afghan|afghanistan] border officers in Dushanbe.')).toContain('european-union supports afghanistan');
  });
});

describe('time phrases', () => {
  it.each([
    ['The deal was signed in November 2022.', { pointInTime: '2022-11' }],
    ['Trade has grown since 2023.', { start: '2023' }],
    ['The line ran from 2021 to 2023.', { start: '2021', end: '2023' }],
    ['In early 2024, the summit met.', { pointInTime: '2024', approximate: true }],
    ['They met on 12 May 2024.', { pointInTime: '2024-05-12' }],
    ['They met on May 12, 2024.', { pointInTime: '2024-05-12' }],
    ['The 2030 targets are ambitious.', {}],
    ['They met on 31 February 2024.', {}], // not a real date: no time rather than a wrong one
  ])('%s', (sentence, expected) => {
    expect(sentenceTime(sentence)).toEqual(expected);
  });
});
