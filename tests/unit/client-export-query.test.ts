import { describe, expect, it } from 'vitest';
import { exportUrl } from '../../client/src/state/export-query.js';
import { DEFAULT_FILTERS } from '../../client/src/state/view-state.js';

const vocabulary = { kinds: ['Country', 'Region', 'Topic'], types: ['part_of', 'shares_border_with', 'trades_with'] };

describe('export URL of the explorer view', () => {
  it('carries the default statuses only, for an unfiltered view', () => {
    expect(exportUrl('gexf', DEFAULT_FILTERS, vocabulary)).toBe('/export/gexf?status=reviewed,extracted');
  });

  it('turns hidden kinds and types into the kept ones, and passes confidence and date', () => {
    const url = exportUrl('graphml', { hiddenKinds: ['Topic'], hiddenTypes: ['trades_with'], statuses: ['reviewed'], minConfidence: 0.8, asOf: '2024-06' }, vocabulary);
    const params = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/export/graphml?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({ kinds: 'Country,Region', types: 'part_of,shares_border_with', status: 'reviewed', minConfidence: '0.8', validAt: '2024-06' });
  });

  it('exports focus mode as the neighbourhood of the selected entity', () => {
    const params = new URL(exportUrl('gexf', DEFAULT_FILTERS, vocabulary, { entity: 'kazakhstan', depth: 2 }), 'http://x').searchParams;
    expect(params.get('around')).toBe('kazakhstan');
    expect(params.get('depth')).toBe('2');
    expect(new URL(exportUrl('gexf', DEFAULT_FILTERS, vocabulary, null), 'http://x').searchParams.has('around')).toBe(false);
  });
});
