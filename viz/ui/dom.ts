/**
 * The part of the browser's DOM the UI uses, declared structurally: the project compiles with
 * lib ES2023 and Node's types only (no DOM lib, as viz/charts/mountSvg.ts), so this file names
 * each member the UI touches and nothing else. The browser's objects satisfy these shapes;
 * `browser()` is the one place that reads them from globalThis. Also `el()`, the element builder
 * every view uses: text goes in through text nodes, never innerHTML.
 */
import type { DocumentLike, MountedElementLike } from '../charts/index.js';

export interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface EventLike {
  readonly type: string;
  readonly target: unknown;
  preventDefault(): void;
  stopPropagation(): void;
}

export interface KeyboardEventLike extends EventLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

export interface PointerEventLike extends EventLike {
  readonly clientX: number;
  readonly clientY: number;
  readonly pointerType?: string;
}

export interface DragEventLike extends EventLike {
  readonly dataTransfer: { readonly files: ArrayLike<FileLike>; dropEffect: string } | null;
}

export interface MessageEventLike extends EventLike {
  readonly data: string;
  readonly lastEventId: string;
}

interface EventMap {
  click: PointerEventLike;
  input: EventLike;
  change: EventLike;
  submit: EventLike;
  keydown: KeyboardEventLike;
  pointerover: PointerEventLike;
  pointermove: PointerEventLike;
  pointerleave: PointerEventLike;
  focusin: EventLike;
  focusout: EventLike;
  focus: EventLike;
  blur: EventLike;
  dragenter: DragEventLike;
  dragover: DragEventLike;
  dragleave: DragEventLike;
  drop: DragEventLike;
  toggle: EventLike;
}

export type EventName = keyof EventMap;

export interface NodeLike {
  readonly nodeType?: number;
  textContent: string | null;
}

export interface ElementLike extends NodeLike, MountedElementLike {
  readonly tagName: string;
  id: string;
  hidden: boolean;
  className: string;
  readonly classList: {
    add(...t: string[]): void;
    remove(...t: string[]): void;
    toggle(t: string, force?: boolean): boolean;
    contains(t: string): boolean;
  };
  readonly style: { setProperty(name: string, value: string): void; removeProperty(name: string): void };
  readonly parentElement: ElementLike | null;
  readonly children: ArrayLike<ElementLike>;
  readonly isConnected: boolean;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  append(...nodes: (NodeLike | string)[]): void;
  replaceChildren(...nodes: (NodeLike | string)[]): void;
  remove(): void;
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  closest(selector: string): ElementLike | null;
  contains(other: unknown): boolean;
  addEventListener<K extends EventName>(
    type: K,
    listener: (e: EventMap[K]) => void,
    options?: { passive?: boolean },
  ): void;
  removeEventListener<K extends EventName>(type: K, listener: (e: EventMap[K]) => void): void;
  focus(options?: { preventScroll?: boolean }): void;
  getBoundingClientRect(): RectLike;
  scrollIntoView(options?: { block?: string; behavior?: string }): void;
  readonly clientWidth: number;
}

/** <input>, <select>, <textarea>, <button>, <details>, <a>: the members those add. */
export interface FormElementLike extends ElementLike {
  value: string;
  checked: boolean;
  disabled: boolean;
  readonly files: ArrayLike<FileLike> | null;
  click(): void;
}

export interface EventSourceLike {
  addEventListener(type: string, listener: (e: MessageEventLike) => void): void;
  close(): void;
  onerror: ((e: EventLike) => void) | null;
  readonly readyState: number;
}

export interface DocumentObject extends DocumentLike {
  createElement(tag: string): ElementLike;
  createElementNS(namespace: string, tag: string): ElementLike;
  createTextNode(data: string): NodeLike;
  getElementById(id: string): ElementLike | null;
  querySelector(selector: string): ElementLike | null;
  readonly body: ElementLike;
  readonly documentElement: ElementLike & { lang: string };
  readonly activeElement: ElementLike | null;
  title: string;
}

export interface BrowserLike {
  document: DocumentObject;
  location: { hash: string; readonly origin: string; readonly pathname: string };
  history: { replaceState(data: null, unused: string, url: string): void };
  navigator: { readonly languages: readonly string[]; readonly language: string };
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  EventSource: new (url: string) => EventSourceLike;
  addEventListener(type: 'hashchange' | 'resize', listener: () => void): void;
  innerWidth: number;
}

/** The page's globals, typed by the shapes above. */
export function browser(): BrowserLike {
  return globalThis as unknown as BrowserLike;
}

export type Child = NodeLike | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * An HTML element with attributes and children. Boolean attributes: true sets "", false or null
 * omits; `on` handlers are added as listeners.
 */
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): ElementLike {
  const node = browser().document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  appendChildren(node, children);
  return node;
}

function appendChildren(node: ElementLike, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) appendChildren(node, c as readonly Child[]);
    else if (typeof c === 'string' || typeof c === 'number') node.append(String(c));
    else node.append(c as NodeLike);
  }
}

/** The element as a form control (inputs, selects, buttons): the caller knows its tag. */
export const asForm = (e: ElementLike): FormElementLike => e as FormElementLike;

/** The event's target as an element, when it is one. */
export function targetElement(e: EventLike): ElementLike | null {
  const t = e.target as { closest?: unknown } | null;
  return t && typeof t.closest === 'function' ? (t as unknown as ElementLike) : null;
}

/** Adds a listener and returns the element (for chaining in builders). */
export function on<K extends EventName>(node: ElementLike, type: K, listener: (e: EventMap[K]) => void): ElementLike {
  node.addEventListener(type, listener);
  return node;
}

/** Starts a download of `text` as a file: a Blob URL on a temporary link. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = asForm(el('a', { href: url, download: name, hidden: true }));
  browser().document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
