import type pg from 'pg';
import { connectClient, type PgSettings } from './connect.js';
import { CHANGES_CHANNEL } from './import-folder.js';

/**
 * A dedicated connection LISTENing on the change channel: `wake` runs on every notification (they
 * carry no payload; the change log is the truth) and whenever the connection is (re)established, so
 * what committed while it was down is read at once. A dropped connection is re-made with backoff;
 * the store's poll covers the gap and any lost notification.
 */
export class ChangeListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 100;
  private timer: NodeJS.Timeout | null = null;

  /**
   * `lost` runs as soon as the connection is lost: the database may be restarting, and after a crash
   * it can hand out transaction ids again that the store's cursor has passed, so the store stops
   * trusting its cursor and loads a fresh snapshot once the database answers again.
   */
  constructor(
    private readonly settings: PgSettings,
    private readonly wake: () => void,
    private readonly log: (m: string) => void,
    private readonly lost: () => void = () => {},
  ) {}

  get listening(): boolean {
    return this.client !== null;
  }

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let client: pg.Client | null = null;
    try {
      client = await connectClient({ ...this.settings, statementTimeoutMs: 5_000 });
      client.on('notification', () => this.wake());
      client.on('error', () => this.drop(client!));
      client.on('end', () => this.drop(client!));
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (this.closed) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.retryMs = 100;
      this.wake();
    } catch (e) {
      if (client) await client.end().catch(() => {});
      this.retryLater(`listening for changes failed: ${(e as Error).message}`);
    }
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.lost();
    void client.end().catch(() => {});
    this.retryLater('the change-listening connection was lost');
  }

  private retryLater(why: string): void {
    if (this.closed || this.timer) return;
    if (this.retryMs >= 1_600) this.log(`${why}; retrying in ${this.retryMs} ms`);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => {});
  }
}
