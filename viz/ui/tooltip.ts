/**
 * Tooltips for the chart factories' marks: every mark carries `data-tip` ("10:00 — 34.2 ± 1.3 分"),
 * so one listener per chart finds the mark under the pointer. Keyboard users reach the same texts:
 * the chart is one tab stop and the arrow keys step through its marks (a roving focus that shows
 * the tooltip at the mark and says it in the live region), so a screen reader hears each value.
 */
import { browser, el, targetElement, type ElementLike, type KeyboardEventLike } from './dom.js';

let tipBox: ElementLike | null = null;
let live: ElementLike | null = null;

/** The page's tooltip and live region (created once, in the shell). */
export function tooltipElements(): ElementLike[] {
  tipBox = el('div', { id: 'chart-tip', class: 'chart-tip', role: 'tooltip', hidden: true });
  live = el('div', { id: 'chart-live', class: 'sr-only', 'aria-live': 'polite' });
  return [tipBox, live];
}

function show(text: string, x: number, y: number): void {
  if (!tipBox) return;
  tipBox.textContent = text;
  tipBox.hidden = false;
  // Keep the box inside the window: flip left of the pointer near the right edge.
  const w = browser().innerWidth;
  const left = x + 14 + 260 > w ? Math.max(4, x - 14 - 260) : x + 14;
  tipBox.style.setProperty('left', `${left}px`);
  tipBox.style.setProperty('top', `${y + 14}px`);
}

export function hideTip(): void {
  if (tipBox) tipBox.hidden = true;
}

const ACTIVE = 'mark-active';

/**
 * Makes a mounted chart interactive. `root` is the chart's <svg>; `hint` the id of a text that
 * explains the keys (aria-describedby keeps the chart's own description first).
 */
export function attachTips(root: ElementLike, hint: string): void {
  let index = -1;
  const marks = () => Array.from(root.querySelectorAll('[data-tip]'));
  const clear = () => {
    for (const m of Array.from(root.querySelectorAll(`.${ACTIVE}`))) m.classList.remove(ACTIVE);
  };
  root.setAttribute('tabindex', '0');
  root.setAttribute('aria-describedby', `${root.getAttribute('aria-describedby') ?? ''} ${hint}`.trim());
  root.addEventListener('pointermove', (e) => {
    const mark = targetElement(e)?.closest('[data-tip]');
    if (!mark || !root.contains(mark)) {
      hideTip();
      clear();
      return;
    }
    clear();
    mark.classList.add(ACTIVE);
    show(mark.getAttribute('data-tip') ?? '', e.clientX, e.clientY);
  });
  root.addEventListener('pointerleave', () => {
    hideTip();
    clear();
  });
  root.addEventListener('blur', () => {
    hideTip();
    clear();
  });
  root.addEventListener('keydown', (e: KeyboardEventLike) => {
    const list = marks();
    if (list.length === 0) return;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key === 'Escape') {
      hideTip();
      clear();
      return;
    }
    if (e.key === 'Home') index = 0;
    else if (e.key === 'End') index = list.length - 1;
    else if (step[e.key] !== undefined) index = (Math.max(-1, index) + step[e.key] + list.length) % list.length;
    else return;
    e.preventDefault();
    const mark = list[index];
    clear();
    mark.classList.add(ACTIVE);
    const r = mark.getBoundingClientRect();
    const text = mark.getAttribute('data-tip') ?? '';
    show(text, r.left + r.width / 2, r.top + r.height / 2);
    if (live) live.textContent = text;
  });
}
