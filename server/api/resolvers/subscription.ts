import { Repeater } from 'graphql-yoga';
import type { CommitEvent } from '../../store/store.js';
import type { ChangeEventResolvers, SubscriptionResolvers } from '../generated/resolvers-types.js';

export const Subscription: SubscriptionResolvers = {
  changes: {
    subscribe: (_, __, ctx) =>
      new Repeater<CommitEvent>(async (push, stop) => {
        const off = ctx.store.onCommit((e) => void push(e));
        await stop;
        off();
      }),
    resolve: (e: CommitEvent) => e,
  },
};

export const ChangeEvent: ChangeEventResolvers = {
  kind: (e) => e.kind.toUpperCase(),
  changes: (e) => e.results,
};
