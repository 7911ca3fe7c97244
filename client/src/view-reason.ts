/**
 * Why the view changed, which decides its history entry: `user` pushes one (back/forward step through
 * it), `camera` replaces the current one, `history` (back/forward itself) writes none.
 */
export type ViewReason = 'user' | 'camera' | 'history';
