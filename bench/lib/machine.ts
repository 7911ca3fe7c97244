import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineFacts {
  command: string;
  node: string;
  cores: number;
  cpu: string;
  memoryGB: number;
  platform: string;
  date: string;
  /** 1- and 5-minute load averages when the run started. */
  loadAtStart: number[];
}

export function machineFacts(): MachineFacts {
  const cpu = cpus();
  return {
    command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
    node: process.version,
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    loadAtStart: loadavg().slice(0, 2),
  };
}

export function machineLine(m: MachineFacts): string {
  return `${m.command}\nnode ${m.node}, ${m.cores} cores (${m.cpu}), ${m.memoryGB} GiB, ${m.platform}, ${m.date}; free memory at start ${Math.round(freemem() / 2 ** 30)} GiB; load average ${loads(m.loadAtStart)}`;
}

const loads = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');

/**
 * The benchmark itself keeps about two threads busy; a higher load average means other processes
 * shared the two cores and the numbers (not so much the ratios) are depressed.
 */
export function loadWarning(): string {
  const now = loadavg().slice(0, 2);
  return `load average at the end (1 / 5 min): ${loads(now)}${now[1]! > 2.5 ? '  <- other processes were competing for the 2 cores: absolute numbers are low, compare ratios' : ''}`;
}
