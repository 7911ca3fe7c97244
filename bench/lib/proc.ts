import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** CPU seconds (user + system, all threads) a process has used so far; NaN where /proc is unavailable. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15 of the line)
  } catch {
    return Number.NaN;
  }
}

/** Measures a process's CPU use during `run`: cores used on average (1.0 = one core busy all the time). */
export async function withCpu<T>(pid: number | undefined, run: () => Promise<T>): Promise<{ value: T; cores: number }> {
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  const value = await run();
  return { value, cores: (cpuSeconds(pid) - c0) / ((performance.now() - t0) / 1000) };
}
