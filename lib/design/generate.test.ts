import { describe, expect, it } from 'vitest';
import { generateDesign } from './generate';

describe('generateDesign (benchmark designs)', () => {
  for (const size of [10, 100, 1000]) {
    it(`makes a valid design of exactly ${size} nodes with connected edges`, () => {
      const d = generateDesign(size);
      expect(d.nodes).toHaveLength(size);
      const ids = new Set(d.nodes.map((n) => n.id));
      expect(ids.size).toBe(size);
      for (const e of d.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(d.edges.length).toBeGreaterThan(size * 0.5);
    });
  }
});
