// graphology-layout-forceatlas2 ships no types for its single-iteration module (iterate.js), which
// runs one ForceAtlas2 step over flat Float32Array matrices (10 numbers per node, 3 per edge).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

// Its default settings module (defaults.js), merged under the inferred settings as the library does.
declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
