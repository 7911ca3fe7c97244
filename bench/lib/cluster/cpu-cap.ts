import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU caps for processes with Linux cgroups: each capped process gets a child cgroup of the bench's own
 * (`cpu.max` under cgroups v2, `cpu.cfs_quota_us` under v1's cpu controller, whichever this machine
 * mounts writable), so that every replica gets the same CPU share and scaling across replicas shows on
 * a 2-core machine. Needs root. Written by hand: no npm package manages cgroups, and it is a few writes.
 */
export interface CpuCaps {
  /** 'v2' or 'v1': which interface carries the caps. */
  kind: 'v2' | 'v1';
  /** Caps `pid` (all its threads, and threads it starts later) to `cores` of CPU time. */
  cap(pid: number, cores: number): void;
  /** Moves every capped process back to the bench's own cgroup and removes the child cgroups. */
  release(): void;
}

const PERIOD_US = 100_000;

/** This process's cgroup folder for the cpu controller, or null when none is mounted writable. */
function ownCgroupDir(): { kind: 'v2' | 'v1'; dir: string } | null {
  const lines = readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n');
  const v2Root = '/sys/fs/cgroup';
  const v2Controllers = path.join(v2Root, 'cgroup.controllers');
  if (existsSync(v2Controllers) && readFileSync(v2Controllers, 'utf8').split(/\s+/).includes('cpu')) {
    const rel = lines.find((l) => l.startsWith('0::'))?.slice(3) ?? '/';
    return { kind: 'v2', dir: path.join(v2Root, rel) };
  }
  const v1Root = '/sys/fs/cgroup/cpu';
  if (existsSync(path.join(v1Root, 'cpu.cfs_quota_us'))) {
    const line = lines.find((l) => l.split(':')[1]?.split(',').includes('cpu'));
    return { kind: 'v1', dir: path.join(v1Root, line?.split(':')[2] ?? '/') };
  }
  return null;
}

/**
 * Sets up CPU caps, or returns a reason they are unavailable (not root, no cpu controller, read-only
 * cgroup file system). Nothing is created until `cap` is called.
 */
export function cpuCaps(tag: string): CpuCaps | { unavailable: string } {
  const own = ownCgroupDir();
  if (!own) return { unavailable: 'no writable cgroup cpu controller (neither cgroups v2 with cpu nor v1 /sys/fs/cgroup/cpu)' };
  if (process.getuid?.() !== 0) return { unavailable: `cgroups (${own.kind}) need root` };
  if (own.kind === 'v2') {
    // A child cgroup has the cpu controller only if its parent delegates it.
    const control = path.join(own.dir, 'cgroup.subtree_control');
    try {
      if (!readFileSync(control, 'utf8').split(/\s+/).includes('cpu')) writeFileSync(control, '+cpu');
    } catch (e) {
      return { unavailable: `cannot enable the cpu controller in ${control}: ${(e as Error).message}` };
    }
  }
  const created: Array<{ dir: string; pid: number }> = [];
  return {
    kind: own.kind,
    cap(pid, cores) {
      const dir = path.join(own.dir, `${tag}-${created.length}`);
      mkdirSync(dir);
      created.push({ dir, pid });
      const quota = String(Math.round(cores * PERIOD_US));
      if (own.kind === 'v2') writeFileSync(path.join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
      else {
        writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
        writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), quota);
      }
      // cgroup.procs moves the whole process, every thread (v1 and v2 alike).
      writeFileSync(path.join(dir, 'cgroup.procs'), String(pid));
    },
    release() {
      for (const { dir, pid } of created.splice(0)) {
        try {
          writeFileSync(path.join(own.dir, 'cgroup.procs'), String(pid));
        } catch {
          // The process has exited: the cgroup is empty already.
        }
        rmdirSync(dir);
      }
    },
  };
}
