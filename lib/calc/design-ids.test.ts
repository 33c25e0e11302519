/**
 * Ids in a design are user input: a region, VM size, model, price id or node id named like a property
 * every JavaScript object has (`constructor`, `__proto__`, `toString`, `hasOwnProperty`) is simply an id
 * the catalog does not know. It must read as unknown, never as NaN, undefined or a crash.
 */
import { describe, expect, it } from 'vitest';
import {
  getAoaiModel,
  getAoaiPtuFacts,
  getComponent,
  getGpu,
  getOpenModel,
  getRegion,
  getServicePrice,
  getSla,
  getVmSku,
  isComponentKind,
  regionRttMs,
  vmPaygUsdPerHour,
  vmSpotUsdPerHour,
} from '../catalog/index';
import { parseDesign } from '../design/parse';
import type { Design } from '../design/schema';
import { evaluate } from './evaluate';
import { ptuFactsOf } from './ptu';

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/**
 * Parsing refuses `__proto__` and `constructor` as ids (lib/design/ids.ts), but a design held in memory
 * (built by code, or by an older studio) may still carry them, and evaluate must stay safe: parse with
 * stand-in ids, then put the reserved names back.
 */
const load = (doc: unknown): Design => {
  const standIn = JSON.stringify(doc).replaceAll('"__proto__"', '"reserved-proto"').replaceAll('"constructor"', '"reserved-constructor"');
  const r = parseDesign(JSON.parse(standIn));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return JSON.parse(
    JSON.stringify(r.design).replaceAll('"reserved-proto"', '"__proto__"').replaceAll('"reserved-constructor"', '"constructor"'),
  ) as Design;
};

const design = (region: string, ids: { openModel: string; aoaiModel: string; sku: string; nodeId?: string }): Design =>
  load({
    schemaVersion: 1,
    name: `ids named like object properties (${region})`,
    nodes: [
      { id: 'rg', kind: 'region', position: { x: 0, y: 0 }, size: { width: 2000, height: 1000 }, config: { region } },
      { id: 'rg2', kind: 'region', position: { x: 0, y: 1200 }, size: { width: 2000, height: 1000 }, config: { region: 'eastus' } },
      { id: 'users', kind: 'client', position: { x: 0, y: -200 } },
      { id: ids.nodeId ?? 'app', kind: 'app-service', parentId: 'rg', position: { x: 40, y: 60 } },
      { id: 'apim', kind: 'apim', parentId: 'rg', position: { x: 300, y: 60 } },
      {
        id: 'aoai',
        kind: 'azure-openai',
        parentId: 'rg',
        position: { x: 600, y: 60 },
        config: { model: ids.aoaiModel, deploymentType: 'provisioned', ptuUnits: 50 },
      },
      { id: 'aoai-payg', kind: 'azure-openai', parentId: 'rg2', position: { x: 600, y: 60 }, config: { model: ids.aoaiModel } },
      { id: 'vm', kind: 'gpu-vm', parentId: 'rg', position: { x: 900, y: 60 }, config: { sku: ids.sku, model: ids.openModel } },
      { id: 'pool', kind: 'aks-gpu-pool', parentId: 'rg', position: { x: 1200, y: 60 }, config: { sku: ids.sku, model: ids.openModel } },
      { id: 'serverless', kind: 'foundry-serverless', parentId: 'rg', position: { x: 1500, y: 60 }, config: { model: ids.openModel } },
      { id: 'train', kind: 'training-job', parentId: 'rg', position: { x: 40, y: 400 }, config: { sku: ids.sku, model: ids.openModel } },
      // Known VM size and model placed in the odd region: priced per region, so the region id is looked up.
      {
        id: 'vm-known',
        kind: 'gpu-vm',
        parentId: 'rg',
        position: { x: 900, y: 400 },
        config: { sku: 'Standard_NC24ads_A100_v4', pricing: 'spot' },
      },
      { id: 'aoai-known', kind: 'azure-openai', parentId: 'rg', position: { x: 1200, y: 400 }, config: { model: 'gpt-4o' } },
      { id: 'cache', kind: 'redis', parentId: 'rg', position: { x: 300, y: 400 }, config: { size: ids.sku } },
      { id: 'search', kind: 'ai-search', parentId: 'rg', position: { x: 600, y: 400 } },
    ],
    edges: [
      { id: 'e1', source: 'users', target: ids.nodeId ?? 'app', flow: 'request' },
      { id: 'e2', source: ids.nodeId ?? 'app', target: 'apim', flow: 'request' },
      { id: 'e3', source: 'apim', target: 'aoai', flow: 'request' },
      { id: 'e4', source: 'apim', target: 'aoai-payg', flow: 'failover', priority: 1 },
      { id: 'e5', source: 'apim', target: 'vm', flow: 'failover', priority: 2 },
      { id: 'e6', source: 'apim', target: 'pool', flow: 'failover', priority: 3 },
      { id: 'e7', source: 'apim', target: 'serverless', flow: 'failover', priority: 4 },
      { id: 'e8', source: ids.nodeId ?? 'app', target: 'cache', flow: 'retrieval' },
      { id: 'e9', source: ids.nodeId ?? 'app', target: 'search', flow: 'retrieval' },
      { id: 'e10', source: 'apim', target: 'vm-known', flow: 'failover', priority: 5 },
      { id: 'e11', source: 'apim', target: 'aoai-known', flow: 'failover', priority: 6 },
    ],
  });

