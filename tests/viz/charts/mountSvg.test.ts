import { describe, expect, it } from 'vitest';
import {
  SVG_NS,
  mountSvg,
  type DocumentLike,
  type MountedElementLike,
  type MountedNodeLike,
} from '../../../viz/charts/mountSvg.js';
import { fanChart } from '../../../viz/charts/fanChart.js';
import { h, renderSvg, type SvgNode } from '../../../viz/charts/svgNode.js';
import { XSS } from './chartTestKit.js';

/** A just-enough DOM: elements remember namespace, tag, attributes and children. */
class FakeText implements MountedNodeLike {
  readonly nodeType = 3;
  constructor(readonly data: string) {}
}

class FakeElement implements MountedElementLike {
  readonly nodeType = 1;
  readonly attrs: [string, string][] = [];
  readonly children: (FakeElement | FakeText)[] = [];
  constructor(
    readonly ns: string,
    readonly tag: string,
  ) {}
  setAttribute(name: string, value: string): void {
    this.attrs.push([name, value]);
  }
  appendChild(child: MountedNodeLike): unknown {
    if (!(child instanceof FakeElement || child instanceof FakeText)) throw new Error('foreign node');
    this.children.push(child);
    return child;
  }
}

const fakeDocument: DocumentLike = {
  createElementNS: (ns, tag) => new FakeElement(ns, tag),
  createTextNode: (data) => new FakeText(data),
};

function asFake(node: unknown): FakeElement {
  if (!(node instanceof FakeElement)) throw new Error('not a fake element');
  return node;
}

/** The fake element back as an SvgNode (string attribute values), to compare with the input tree. */
function toNode(el: FakeElement): SvgNode {
  return {
    tag: el.tag,
    attrs: Object.fromEntries(el.attrs),
    children: el.children.map((c) => (c instanceof FakeText ? c.data : toNode(c))),
  };
}

/** The input tree as mountSvg should build it: no xmlns, numbers as rendered. */
function expected(node: SvgNode): SvgNode {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(node.attrs))
    if (k !== 'xmlns') attrs[k] = typeof v === 'number' ? renderNumber(v) : v;
  return { tag: node.tag, attrs, children: node.children.map((c) => (typeof c === 'string' ? c : expected(c))) };
}
const renderNumber = (v: number) => /="([^"]*)"/.exec(renderSvg(h('x', { v })))?.[1] ?? '';

describe('mountSvg', () => {
  it('builds the same tree with createElementNS in the SVG namespace', () => {
    const parent = new FakeElement('html', 'div');
    const tree = h('svg', { xmlns: SVG_NS, width: 10.456 }, h('g', { class: 'a' }, h('rect', { x: 1 }), XSS));
    const root = mountSvg(tree, parent, fakeDocument);
    expect(parent.children).toEqual([root]);
    const el = asFake(root);
    expect(el.ns).toBe(SVG_NS);
    expect(toNode(el)).toEqual({
      tag: 'svg',
      attrs: { width: '10.46' },
      children: [
        { tag: 'g', attrs: { class: 'a' }, children: [{ tag: 'rect', attrs: { x: '1' }, children: [] }, XSS] },
      ],
    });
  });

  it('mounts a whole chart node for node', () => {
    const chart = fanChart(
      {
        hours: [
          { label: '09:00', waitMin: { p05: 1, p25: 2, p50: 3, p75: 4, p95: 5 } },
          { label: '10:00', waitMin: null },
        ],
        labels: { x: 'x', y: 'y', band90: '90', band50: '50', median: 'm' },
      },
      { id: 'm1', title: 't', desc: 'd' },
    );
    const parent = new FakeElement('html', 'div');
    const el = asFake(mountSvg(chart.svg, parent, fakeDocument));
    expect(toNode(el)).toEqual(expected(chart.svg));
    const all: FakeElement[] = [];
    const collect = (e: FakeElement) => {
      all.push(e);
      for (const c of e.children) if (c instanceof FakeElement) collect(c);
    };
    collect(el);
    expect(all.every((e) => e.ns === SVG_NS)).toBe(true);
  });
});
