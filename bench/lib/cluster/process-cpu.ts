import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds } from '../proc.js';

/** Pids of a process and all its descendants, from /proc (PostgreSQL's backends are children of the postmaster). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended while listing
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

/** CPU seconds used so far by each of some process trees (a tree's exited processes not counted). */
export function treeCpuSeconds(roots: number[]): number[] {
  return roots.map((root) => processTree(root).reduce((sum, pid) => sum + (cpuSeconds(pid) || 0), 0));
}

/** Cores each process tree used on average while `run` ran. */
export async function coresDuring<T>(roots: number[], run: () => Promise<T>): Promise<{ value: T; cores: number[] }> {
  const c0 = treeCpuSeconds(roots);
  const t0 = performance.now();
  const value = await run();
  const c1 = treeCpuSeconds(roots);
  const seconds = (performance.now() - t0) / 1000;
  return { value, cores: c1.map((c, i) => (c - c0[i]!) / seconds) };
}
