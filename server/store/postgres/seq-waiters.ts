/**
 * Requests waiting for this server to apply a change (read-your-writes, `x-corridor-min-seq`): each
 * re-checks when the store applied something (`wakeAll`), or after its own short timer.
 */
export class SeqWaiters {
  private readonly waiting = new Set<() => void>();

  /**
   * Resolves true once `applied()` holds, false after `timeoutMs`. `horizon` looks the change up once
   * (null while it is not committed, so it is asked again); `kick` asks the store to read the log.
   */
  async wait(opts: { timeoutMs: number; applied: (horizon: string | null) => boolean; horizon: () => Promise<string | null>; kick: () => void; closed: () => boolean }): Promise<boolean> {
    const deadline = Date.now() + opts.timeoutMs;
    let horizon: string | null = null;
    while (!opts.closed()) {
      if (opts.applied(horizon)) return true;
      if (horizon === null) {
        horizon = await opts.horizon().catch(() => null);
        if (opts.applied(horizon)) return true;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      opts.kick();
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t);
          this.waiting.delete(done);
          resolve();
        };
        const t = setTimeout(done, Math.min(left, horizon === null ? 50 : 1_000));
        this.waiting.add(done);
      });
    }
    return false;
  }

  wakeAll(): void {
    for (const w of this.waiting) w();
  }
}
