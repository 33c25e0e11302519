import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  emptyDesign,
  extractFragment,
  moveIntoGroup,
  orderParentsFirst,
  pasteFragment,
  regroupMoved,
  removeElements,
  setGeometry,
  updateEdge,
  updateNode,
} from './edit';
import { isGroupKind } from '../catalog/components';
import { absolutePosition, absoluteRect, canContain, groupAt, indexNodes } from './geometry';
import { duplicateNodes } from './placement';
import { getExample } from './examples';
import { parseDesign } from './parse';
import type { Design, DesignNode } from './schema';

const enterprise = (): Design => {
  const r = parseDesign(getExample('enterprise-reference')!.document);
  if (!r.ok) throw new Error('example does not parse');
  return r.design;
};

describe('adding components', () => {
  it('adds a component with default settings where it is dropped', () => {
    const { design, id } = addNode(emptyDesign(), 'gpu-vm', { x: 100, y: 80 });
    const node = design.nodes.find((n) => n.id === id)!;
    expect(id).toBe('gpu-vm');
    expect(node.position).toEqual({ x: 100, y: 80 });
    expect(node.parentId).toBeUndefined();
    expect(node.config).toMatchObject({ sku: 'Standard_NC24ads_A100_v4', count: 1 });
    expect(parseDesign(design).ok).toBe(true);
  });

  it('gives unique ids and steps a second add aside', () => {
    const a = addNode(emptyDesign(), 'redis', { x: 0, y: 0 });
    const b = addNode(a.design, 'redis', { x: 0, y: 0 });
    expect(b.id).toBe('redis-2');
    expect(b.design.nodes[1]!.position).toEqual({ x: 30, y: 30 });
  });

  it('drops into the innermost group under its centre, with a position relative to that group', () => {
    const d = enterprise();
    const byId = indexNodes(d);
    const subnet = absolutePosition(byId, 'snet-pe');
    const { design, id } = addNode(d, 'key-vault', { x: subnet.x + 100, y: subnet.y + 30 });
    const node = design.nodes.find((n) => n.id === id)!;
    expect(node.parentId).toBe('snet-pe');
    expect(node.position).toEqual({ x: 100, y: 30 });
  });

  it('keeps groups to the nesting rules: no region in a subnet', () => {
    expect(canContain('region', 'vnet')).toBe(true);
    expect(canContain('vnet', 'subnet')).toBe(true);
    expect(canContain('subnet', 'vnet')).toBe(false);
    expect(canContain('subnet', 'region')).toBe(false);
    expect(canContain('vnet', 'region')).toBe(false);
    const d = enterprise();
    const abs = absolutePosition(indexNodes(d), 'snet-pe');
    expect(groupAt(d, { x: abs.x + 10, y: abs.y + 10 }, 'region')).toBeNull();
    expect(groupAt(d, { x: abs.x + 10, y: abs.y + 10 }, 'subnet')?.id).toBe('vnet');
  });
});

