import type { KindInfo, TypeInfo } from '../graph/graph-model.js';

/**
 * Decodes the server's binary graph answer (`GET /graph.bin`; layout in
 * server/http/graph-binary/columns.ts): a JSON header, then typed-array columns viewed in place, and
 * text columns decoded once and sliced by their lengths.
 */
export interface BinaryGraphHeader {
  format: number;
  version: number;
  truncated: boolean;
  truncatedReason: string | null;
  entityCount: number;
  relationCount: number;
  vocabulary: { entityKinds: KindInfo[]; relationTypes: TypeInfo[]; statuses: string[] };
  tables: {
    kinds: string[];
    types: string[];
    statuses: string[];
    confidences: number[];
    hedges: Array<string | null>;
    times: Array<[string | null, string | null, string | null]>;
  };
  columns: Record<string, [type: string, offset: number, length: number]>;
}

type Codes = Uint8Array | Uint16Array | Uint32Array;

export interface BinaryGraph {
  header: BinaryGraphHeader;
  entityIds: string[];
  entityLabels: string[];
  entityKind: Codes;
  x: Float32Array;
  y: Float32Array;
  degree: Codes;
  pagerank: Float32Array;
  /** NaN where the server has none. */
  betweenness: Float32Array;
  community: Int32Array;
  aliasCount: Codes;
  aliases: string[];
  relationIds: string[];
  /** Ends as positions in the entity columns. */
  from: Codes;
  to: Codes;
  relationType: Codes;
  relationStatus: Codes;
  confidence: Codes;
  hedge: Codes;
  time: Codes;
}

const MAGIC = 'CGB1';
const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;

/** Throws with the reason when `buffer` is not a binary graph answer this client reads. */
export function decodeGraphBinary(buffer: ArrayBuffer): BinaryGraph {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new Error('the graph answer is not in the binary graph format (no CGB1 mark)');
  const headerLength = new DataView(buffer).getUint32(4, true);
  const utf8 = new TextDecoder();
  const header = JSON.parse(utf8.decode(bytes.subarray(8, 8 + headerLength))) as BinaryGraphHeader;
  if (header.format !== 1) throw new Error(`the graph answer has format ${header.format}; this explorer reads format 1`);
  const body = (8 + headerLength + 3) & ~3;
  const entry = (name: string) => {
    const c = header.columns[name];
    if (!c) throw new Error(`the graph answer has no column "${name}"`);
    return c;
  };
  const column = <T extends keyof typeof ARRAYS>(name: string, ...types: T[]): InstanceType<(typeof ARRAYS)[T]> => {
    const [type, offset, length] = entry(name);
    if (!(types as string[]).includes(type)) throw new Error(`the graph answer's column "${name}" is ${type}, expected ${types.join(' or ')}`);
    return new ARRAYS[type as T](buffer, body + offset, length) as InstanceType<(typeof ARRAYS)[T]>;
  };
  const codes = (name: string): Codes => column(name, 'u8', 'u16', 'u32');
  const text = (name: string): string[] => {
    const [, offset, length] = entry(`${name}Text`);
    const all = utf8.decode(bytes.subarray(body + offset, body + offset + length));
    const lengths = codes(`${name}Lengths`);
    const out = new Array<string>(lengths.length);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      out[i] = all.slice(at, (at += lengths[i]!));
    }
    return out;
  };
  return {
    header,
    entityIds: text('entityId'),
    entityLabels: text('entityLabel'),
    entityKind: codes('entityKind'),
    x: column('entityX', 'f32'),
    y: column('entityY', 'f32'),
    degree: codes('entityDegree'),
    pagerank: column('entityPagerank', 'f32'),
    betweenness: column('entityBetweenness', 'f32'),
    community: column('entityCommunity', 'i32'),
    aliasCount: codes('entityAliasCount'),
    aliases: text('alias'),
    relationIds: text('relationId'),
    from: codes('relationFrom'),
    to: codes('relationTo'),
    relationType: codes('relationType'),
    relationStatus: codes('relationStatus'),
    confidence: codes('relationConfidence'),
    hedge: codes('relationHedge'),
    time: codes('relationTime'),
  };
}
