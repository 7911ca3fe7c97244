/**
 * The signed-in token, kept in sessionStorage (per tab, gone when the tab closes; never in the URL),
 * with who it belongs to. Listeners hear sign-in and sign-out, so write actions show and hide.
 */
export interface Viewer {
  name: string;
  role: string;
}

const KEY = 'corridor.token';
const listeners = new Set<(viewer: Viewer | null) => void>();
let current: Viewer | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The bearer token requests carry, or null. */
export function sessionToken(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

/** Who is signed in (known once the token was checked), or null. */
export const sessionViewer = (): Viewer | null => current;

/** Whether the signed-in token may write (role editor). */
export const canWrite = (): boolean => current?.role === 'editor';

/** Keeps a checked token and tells the listeners. */
export function signIn(token: string, viewer: Viewer): void {
  storage()?.setItem(KEY, token);
  current = viewer;
  for (const l of [...listeners]) l(viewer);
}

/** Forgets the token. */
export function signOut(): void {
  storage()?.removeItem(KEY);
  current = null;
  for (const l of [...listeners]) l(null);
}

/** Calls `listener` on every sign-in and sign-out; returns the unsubscribe function. */
export function onSession(listener: (viewer: Viewer | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
