import { request } from 'node:http';
import { graphRequestBody } from '../../client/src/api/graph-query.js';

export interface WireBytes {
  relations: number;
  /** Bytes of the JSON graph answer as sent (the API does not compress it). */
  json: number;
  /** Bytes of the binary answer with no compression, with gzip, with brotli (what Chromium gets). */
  binary: number;
  binaryGzip: number;
  binaryBrotli: number;
  /** Milliseconds until the last byte of each, on this machine (server work + transfer). */
  jsonMs: number;
  binaryBrotliMs: number;
}

/** Body bytes on the wire (not decompressed) and the time to the last one. */
function fetchBytes(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ bytes: number; ms: number; encoding: string | null }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => (res.statusCode === 200 ? resolve({ bytes, ms: performance.now() - t0, encoding: (res.headers['content-encoding'] as string | undefined) ?? null }) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/**
 * The explorer's graph answer in bytes on the wire: the JSON query as the bare page sends it (with
 * `limit`), and the binary answer (no limit: the server's maxGraphLimit) under each content encoding.
 */
export async function measureWireBytes(base: string, relations: number, limit: number): Promise<WireBytes> {
  const body = graphRequestBody().replace('"limit":20000', `"limit":${limit}`);
  const json = await fetchBytes(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' }, body });
  if (json.encoding) throw new Error(`the JSON answer came ${json.encoding}-encoded: count it as such`);
  const bin = '/graph.bin?status=reviewed,extracted,rejected';
  const plain = await fetchBytes(`${base}${bin}`, { headers: { 'accept-encoding': 'identity' } });
  const gzip = await fetchBytes(`${base}${bin}`, { headers: { 'accept-encoding': 'gzip' } });
  const br = await fetchBytes(`${base}${bin}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  return { relations, json: json.bytes, binary: plain.bytes, binaryGzip: gzip.bytes, binaryBrotli: br.bytes, jsonMs: json.ms, binaryBrotliMs: br.ms };
}
