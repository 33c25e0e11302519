import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../design/examples';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { getRule } from './rules';
import type { NodePatch } from './types';

const load = (doc: unknown): Design => {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
};

/**
 * Parsing refuses `__proto__` and `constructor` as ids (lib/design/ids.ts), but a design held in memory
 * (built by code, or by an older studio) may still carry them, and evaluate must stay safe: parse with
 * stand-in ids, then put the reserved names back.
 */
const loadInMemory = (doc: unknown): Design => {
  const standIn = JSON.stringify(doc).replaceAll('"__proto__"', '"reserved-proto"').replaceAll('"constructor"', '"reserved-constructor"');
  const r = parseDesign(JSON.parse(standIn));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return JSON.parse(
    JSON.stringify(r.design).replaceAll('"reserved-proto"', '"__proto__"').replaceAll('"reserved-constructor"', '"constructor"'),
  ) as Design;
};

/** Apply a fix's patch the way the studio does: shallow-merge into the node's config, then re-validate. */
const applyPatch = (design: Design, patch: NodePatch): Design =>
  load({
    ...design,
    nodes: design.nodes.map((n) => (n.id === patch.nodeId ? { ...n, config: { ...n.config, ...patch.config } } : n)),
  });

describe('evaluate on the shipped examples', () => {
  for (const example of EXAMPLES) {
    describe(example.slug, () => {
      const design = load(example.document);
      const report = evaluate(design);

      it('gives every node a status, and findings point at real nodes and known rules', () => {
        expect(Object.keys(report.nodes).sort()).toEqual(design.nodes.map((n) => n.id).sort());
        const ids = new Set(design.nodes.map((n) => n.id));
        for (const f of report.findings) {
          expect(getRule(f.ruleId), f.ruleId).toBeDefined();
          expect(getRule(f.ruleId)?.area).toBe(f.area);
          for (const id of f.nodeIds) expect(ids.has(id), `${f.ruleId} names ${id}`).toBe(true);
          expect(f.message.length).toBeGreaterThan(10);
        }
        const { error, warning, info } = report.counts;
        expect(error + warning + info).toBe(report.findings.length);
      });

      it('has no error findings (the examples are working designs)', () => {
        expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
      });

      it('totals only the priced cost lines and counts the unpriced ones', () => {
        const priced = report.cost.lines.filter((l) => l.usdPerMonth !== null);
        const sum = priced.reduce((a, l) => a + (l.usdPerMonth ?? 0), 0);
        expect(report.cost.totalUsdPerMonth).toBeCloseTo(sum, 1); // the total is rounded to cents
        expect(report.cost.unpricedCount).toBe(report.cost.lines.length - priced.length);
        for (const l of report.cost.lines) if (l.usdPerMonth === null) expect(l.unitUsd === null || l.note !== undefined).toBe(true);
      });

      it('every fix with a patch yields a valid design', () => {
        for (const f of report.findings)
          for (const fix of f.fixes) if (fix.patch) expect(() => applyPatch(design, fix.patch as NodePatch)).not.toThrow();
      });

      it('is pure: the same design gives the same report and is not changed', () => {
        const before = JSON.stringify(design);
        expect(evaluate(design)).toEqual(report);
        expect(JSON.stringify(design)).toBe(before);
      });
    });
  }
});

describe('evaluate: a model that does not fit, and its computed fix', () => {
  // Llama 3.1 70B in BF16 needs 141.11 GB of weights (facts §1.4) against one A100 80GB (facts §3.1).
  const design = load({
    schemaVersion: 1,
    name: '70B on one A100',
    nodes: [
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      {
        id: 'g',
        kind: 'gpu-vm',
        parentId: 'r',
        position: { x: 10, y: 10 },
        config: { sku: 'Standard_NC24ads_A100_v4', model: 'llama-3.1-70b', precision: 'bf16' },
      },
    ],
  });
  const report = evaluate(design);
  const finding = report.findings.find((f) => f.ruleId === 'vram.does-not-fit');

  it('reports the node as an error with the VRAM figures on it', () => {
    expect(finding?.nodeIds).toEqual(['g']);
    expect(report.nodes.g?.status).toBe('error');
    expect(report.vram[0]?.fits).toBe(false);
    // vLLM's accounting: BF16 weights with the padded vocabulary and RoPE cache; the A100's driver total 79.25 GiB = 85.1 GB.
    expect(report.vram[0]?.weightsGBPerGpu).toBeCloseTo(141.141, 2);
    expect(report.vram[0]?.verdict).toBe('does-not-fit');
    expect(report.nodes.g?.keyFigures).toContainEqual({ label: 'VRAM per GPU', value: expect.stringMatching(/ of 85\.1 GB$/) });
  });

  it('offers fixes that, applied, make the model fit', () => {
    const withPatch = finding?.fixes.filter((f) => f.patch) ?? [];
    expect(withPatch.length).toBeGreaterThan(0);
    for (const fix of withPatch) {
      const fixed = evaluate(applyPatch(design, fix.patch as NodePatch));
      expect(fixed.vram[0]?.fits, fix.description).toBe(true);
      expect(fixed.findings.some((f) => f.ruleId === 'vram.does-not-fit')).toBe(false);
    }
  });
});

describe('node statuses keep every design id, whatever its name', () => {
  it('ids such as __proto__ and constructor get their own status, findings and figures', () => {
    const design = loadInMemory({
      schemaVersion: 1,
      name: 'ids',
      nodes: [
        // Llama 3.1 70B BF16 (141 GB of weights) on one A100 80 GB: vram.does-not-fit, an error.
        {
          id: '__proto__',
          kind: 'gpu-vm',
          position: { x: 0, y: 0 },
          config: { model: 'llama-3.1-70b', sku: 'Standard_NC24ads_A100_v4' },
        },
        { id: 'constructor', kind: 'apim', position: { x: 0, y: 0 }, config: {} },
        { id: 'toString', kind: 'key-vault', position: { x: 0, y: 0 }, config: {} },
      ],
    });
    const report = evaluate(design);
    expect(Object.keys(report.nodes).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.hasOwn(report.nodes, '__proto__')).toBe(true);
    const proto = report.nodes['__proto__'];
    expect(proto?.status).toBe('error');
    expect(proto?.findings.map((i) => report.findings[i]?.ruleId)).toContain('vram.does-not-fit');
    expect(proto?.keyFigures.map((f) => f.label)).toEqual(['Model', 'VRAM per GPU', 'Size', 'Cost']);
    expect(report.nodes['constructor']?.keyFigures[0]).toEqual({ label: 'Tier', value: 'Standard · 1 unit' });
    expect(typeof report.nodes['toString']?.status).toBe('string');
    // The record has no prototype: a missing id is simply absent.
    expect(report.nodes['hasOwnProperty']).toBeUndefined();
  });
});
