/**
 * A design at the schema's limits goes through the checker (parse + evaluate) and finishes with a
 * verdict, never a stack overflow or a flood of findings. How long it takes is a benchmark figure
 * (`npm run bench`), not a test.
 */
import { describe, expect, it } from 'vitest';
import { generateMaxSizeDesign } from '../design/generate';
import { DESIGN_LIMITS } from '../design/schema';
import { runCheck } from './run-check';

describe('a design of the schema maximum size', () => {
  it('5,000 nodes and 20,000 connections are checked; 1,000 overlapping subnets give one finding per set', () => {
    const design = generateMaxSizeDesign();
    expect(design.nodes).toHaveLength(DESIGN_LIMITS.nodes);
    expect(design.edges).toHaveLength(DESIGN_LIMITS.edges);
    const r = runCheck(['max.json', '--json'], () => JSON.stringify(design));
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1); // the overlaps are error findings
    const { report } = JSON.parse(r.stdout) as { report: { findings: { ruleId: string; nodeIds: string[] }[] } };
    const overlaps = report.findings.filter((f) => f.ruleId === 'networking.cidr-overlap');
    // Ten subnets on each of a hundred /24 ranges: a hundred sets of ten, not 4,500 pairs.
    expect(overlaps).toHaveLength(100);
    expect(overlaps.every((f) => f.nodeIds.length === 10)).toBe(true);
  }, 120_000);
});
