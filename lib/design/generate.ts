// Generates realistic designs of a given size for benchmarks: repeated regional cells of an AI
// application (app, gateway, models, retrieval, cache, stores, GPU pools) inside region groups.
import { parseDesign } from './parse';
import type { Design } from './schema';

const REGIONS = ['eastus', 'westus', 'westeurope', 'swedencentral', 'eastus2', 'northeurope'];

export function generateDesign(nodeCount: number): Design {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  let e = 0;
  const edge = (source: string, target: string, flow = 'request', extra: Record<string, unknown> = {}) =>
    edges.push({ id: `e${e++}`, source, target, flow, ...extra });
  nodes.push({ id: 'users', kind: 'client', position: { x: 0, y: 0 } });
  nodes.push({ id: 'afd', kind: 'front-door', position: { x: 200, y: 0 } });
  edge('users', 'afd', 'request', { auth: 'none', connectivity: 'public' });
  const cell = [
    ['app', 'app-service'],
    ['apim', 'apim'],
    ['aoai', 'azure-openai'],
    ['search', 'ai-search'],
    ['redis', 'redis'],
    ['cosmos', 'cosmos-db'],
    ['blob', 'blob-storage'],
    ['pool', 'aks-gpu-pool'],
    ['kv', 'key-vault'],
  ] as const;
  let c = 0;
  while (nodes.length < nodeCount) {
    const region = REGIONS[c % REGIONS.length] as string;
    const rid = `r${c}`;
    nodes.push({
      id: rid,
      kind: 'region',
      position: { x: 500 + (c % 10) * 1300, y: Math.floor(c / 10) * 900 },
      size: { width: 1200, height: 800 },
      config: { region },
    });
    cell.forEach(([name, kind], i) => {
      if (nodes.length >= nodeCount) return;
      const config = kind === 'aks-gpu-pool' ? { sku: 'Standard_NC96ads_A100_v4', model: 'llama-3.1-70b', tensorParallel: 4 } : {};
      nodes.push({ id: `${name}${c}`, kind, parentId: rid, position: { x: 40 + (i % 3) * 380, y: 60 + Math.floor(i / 3) * 240 }, config });
    });
    const has = (id: string) => nodes.some((n) => n.id === id);
    const link = (a: string, b: string, flow?: string, extra?: Record<string, unknown>) => {
      if (has(a) && has(b)) edge(a, b, flow, extra);
    };
    link('afd', `app${c}`);
    link(`app${c}`, `apim${c}`);
    link(`apim${c}`, `aoai${c}`);
    link(`apim${c}`, `pool${c}`, 'failover', { priority: 1 });
    link(`app${c}`, `search${c}`, 'retrieval');
    link(`app${c}`, `redis${c}`, 'retrieval');
    link(`app${c}`, `cosmos${c}`, 'data');
    link(`pool${c}`, `blob${c}`, 'data');
    link(`app${c}`, `kv${c}`, 'data');
    c++;
  }
  const parsed = parseDesign({ schemaVersion: 1, name: `Generated ${nodeCount}-node design`, nodes: nodes.slice(0, nodeCount), edges });
  if (!parsed.ok) throw new Error(`generated design is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.design;
}
