/**
 * The review view's keyboard map: one key, one action. Keys typed into a form field are the field's,
 * and a key with Ctrl, Alt or Meta belongs to the browser.
 */
export type ReviewAction = 'accept' | 'reject' | 'skip' | 'edit' | 'undo' | 'next' | 'prev';

export const REVIEW_KEYS: ReadonlyArray<{ keys: string[]; action: ReviewAction; label: string }> = [
  { keys: ['Enter', 'a'], action: 'accept', label: 'accept and move on' },
  { keys: ['r'], action: 'reject', label: 'reject' },
  { keys: ['s'], action: 'skip', label: 'skip' },
  { keys: ['e'], action: 'edit', label: 'edit' },
  { keys: ['u'], action: 'undo', label: 'undo the last decision' },
  { keys: ['j'], action: 'next', label: 'next' },
  { keys: ['k'], action: 'prev', label: 'previous' },
];

const BY_KEY = new Map(REVIEW_KEYS.flatMap((k) => k.keys.map((key) => [key, k.action] as const)));

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The element the key went to: its tag name (INPUT, TEXTAREA, SELECT, BUTTON…) and whether it is editable. */
  targetTag?: string;
  targetEditable?: boolean;
}

/** The action a key press asks for, or null when the key is not the review's. */
export function actionForKey(press: KeyPress): ReviewAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const tag = press.targetTag?.toUpperCase();
  if (press.targetEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  // Enter on a button presses that button.
  if (press.key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return null;
  return BY_KEY.get(press.key) ?? null;
}
