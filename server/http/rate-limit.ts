/**
 * Requests per minute per client address, as a token bucket: a client may burst up to its minute's
 * allowance, then gets one request per 60/limit seconds. Written by hand: the envelop rate limiter
 * limits GraphQL fields, not requests, and would let non-GraphQL requests through.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweepAt = 0;

  constructor(private readonly perMinute: number) {}

  /** 0 when allowed; otherwise seconds until the next request would be. */
  take(client: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const rate = this.perMinute / 60_000;
    if (now > this.sweepAt) this.sweep(now, rate);
    let b = this.buckets.get(client);
    if (!b) this.buckets.set(client, (b = { tokens: this.perMinute, at: now }));
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }

  /** Forget full buckets now and then, so the map holds only active clients. */
  private sweep(now: number, rate: number): void {
    this.sweepAt = now + 60_000;
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * rate >= this.perMinute) this.buckets.delete(k);
  }
}
