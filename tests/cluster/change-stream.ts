/** One event of the `changes` subscription, as a client receives it. */
export interface ChangeEventSeen {
  seq: number;
  ids: string[];
  /** The event as the subscription sent it (the selected fields). */
  raw: any;
}

export interface ChangeStream {
  /** Events received so far, in arrival order. */
  events: ChangeEventSeen[];
  close(): void;
}

/**
 * Opens the `changes` subscription of a server over server-sent events and records every event;
 * `fields` adds to the selection, `after` resumes after an event id.
 */
export async function openChangeStream(server: { url: string }, opts: { fields?: string; after?: string } = {}): Promise<ChangeStream> {
  const controller = new AbortController();
  const args = opts.after ? `(after: ${JSON.stringify(opts.after)})` : '';
  const query = `subscription { changes${args} { seq changes { id } ${opts.fields ?? ''} } }`;
  const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`subscription refused: HTTP ${res.status}`);
  const events: ChangeEventSeen[] = [];
  // Server-sent events parsed by hand (no SSE parser is installed): Yoga sends `event: next\ndata: {…}`
  // blocks separated by a blank line, and `:` comment lines to keep the connection alive.
  let buffered = '';
  const decoder = new TextDecoder();
  void (async () => {
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end).split('\n');
        buffered = buffered.slice(end + 2);
        if (!block.includes('event: next')) continue;
        const data = block.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
        const c = JSON.parse(data).data.changes as { seq: number; changes: Array<{ id: string }> };
        events.push({ seq: c.seq, ids: c.changes.map((x) => x.id), raw: c });
      }
    }
  })().catch(() => {}); // aborted by close()
  return { events, close: () => controller.abort() };
}
