import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { FILTER_PARAMETERS, FilterParameterError, parseExportFilter, type FilterParameter } from '../interchange/export/filter-params.js';
import { exportFormat, FORMAT_NAMES } from '../interchange/export/formats.js';
import { ExportView } from '../interchange/export/view.js';

export const EXPORT_PATH = '/export/';

function sendError(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * `GET /export/<format>?types=…&status=…&minConfidence=…&kinds=…&source=…&validAt=…&hideIsolated=true`:
 * the graph, or the part the filter passes, as a download, streamed as it is written. Public and read
 * only, like queries. An unknown format is a 404 listing the formats; a bad or unknown parameter a 400
 * naming it.
 */
export async function serveExport(req: IncomingMessage, res: ServerResponse, kg: KnowledgeGraph): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} ${url.pathname}: exports are read with GET`);
    return;
  }
  const raw = url.pathname.slice(EXPORT_PATH.length);
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // a malformed %-escape names no format either: answered below as unknown
  }
  const format = exportFormat(name);
  if (!format) {
    sendError(res, 404, 'NOT_FOUND', `no export format "${name}"; the formats are ${FORMAT_NAMES.join(', ')}`, { formats: FORMAT_NAMES });
    return;
  }
  const params: Partial<Record<FilterParameter, string>> = {};
  for (const [key, value] of url.searchParams) {
    if (!(FILTER_PARAMETERS as readonly string[]).includes(key)) {
      sendError(res, 400, 'BAD_USER_INPUT', `${key}: unknown parameter; the filter parameters are ${FILTER_PARAMETERS.join(', ')}`, { parameter: key });
      return;
    }
    const p = key as FilterParameter;
    params[p] = params[p] === undefined ? value : `${params[p]},${value}`;
  }
  let view: ExportView;
  try {
    view = new ExportView(kg, parseExportFilter(params, kg));
  } catch (e) {
    if (!(e instanceof FilterParameterError)) throw e;
    sendError(res, 400, 'BAD_USER_INPUT', e.message, { parameter: e.parameter });
    return;
  }
  const date = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': format.contentType.startsWith('application/zip') ? format.contentType : `${format.contentType}; charset=utf-8`,
    'content-disposition': `attachment; filename="corridor-${date}.${format.extension}"`,
    'x-corridor-entities': String(view.entityCount),
    'x-corridor-relations': String(view.relationCount),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(Readable.from(format.write(view)), res);
}
