/** Milliseconds spent in each named stage, in the order the stages ran. */
export type StageTimes = Record<string, number>;

/** Times consecutive stages of a computation: `lap(name)` closes the stage that has just run. */
export class StageClock {
  readonly times: StageTimes = {};
  private readonly started = performance.now();
  private last = this.started;

  lap(stage: string): void {
    const now = performance.now();
    this.times[stage] = (this.times[stage] ?? 0) + (now - this.last);
    this.last = now;
  }

  total(): number {
    return performance.now() - this.started;
  }
}
