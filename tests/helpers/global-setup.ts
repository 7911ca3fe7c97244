import { ensureClient } from '../../scripts/ensure-client.js';

/** Builds the explorer once before the tests when its build is missing or stale (browser tests serve it). */
export default function setup(): void {
  ensureClient();
}