/** Every string and number the report holds, with where it sits. */
function leaves(value: unknown, path = 'report', out: [string, unknown][] = []): [string, unknown][] {
  if (value === null || typeof value !== 'object') {
    out.push([path, value]);
    return out;
  }
  for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

const BAD_TEXT = /\bNaN\b|\bundefined\b|\[object Object\]|function \w*\(|native code/;

describe('catalog getters: ids named like object properties are unknown', () => {
  it.each(PROTO_NAMES)('%s', (id) => {
    expect(getRegion(id)).toBeUndefined();
    expect(getVmSku(id)).toBeUndefined();
    expect(getOpenModel(id)).toBeUndefined();
    expect(getAoaiModel(id)).toBeUndefined();
    expect(getServicePrice(id)).toBeUndefined();
    expect(getGpu(id)).toBeUndefined();
    expect(getSla(id)).toBeUndefined();
    expect(getAoaiPtuFacts(id)).toBeUndefined();
    expect(ptuFactsOf(id)).toBeUndefined();
    expect(getComponent(id)).toBeUndefined();
    expect(isComponentKind(id)).toBe(false);
    expect(regionRttMs(id, 'eastus')).toBeUndefined();
    expect(regionRttMs('eastus', id)).toBeUndefined();
    const sku = getVmSku('Standard_NC24ads_A100_v4');
    expect(sku).toBeDefined();
    if (sku) {
      expect(vmPaygUsdPerHour(sku, id)).toBeUndefined();
      expect(vmSpotUsdPerHour(sku, id)).toBeUndefined();
    }
  });
  it('known ids still resolve: gpt-4o PTU facts (2,500 input TPM per PTU, facts §5.1), A100 v4 in eastus', () => {
    expect(getAoaiPtuFacts('gpt-4o')?.inputTpmPerPtu).toBe(2500);
    const sku = getVmSku('Standard_NC24ads_A100_v4');
    expect(sku && vmPaygUsdPerHour(sku, 'eastus')).toBeGreaterThan(0);
    expect(getComponent('gpu-vm')?.traits.selfHostedModel).toBe(true);
  });
});

describe('evaluate: a design whose ids are named like object properties', () => {
  const cases: [string, Parameters<typeof design>[1]][] = [
    ['constructor', { openModel: '__proto__', aoaiModel: 'toString', sku: 'hasOwnProperty' }],
    ['__proto__', { openModel: 'constructor', aoaiModel: '__proto__', sku: 'constructor', nodeId: 'constructor' }],
    ['toString', { openModel: 'hasOwnProperty', aoaiModel: 'constructor', sku: '__proto__', nodeId: 'toString' }],
    ['hasOwnProperty', { openModel: 'toString', aoaiModel: 'hasOwnProperty', sku: 'toString', nodeId: '__proto__' }],
  ];
  it.each(cases)('region %s: no NaN, undefined or crash in any figure, finding or cost', (region, ids) => {
    const d = design(region, ids);
    const report = evaluate(d);
    const bad = leaves(report).filter(
      ([, v]) => (typeof v === 'number' && !Number.isFinite(v)) || (typeof v === 'string' && BAD_TEXT.test(v)),
    );
    expect(bad).toEqual([]);
    // Every node has its own status entry, even one whose id is `__proto__` or `constructor`.
    for (const n of d.nodes) expect(Object.hasOwn(report.nodes, n.id), n.id).toBe(true);
    // The unknown region and ids are named as unknown, not silently priced.
    expect(report.findings.some((f) => f.ruleId === 'region.unknown-region' && f.message.includes(`"${region}"`))).toBe(true);
  });
});
