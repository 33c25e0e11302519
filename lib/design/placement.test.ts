import { describe, expect, it } from 'vitest';
import { addNode, emptyDesign, extractFragment, pasteFragment } from './edit';
import { EXAMPLES } from './examples';
import { absolutePosition, absoluteRect, GROUP_DEFAULT_SIZE, indexNodes, isDescendant, type Rect } from './geometry';
import { parseDesign } from './parse';
import { contentRect, placeFragment, placeNode, PLACEMENT_GAP, PLACEMENT_NODE_SIZE } from './placement';
import type { Design, DesignNode } from './schema';

const footprint = (byId: ReadonlyMap<string, DesignNode>, n: DesignNode): Rect =>
  n.kind === 'region' || n.kind === 'vnet' || n.kind === 'subnet'
    ? absoluteRect(byId, n)
    : { ...absolutePosition(byId, n.id), ...PLACEMENT_NODE_SIZE };

const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The ids among `ids` whose footprint covers another node that is not one of its groups (or inside it). */
function overlapping(design: Design, ids: readonly string[], among: readonly DesignNode[] = design.nodes): string[] {
  const byId = indexNodes(design);
  const out: string[] = [];
  for (const id of ids) {
    const n = byId.get(id)!;
    for (const m of among) {
      if (m.id === id || isDescendant(byId, id, m.id) || isDescendant(byId, m.id, id)) continue;
      if (overlap(footprint(byId, n), footprint(byId, m))) out.push(`${id} covers ${m.id}`);
    }
  }
  return out;
}

const example = (slug: string): Design => {
  const ex = EXAMPLES.find((e) => e.slug === slug);
  const r = ex ? parseDesign(ex.document) : null;
  if (!r?.ok) throw new Error(`example ${slug} does not parse`);
  return r.design;
};

const add = (d: Design, kind: Parameters<typeof placeNode>[1], wanted: { x: number; y: number }) => {
  const p = placeNode(d, kind, wanted);
  return addNode(p.design, kind, p.topLeft);
};

/** Nodes sticking out of their group (a grown group's neighbours move aside rather than being covered). */
function sticking(design: Design): string[] {
  const byId = indexNodes(design);
  const out: string[] = [];
  for (const n of design.nodes) {
    if (n.parentId === undefined) continue;
    const g = absoluteRect(byId, byId.get(n.parentId)!);
    const r = footprint(byId, n);
    if (r.x < g.x || r.y < g.y || r.x + r.width > g.x + g.width + 1 || r.y + r.height > g.y + g.height + 1)
      out.push(`${n.id} sticks out of ${n.parentId}`);
  }
  return out;
}

/** What sticks out of its group in `after` and did not in `before`. */
const groupsHoldTheirChildren = (after: Design, before: Design): string[] => {
  const was = new Set(sticking(before));
  return sticking(after).filter((s) => !was.has(s));
};