describe('moving in and out of groups', () => {
  it('joins the group a node is dropped into, and leaves it when dragged out, keeping its place on screen', () => {
    const d = enterprise();
    const byId = indexNodes(d);
    const before = absolutePosition(byId, 'users');
    const region = absolutePosition(byId, 'westus');
    const moved = setGeometry(d, new Map([['users', { position: { x: region.x + 20, y: region.y + 60 } }]]));
    const inside = regroupMoved(moved, ['users']);
    const users = inside.nodes.find((n) => n.id === 'users')!;
    expect(users.parentId).toBe('westus');
    expect(users.position).toEqual({ x: 20, y: 60 });
    const out = regroupMoved(setGeometry(inside, new Map([['users', { position: { x: -3000, y: 0 } }]])), ['users']);
    const back = out.nodes.find((n) => n.id === 'users')!;
    expect(back.parentId).toBeUndefined();
    expect(absolutePosition(indexNodes(out), 'users')).toEqual({ x: region.x - 3000, y: region.y });
    expect(before).not.toEqual(absolutePosition(indexNodes(out), 'users'));
  });

  it('moving a group leaves its children where they are relative to it', () => {
    const d = enterprise();
    const moved = regroupMoved(setGeometry(d, new Map([['eastus', { position: { x: 900, y: 100 } }]])), ['eastus']);
    expect(moved.nodes.find((n) => n.id === 'vnet')!.position).toEqual({ x: 30, y: 60 });
    expect(moved.nodes.find((n) => n.id === 'vnet')!.parentId).toBe('eastus');
  });

  it('puts a node into a group from the inspector at a free spot inside it', () => {
    const d = enterprise();
    const next = moveIntoGroup(d, 'entra', 'snet-aks');
    const entra = next.nodes.find((n) => n.id === 'entra')!;
    expect(entra.parentId).toBe('snet-aks');
    expect(entra.position.x).toBeGreaterThanOrEqual(0);
    expect(moveIntoGroup(d, 'eastus', 'snet-aks')).toBe(d); // a region never goes into a subnet
    expect(moveIntoGroup(d, 'vnet', 'snet-aks')).toBe(d); // nor into a group inside it
  });

  it('keeps parents before children', () => {
    const d = enterprise();
    const shuffled = [...d.nodes].reverse();
    const ordered = orderParentsFirst(shuffled);
    const seen = new Set<string>();
    for (const n of ordered) {
      if (n.parentId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
    expect(ordered).toHaveLength(d.nodes.length);
  });
});

describe('removing, editing, connecting', () => {
  it('removing a group removes what is inside it and the connections that touch them', () => {
    const d = enterprise();
    const next = removeElements(d, ['vnet']);
    for (const id of ['vnet', 'snet-app', 'app', 'apim', 'ingest']) expect(next.nodes.some((n) => n.id === id)).toBe(false);
    expect(next.edges.some((e) => e.source === 'app' || e.target === 'app')).toBe(false);
    expect(parseDesign(next).ok).toBe(true);
  });

  it('validates settings and keeps unchanged nodes identical', () => {
    const d = enterprise();
    const bad = updateNode(d, 'search', { config: { replicas: 40 } });
    expect(bad.ok).toBe(false);
    const good = updateNode(d, 'search', { config: { replicas: 4 } });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.design.nodes.find((n) => n.id === 'search')!.config).toMatchObject({ replicas: 4 });
    expect(good.design.nodes.find((n) => n.id === 'app')).toBe(d.nodes.find((n) => n.id === 'app'));
  });

  it('a failover edge gets a priority', () => {
    const d = enterprise();
    const r = updateEdge(d, 'e-apim-east', { flow: 'failover' });
    expect(r.ok && r.design.edges.find((e) => e.id === 'e-apim-east')!.priority).toBe(1);
  });

  it('connects with an inferred flow, and refuses what makes no sense', () => {
    const d = enterprise();
    const r = connect(d, 'app', 'aoai-west');
    expect(r.ok && r.design.edges.at(-1)).toMatchObject({ source: 'app', target: 'aoai-west', flow: 'request' });
    expect(connect(d, 'app', 'snet-pe')).toMatchObject({ ok: false, reason: expect.stringContaining('is a container') });
  });
});

describe('copy, paste, duplicate', () => {
  it('duplicates next to the original, inside the same group, with fresh ids', () => {
    const d = enterprise();
    const r = duplicateNodes(d, ['app']);
    expect(r.nodeIds).toEqual(['app-2']);
    const copy = r.design.nodes.find((n) => n.id === 'app-2')!;
    const app = d.nodes.find((n) => n.id === 'app')!;
    expect(copy.parentId).toBe('snet-app');
    // The copy lands on a free spot in the same subnet: it covers neither the original nor any other node.
    const rect = (n: DesignNode) => absoluteRect(indexNodes(r.design), n);
    const overlaps = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const other of r.design.nodes.filter((n) => n.id !== copy.id && !isGroupKind(n.kind)))
      expect(overlaps(rect(copy), rect(other)), other.id).toBe(false);
    expect(Math.hypot(copy.position.x - app.position.x, copy.position.y - app.position.y)).toBeLessThan(400);
    expect(parseDesign(r.design).ok).toBe(true);
  });

  it('copies a group with its contents and inner connections into another design', () => {
    const d = enterprise();
    const fragment = extractFragment(d, ['snet-fn'])!;
    expect(fragment.nodes.map((n) => n.id).sort()).toEqual(['docintel', 'ingest', 'snet-fn']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-ingest-docintel']);
    const r = pasteFragment(emptyDesign(), fragment, { x: 10, y: 10 });
    expect(r.design.nodes).toHaveLength(3);
    const group = r.design.nodes.find((n) => n.kind === 'subnet')!;
    expect(group.parentId).toBeUndefined();
    const abs = absolutePosition(indexNodes(d), 'snet-fn');
    expect(group.position).toEqual({ x: abs.x + 10, y: abs.y + 10 });
    expect(r.design.nodes.filter((n) => n.parentId === group.id)).toHaveLength(2);
    expect(parseDesign(r.design).ok).toBe(true);
  });

  it('node ids named like object properties paste where they were copied from', () => {
    const d = enterprise();
    const ids = ['toString', '__proto__', 'constructor'];
    const renamed: Design = {
      ...d,
      nodes: [
        ...d.nodes,
        ...ids.map((id, i) => ({ id, kind: 'key-vault' as const, label: '', position: { x: 5000 + i * 300, y: 70 }, config: {} })),
      ],
    } as Design;
    const fragment = extractFragment(renamed, ids)!;
    expect(Object.keys(fragment.absolute).sort()).toEqual([...ids].sort());
    const r = pasteFragment(emptyDesign(), { ...fragment, absolute: {} }, { x: 10, y: 10 });
    // Without an absolute position the node keeps its own: never a function or the prototype.
    expect(r.design.nodes.map((n) => n.position)).toEqual(ids.map((_, i) => ({ x: 5000 + i * 300 + 10, y: 80 })));
    const r2 = pasteFragment(emptyDesign(), fragment, { x: 0, y: 0 });
    expect(r2.design.nodes.map((n) => n.position)).toEqual(ids.map((_, i) => ({ x: 5000 + i * 300, y: 70 })));
  });
});
