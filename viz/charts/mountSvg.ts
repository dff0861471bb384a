/**
 * Builds real SVG elements from an SvgNode tree in the browser. The project compiles without the
 * DOM lib, so the few parts of `document` and `Element` used here are declared structurally; the
 * browser's `document` and any element satisfy them, and tests pass a small fake.
 */
import { attrText, type SvgNode } from './svgNode.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Anything that can be appended: an element or a text node. */
export interface MountedNodeLike {
  readonly nodeType?: number;
}

export interface MountedElementLike extends MountedNodeLike {
  setAttribute(name: string, value: string): void;
  appendChild(child: MountedNodeLike): unknown;
}

export interface DocumentLike {
  createElementNS(namespace: string, qualifiedName: string): MountedElementLike;
  createTextNode(data: string): MountedNodeLike;
}

/**
 * Appends the tree under `parent` and returns its root element. Text is set through text nodes
 * (no innerHTML), so caller labels cannot inject markup here either.
 */
export function mountSvg(node: SvgNode, parent: MountedElementLike, document: DocumentLike): MountedElementLike {
  const el = buildElement(node, document);
  parent.appendChild(el);
  return el;
}

function buildElement(node: SvgNode, document: DocumentLike): MountedElementLike {
  const el = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    // createElementNS already sets the namespace; setAttribute('xmlns') can throw in XML documents.
    if (name === 'xmlns') continue;
    const text = attrText(value);
    if (text !== null) el.setAttribute(name, text);
  }
  for (const child of node.children) {
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : buildElement(child, document));
  }
  return el;
}
