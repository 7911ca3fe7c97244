/**
 * Waiting work of many clients, served round-robin: each client has its own FIFO, at most
 * `maxRunningPerClient` of a client's items run at once, and `maxQueued` bounds the waiting items of
 * all clients together (the caller answers 503 when push refuses). One client with a thousand requests
 * waiting therefore delays another client's next request by at most one item per busy client, not by
 * the whole backlog. Written by hand: the queue libraries on npm (p-queue, fastq) are single FIFOs.
 */
export class FairQueue<T> {
  private readonly waiting = new Map<string, T[]>();
  private readonly running = new Map<string, number>();
  /** Clients in serving order; the head is served next. */
  private turn: string[] = [];
  private size = 0;

  constructor(
    private readonly maxQueued: number,
    private readonly maxRunningPerClient: number,
  ) {}

  get queued(): number {
    return this.size;
  }

  runningOf(client: string): number {
    return this.running.get(client) ?? 0;
  }

  /** Queues an item; false when the queue is full. */
  push(client: string, item: T): boolean {
    if (this.size >= this.maxQueued) return false;
    let q = this.waiting.get(client);
    if (!q) {
      this.waiting.set(client, (q = []));
      this.turn.push(client);
    }
    q.push(item);
    this.size++;
    return true;
  }

  /** The next item to run, round-robin over clients below their running cap; counts it as running. */
  take(): { client: string; item: T } | null {
    for (let i = 0; i < this.turn.length; i++) {
      const client = this.turn[i]!;
      if (this.runningOf(client) >= this.maxRunningPerClient) continue;
      const q = this.waiting.get(client)!;
      const item = q.shift()!;
      this.size--;
      this.running.set(client, this.runningOf(client) + 1);
      // This client goes to the back of the line; one with nothing left waiting leaves it.
      this.turn.splice(i, 1);
      if (q.length > 0) this.turn.push(client);
      else this.waiting.delete(client);
      return { client, item };
    }
    return null;
  }

  /** An item of `client` finished running. */
  finished(client: string): void {
    const n = this.runningOf(client) - 1;
    if (n > 0) this.running.set(client, n);
    else this.running.delete(client);
  }
}
