import type { ImportReport } from './run.js';

/** An import report as text for the terminal: counts, mappings, merges, then every loss with its place. */
export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.committed ? `Imported (version ${r.version})` : 'Dry run: nothing written'} — ${r.format}, source ${r.sources.join(', ')}`,
    `  read ${r.entitiesRead} nodes, ${r.relationsRead} edges; entities: ${r.entitiesCreated} new, ${r.entitiesMerged} merged; relations: ${r.relationsCreated} new; ${r.losses.length} loss${r.losses.length === 1 ? '' : 'es'}`,
  ];
  if (r.mappings.length > 0) lines.push('Mappings:', ...r.mappings.map((m) => `  ${m.what} ${JSON.stringify(m.foreign)} -> ${m.mapsTo ?? '(not imported)'} ×${m.count}`));
  if (r.merges.length > 0) lines.push('Merged with existing entities:', ...r.merges.map((m) => `  ${m.foreign} = ${m.entity} (by ${m.by})`));
  if (r.losses.length > 0) lines.push('Not imported:', ...r.losses.map((l) => `  ${l.place}: ${l.reason}`));
  return lines.join('\n');
}
