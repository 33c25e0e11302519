import { describe, expect, it } from 'vitest';
import { isGroupKind } from '../catalog/components';
import { autoLayout } from './layout';
import { EXAMPLES } from './examples';
import { absoluteRect, indexNodes, sizeOf } from './geometry';
import { parseDesign } from './parse';

describe('autoLayout', () => {
  for (const ex of EXAMPLES) {
    it(`lays out ${ex.slug}: request path left to right, no overlaps, children inside their groups`, () => {
      const r = parseDesign(ex.document);
      if (!r.ok) throw new Error('example does not parse');
      const laid = autoLayout(r.design);
      expect(parseDesign(laid).ok).toBe(true);
      expect(laid.edges).toBe(r.design.edges);
      const byId = indexNodes(laid);
      // Request edges run left to right.
      for (const e of laid.edges.filter((x) => x.flow === 'request')) {
        const a = absoluteRect(byId, byId.get(e.source)!);
        const b = absoluteRect(byId, byId.get(e.target)!);
        expect(b.x, `${e.source} → ${e.target}`).toBeGreaterThanOrEqual(a.x + a.width);
      }
      // Siblings do not overlap, and each child sits inside its group.
      for (const n of laid.nodes) {
        const siblings = laid.nodes.filter((m) => m.parentId === n.parentId && m.id < n.id);
        for (const m of siblings) {
          const a = { ...m.position, ...sizeOf(m) };
          const b = { ...n.position, ...sizeOf(n) };
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${m.id} overlaps ${n.id}`).toBe(false);
        }
        if (n.parentId) {
          const p = byId.get(n.parentId)!;
          expect(isGroupKind(p.kind)).toBe(true);
          const s = sizeOf(n);
          expect(n.position.x + s.width).toBeLessThanOrEqual(sizeOf(p).width);
          expect(n.position.y + s.height).toBeLessThanOrEqual(sizeOf(p).height);
          expect(n.position.x).toBeGreaterThanOrEqual(0);
          expect(n.position.y).toBeGreaterThanOrEqual(0);
        }
      }
    });
  }
});
