/**
 * A replica's `changes` subscription over Server-Sent Events, recording when each change-log seq first
 * arrived (performance.now()). Written by hand rather than with an SSE client package: the stream is
 * read with fetch, and all that is needed is the `data:` line of each `next` event.
 */
export interface ChangeFeed {
  /** Seq -> arrival time (ms, performance.now()) of its first event. */
  arrivals: Map<number, number>;
  close(): void;
}

const SUBSCRIPTION = 'subscription { changes { seq } }';

/** Subscribes; resolves once the server answered with the event stream. */
export async function subscribeChanges(port: number): Promise<ChangeFeed> {
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`changes subscription on port ${port}: HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const arrivals = new Map<number, number>();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      const at = performance.now();
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const event = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (!/^event: next$/m.test(event) || data === undefined) continue;
        const seq = (JSON.parse(data) as { data?: { changes?: { seq?: number | null } } }).data?.changes?.seq;
        if (typeof seq === 'number' && !arrivals.has(seq)) arrivals.set(seq, at);
      }
    }
  })();
  return { arrivals, close: () => controller.abort() };
}
