/**
 * Switching a deployment to a provisioned type sizes its PTUs to the peak that reaches it (facts §5.1:
 * gpt-4o 2,500 input TPM per PTU, 1 output token = 3 input tokens; Global PTU minimum 15 in steps of 5,
 * Regional PTU minimum 50 in steps of 50).
 */
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/parse';
import type { Design, NodeOfKind } from '../design/schema';
import { deploymentTypeChange, ptuUnitsAtPeak } from './deployment-type';

function design(connected: boolean): Design {
  const r = parseDesign({
    schemaVersion: 1,
    name: 'ptu switch',
    nodes: [
      { id: 'u', kind: 'client', position: { x: 0, y: 0 } },
      { id: 'r', kind: 'region', position: { x: 0, y: 0 }, config: { region: 'eastus' } },
      {
        id: 'm',
        kind: 'azure-openai',
        parentId: 'r',
        position: { x: 0, y: 0 },
        config: { model: 'gpt-4o', deploymentType: 'global-standard' },
      },
    ],
    edges: connected ? [{ id: 'e', source: 'u', target: 'm' }] : [],
    scenario: { peakRequestsPerMinute: 120, averageRequestsPerMinute: 60, inputTokensPerRequest: 1500, outputTokensPerRequest: 300 },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}
const aoai = (d: Design) => d.nodes.find((n) => n.id === 'm') as NodeOfKind<'azure-openai'>;

describe('deploymentTypeChange: PTUs sized at the peak that reaches the node', () => {
  it('Global PTU: 120 RPM × (1,500 + 300 × 3) = 288,000 TPM ÷ 2,500 = 115.2 → 120 PTU (steps of 5)', () => {
    const d = design(true);
    expect(deploymentTypeChange(d, aoai(d), 'global-provisioned')).toEqual({ deploymentType: 'global-provisioned', ptuUnits: 120 });
  });
  it('Regional PTU: 115.2 → 150 PTU (minimum 50, steps of 50)', () => {
    const d = design(true);
    expect(ptuUnitsAtPeak(d, aoai(d), 'provisioned')).toBe(150);
  });
  it('a node nothing sends requests to gets the minimum, never 0', () => {
    const d = design(false);
    expect(deploymentTypeChange(d, aoai(d), 'global-provisioned')).toEqual({ deploymentType: 'global-provisioned', ptuUnits: 15 });
  });
  it('a pay-as-you-go type leaves the PTU count alone', () => {
    const d = design(true);
    expect(deploymentTypeChange(d, aoai(d), 'data-zone-standard')).toEqual({ deploymentType: 'data-zone-standard' });
  });
});
