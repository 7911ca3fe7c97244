import { REVIEW_KEYS } from '../state/review-keys.js';
import { h } from './dom.js';

/** The visible key legend of the Review view, from the same map the keys use. */
export function keyLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'key-legend', 'aria-label': 'Keyboard shortcuts' },
    ...REVIEW_KEYS.map((k) => h('li', {}, ...k.keys.flatMap((key, i) => [i ? ' / ' : null, h('kbd', { text: key })]), ` ${k.label}`)),
  );
}
