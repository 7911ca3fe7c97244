import type { TestProject } from 'vitest/node';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

let cluster: PgCluster | null = null;

/** One throwaway PostgreSQL cluster for the `postgres` project's run; each test gets its own schema in it (backend.ts). */
export async function setup(project: TestProject): Promise<void> {
  cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  await cluster?.destroy();
}
