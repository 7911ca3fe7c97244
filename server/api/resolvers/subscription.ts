import { Repeater } from 'graphql-yoga';
import type { CommitEvent } from '../../store/graph-store.js';
import { UnknownEventError } from '../../store/event-history.js';
import { apiError } from '../errors.js';
import type { ChangeEventResolvers, SubscriptionResolvers } from '../generated/resolvers-types.js';

export const Subscription: SubscriptionResolvers = {
  changes: {
    subscribe: async (_, { after }, ctx) => {
      const queue: CommitEvent[] = [];
      let deliver: ((e: CommitEvent) => void) | null = null;
      // Subscribed (and any missed events replayed) before the first event is read, so none is lost.
      let off: () => void;
      try {
        off = await ctx.store.subscribe(after ?? null, (e) => (deliver ? deliver(e) : queue.push(e)));
      } catch (e) {
        if (e instanceof UnknownEventError) throw apiError('EVENT_UNKNOWN', e.message, { argument: 'after' });
        throw e;
      }
      return new Repeater<CommitEvent>(async (push, stop) => {
        for (const e of queue) void push(e);
        deliver = (e) => void push(e);
        await stop;
        off();
      });
    },
    resolve: (e: CommitEvent) => e,
  },
};

export const ChangeEvent: ChangeEventResolvers = {
  kind: (e) => e.kind.toUpperCase(),
  changes: (e) => e.results,
};