describe('placeNode', () => {
  it('keeps the wanted spot on an empty canvas', () => {
    expect(placeNode(emptyDesign(), 'app-service', { x: 100, y: 80 }).topLeft).toEqual({ x: 100, y: 80 });
  });

  it('adding the same component five times at one point gives five spots, none covering another', () => {
    let d = emptyDesign();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = add(d, 'app-service', { x: 0, y: 0 });
      d = r.design;
      ids.push(r.id);
    }
    expect(overlapping(d, ids)).toEqual([]);
    // Each lands near the point it was asked for: within two node sizes.
    const byId = indexNodes(d);
    for (const id of ids) {
      const p = absolutePosition(byId, id);
      expect(Math.hypot(p.x, p.y)).toBeLessThan(2 * (PLACEMENT_NODE_SIZE.height + PLACEMENT_GAP) + 1);
    }
  });

  for (const slug of ['enterprise-reference', 'self-hosted-llama-70b-aks']) {
    it(`in ${slug}, a component asked for on top of each component lands in its group, clear of everything; a full group grows`, () => {
      const d = example(slug);
      const byId = indexNodes(d);
      for (const child of d.nodes.filter((n) => n.parentId !== undefined && n.kind !== 'subnet' && n.kind !== 'vnet')) {
        const r = add(d, 'app-service', absolutePosition(byId, child.id));
        const after = indexNodes(r.design);
        const added = after.get(r.id)!;
        expect(added.parentId, `on ${child.id}`).toBe(child.parentId);
        expect(overlapping(r.design, [r.id]), `on ${child.id}`).toEqual([]);
        expect(groupsHoldTheirChildren(r.design, d), `on ${child.id}`).toEqual([]);
        const area = contentRect(after, after.get(child.parentId!)!);
        const at = absolutePosition(after, r.id);
        expect(at.x, `on ${child.id}`).toBeGreaterThanOrEqual(area.x);
        expect(at.y, `on ${child.id}`).toBeGreaterThanOrEqual(area.y);
      }
    });
  }

  it('a full subnet grows to the right and pushes the subnet beside it along, which still does not overlap it', () => {
    const d = example('self-hosted-llama-70b-aks');
    const r = add(d, 'app-service', absolutePosition(indexNodes(d), 'app'));
    const after = indexNodes(r.design);
    expect(after.get(r.id)!.parentId).toBe('snet-app');
    expect(after.get('snet-app')!.size!.width).toBeGreaterThan(360);
    expect(overlap(absoluteRect(after, after.get('snet-app')!), absoluteRect(after, after.get('snet-apim')!))).toBe(false);
    expect(groupsHoldTheirChildren(r.design, d)).toEqual([]);
  });

  it('a region dropped on another region moves beside it instead of inside or over it', () => {
    let d = addNode(emptyDesign(), 'region', { x: 0, y: 0 }).design;
    d = add(d, 'region', { x: 100, y: 100 }).design;
    const [a, b] = d.nodes;
    const byId = indexNodes(d);
    expect(b!.parentId).toBeUndefined();
    expect(overlap(absoluteRect(byId, a!), absoluteRect(byId, b!))).toBe(false);
    expect(GROUP_DEFAULT_SIZE.region.width).toBe(720); // the size the test's geometry assumes
  });
});

describe('placeFragment (duplicate and paste)', () => {
  for (const slug of ['enterprise-reference', 'self-hosted-llama-70b-aks']) {
    it(`duplicating each component of ${slug} puts the copy on a free spot in the same group`, () => {
      const d = example(slug);
      for (const n of d.nodes.filter((x) => x.kind !== 'region' && x.kind !== 'vnet' && x.kind !== 'subnet')) {
        const fragment = extractFragment(d, [n.id])!;
        const p = placeFragment(d, fragment);
        const r = pasteFragment(p.design, fragment, p.offset);
        const copy = r.design.nodes.find((x) => x.id === r.nodeIds[0])!;
        expect(copy.parentId, `copy of ${n.id}`).toBe(n.parentId);
        expect(overlapping(r.design, r.nodeIds), `copy of ${n.id}`).toEqual([]);
        expect(groupsHoldTheirChildren(r.design, d), `copy of ${n.id}`).toEqual([]);
        if (n.parentId !== undefined) {
          const byId = indexNodes(r.design);
          const area = contentRect(byId, byId.get(n.parentId)!);
          const at = absolutePosition(byId, copy.id);
          expect(
            at.x >= area.x && at.y >= area.y && at.x + PLACEMENT_NODE_SIZE.width <= area.x + area.width,
            `copy of ${n.id} inside`,
          ).toBe(true);
        }
      }
    });
  }

  it('duplicating a whole region keeps its contents together and lands clear of every other node', () => {
    const d = example('enterprise-reference');
    const region = d.nodes.find((n) => n.kind === 'region')!;
    const fragment = extractFragment(d, [region.id])!;
    const p = placeFragment(d, fragment);
    const r = pasteFragment(p.design, fragment, p.offset);
    expect(overlapping(r.design, [r.nodeIds[0]!])).toEqual([]);
  });
});
