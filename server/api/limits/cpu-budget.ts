/** What a client has left of its traversal CPU budget, as reported in headers and errors. */
export interface BudgetState {
  /** CPU milliseconds per window. */
  limitMs: number;
  windowSeconds: number;
  /** Milliseconds left now (0 when over). */
  remainingMs: number;
  /** Milliseconds used within the current window's worth of refill. */
  usedMs: number;
  /** Seconds until the budget is full again. */
  resetSeconds: number;
  /** Seconds until a request is accepted again (0 when it is now). */
  retryAfterSeconds: number;
}

/**
 * Traversal CPU time per client, measured (each worker reports the thread time a task took) and
 * charged after the fact, as a token bucket: `limitMs` of CPU per `windowSeconds`, refilled
 * continuously, so a client may spend its whole minute's budget in a burst and then waits while it
 * refills. A client whose bucket is empty is refused (HTTP 429) until it is positive again. In the
 * spirit of GitHub's secondary limit (CPU seconds per minute per client), not of a request count,
 * which cannot tell a lookup from a six-hop path search.
 */
export class CpuBudget {
  private readonly buckets = new Map<string, { ms: number; at: number }>();
  private sweepAt = 0;

  constructor(
    readonly limitMs: number,
    readonly windowSeconds: number,
  ) {}

  get enabled(): boolean {
    return this.limitMs > 0;
  }

  private rate(): number {
    return this.limitMs / (this.windowSeconds * 1000);
  }

  private level(client: string, now: number): number {
    const b = this.buckets.get(client);
    if (!b) return this.limitMs;
    return Math.min(this.limitMs, b.ms + (now - b.at) * this.rate());
  }

  /** Charges measured CPU time to a client. */
  charge(client: string, cpuMs: number, now = Date.now()): void {
    if (!this.enabled || cpuMs <= 0) return;
    if (now > this.sweepAt) this.sweep(now);
    this.buckets.set(client, { ms: this.level(client, now) - cpuMs, at: now });
  }

  /** The client's budget now; `retryAfterSeconds` > 0 when it is spent. */
  state(client: string, now = Date.now()): BudgetState {
    const level = this.enabled ? this.level(client, now) : this.limitMs;
    const rate = this.rate();
    return {
      limitMs: this.limitMs,
      windowSeconds: this.windowSeconds,
      remainingMs: Math.max(0, Math.floor(level)),
      usedMs: Math.max(0, Math.ceil(this.limitMs - level)),
      resetSeconds: this.enabled ? Math.ceil((this.limitMs - level) / rate / 1000) : 0,
      // Refused until the bucket is positive again; at least 1 s, as Retry-After counts whole seconds.
      retryAfterSeconds: this.enabled && level <= 0 ? Math.max(1, Math.ceil((-level + 1) / rate / 1000)) : 0,
    };
  }

  /** Forgets full buckets now and then, so the map holds only active clients. */
  private sweep(now: number): void {
    this.sweepAt = now + this.windowSeconds * 1000;
    for (const k of [...this.buckets.keys()]) if (this.level(k, now) >= this.limitMs) this.buckets.delete(k);
  }
}
