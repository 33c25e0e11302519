// Generates realistic designs of a given size for benchmarks: repeated regional cells of an AI
// application (app, gateway, models, retrieval, cache, stores, GPU pools) inside region groups.
import { parseDesign } from './parse';
import { DESIGN_LIMITS, type Design } from './schema';

const REGIONS = ['eastus', 'westus', 'westeurope', 'swedencentral', 'eastus2', 'northeurope'];

function generatedDocument(nodeCount: number): { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
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
  return { nodes: nodes.slice(0, nodeCount), edges };
}

function parsed(doc: Record<string, unknown>): Design {
  const r = parseDesign(doc);
  if (!r.ok) throw new Error(`generated design is invalid: ${JSON.stringify(r.errors.slice(0, 3))}`);
  return r.design;
}

export function generateDesign(nodeCount: number): Design {
  const { nodes, edges } = generatedDocument(nodeCount);
  return parsed({ schemaVersion: 1, name: `Generated ${nodeCount}-node design`, nodes, edges });
}

/**
 * A design at the schema's limits (DESIGN_LIMITS: 5,000 nodes, 20,000 connections): regional cells as in
 * `generateDesign`, plus one VNET whose 1,000 subnets overlap in sets (the CIDR checks' worst case), and
 * data and replication connections between the cells' stores up to the connection limit.
 */
export function generateMaxSizeDesign(): Design {
  const subnetCount = 1000;
  const { nodes, edges } = generatedDocument(DESIGN_LIMITS.nodes - subnetCount - 1);
  nodes.push({
    id: 'vnet',
    kind: 'vnet',
    position: { x: -2000, y: 0 },
    size: { width: 1000, height: 1000 },
    config: { addressSpace: ['10.0.0.0/8'] },
  });
  for (let i = 0; i < subnetCount; i++)
    // Ten subnets on each /24: a hundred sets of ten overlapping ranges.
    nodes.push({
      id: `snet${i}`,
      kind: 'subnet',
      parentId: 'vnet',
      position: { x: 10, y: 60 + i },
      config: { cidr: `10.2.${i % 100}.0/24` },
    });
  const stores = nodes.filter((n) => n.kind === 'cosmos-db' || n.kind === 'blob-storage').map((n) => n.id as string);
  const apps = nodes.filter((n) => n.kind === 'app-service').map((n) => n.id as string);
  for (let k = 0; edges.length < DESIGN_LIMITS.edges; k++) {
    const i = k % apps.length;
    const step = 1 + Math.floor(k / apps.length);
    const source = k % 2 === 0 ? (apps[i] as string) : (stores[i % stores.length] as string);
    const target = stores[(i + step) % stores.length] as string;
    if (source === target) continue;
    edges.push({ id: `x${k}`, source, target, flow: k % 2 === 0 ? 'data' : 'replication' });
  }
  return parsed({ schemaVersion: 1, name: 'Design at the schema limits', nodes, edges });
}
