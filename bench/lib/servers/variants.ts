/** The servers the throughput benchmark can run (see entry.ts for what each is). */
export const VARIANTS = ['yoga', 'yoga-fetch', 'graphql-js', 'graphql-jit', 'raw'] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Record<Variant, string> = {
  yoga: 'GraphQL (real server)',
  'yoga-fetch': "same API via Yoga's fetch adapter",
  'graphql-js': 'http + graphql-js execute',
  'graphql-jit': 'http + graphql-jit',
  raw: 'raw node:http',
};
