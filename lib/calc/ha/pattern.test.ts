/**
 * The availability pattern follows the design (seed 9.9): "Multi-region" only while model backends in two or
 * more regions still serve the request path, and the label names them. The multi-region example has
 * deployments in East US (PTU + AKS pool), West US and Sweden Central behind one APIM.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeElements } from '../../design/edit';
import { parseDesign } from '../../design/parse';
import { evaluate } from '../evaluate';

const text = readFileSync(join(__dirname, '../../../public/examples/multi-region-ptu-fallback.json'), 'utf8');
const parsed = parseDesign(JSON.parse(text));
if (!parsed.ok) throw new Error('example does not parse');
const example = parsed.design;

describe('the availability label follows the design', () => {
  it('the example as published names its three serving regions', () => {
    const ha = evaluate(example).ha;
    expect(ha.pattern).toBe('multi-region-multi-model-fallback');
    expect(ha.patternLabel).toBe('Multi-region (East US, West US, Sweden Central), multi-model fallback');
  });

  it('after deleting West US, Sweden Central still serves traffic: multi-region, naming East US and Sweden Central', () => {
    const ha = evaluate(removeElements(example, ['westus'])).ha;
    expect(ha.pattern).toBe('multi-region-multi-model-fallback');
    expect(ha.patternLabel).toBe('Multi-region (East US, Sweden Central), multi-model fallback');
    expect(ha.regions).toEqual(['eastus', 'swedencentral']);
  });

  it('a region whose deployment nothing sends requests to does not count: West US deleted and Sweden disconnected', () => {
    const ha = evaluate(removeElements(example, ['westus'], ['e-apim-se'])).ha;
    expect(ha.pattern).toBe('single-region-ptu');
    expect(ha.patternLabel).toBe('Single region, PTU');
  });

  it('with West US and Sweden Central deleted, the label says single region', () => {
    const ha = evaluate(removeElements(example, ['westus', 'sweden'])).ha;
    expect(ha.pattern).toBe('single-region-ptu');
    expect(ha.patternLabel).toBe('Single region, PTU');
  });
});
