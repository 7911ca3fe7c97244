import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from schema.graphql: resolver signatures for the server (parents mapped to the
 * model's records) and typed operations for the explorer. `npm run codegen` writes them; `npm test`
 * fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Entity: '../../model/records.js#Entity',
          Relation: '../../model/records.js#Relation',
          Evidence: '../../model/records.js#Evidence',
          Source: '../../model/records.js#Source',
          ImportReport: '../../interchange/import/run.js#ImportReport',
          EntityKind: '../../model/vocabulary.js#EntityKind',
          RelationType: '../../model/vocabulary.js#RelationType',
          Metrics: '../models.js#MetricsParent',
          Path: '../models.js#PathParent',
          Hop: '../models.js#HopParent',
          Subgraph: '../models.js#SubgraphParent',
          SearchHit: '../models.js#SearchHitParent',
          EntityConnection: '../models.js#ConnectionParent',
          RelationConnection: '../models.js#ConnectionParent',
          EntityEdge: '../models.js#EdgeParent',
          RelationEdge: '../models.js#EdgeParent',
          GraphStats: '../models.js#StatsParent',
          Vocabulary: '../../model/rules.js#VocabularyIndex',
          DataStatus: '../../store/graph-store.js#DataStatus',
          ChangeEvent: '../../store/graph-store.js#CommitEvent',
          ChangeRecord: '../../store/changes.js#ChangeResult',
        },
      },
    },
    'client/src/api/generated/': {
      preset: 'client',
      documents: ['client/src/api/**/*.ts', '!client/src/api/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string' },
    },
  },
};
export default config;
