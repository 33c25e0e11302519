/**
 * High availability (seed 9.8, 9.9, 9.13): the design's pattern among the seed's, composite availability
 * from the catalog's SLAs with the Well-Architected formulas (facts §4.2: series multiply; redundant
 * parts in parallel, 1 − Π(1 − a); regions the same way), the seed's rules, and the stores' RPO/RTO.
 */
import { COMPONENTS, type ComponentKind } from '../catalog/components';
import { getSla } from '../catalog/index';
import { STORE_RECOVERY } from '../catalog/slas';
import type { DesignNode } from '../design/schema';
import { nodeLabel, type DesignGraph } from './graph';
import { findRequestPath, roleOf, type RequestPath, type SideCall } from './request-path';
import { graphFinding } from './rules-graph';
import type { Finding, HaPattern, HaReport, SlaTerm } from './types';

// ---------- formulas (facts §4.2, Well-Architected reliability metrics) ----------

/** All parts required: multiply. null when any part has no SLA. */
export function seriesAvailability(parts: readonly (number | null)[]): number | null {
  let a = 1;
  for (const p of parts) {
    if (p === null) return null;
    a *= p;
  }
  return a;
}

/** Independent redundant parts, any one suffices: 1 − Π(1 − a). null when any part has no SLA. */
export function parallelAvailability(parts: readonly (number | null)[]): number | null {
  let down = 1;
  for (const p of parts) {
    if (p === null) return null;
    down *= 1 - p;
  }
  return 1 - down;
}

/** R identical regions each with composite N: 1 − (1 − N)^R. */
export const multiRegionAvailability = (n: number, regions: number): number => 1 - (1 - n) ** regions;

/**
 * Minutes in the month the Well-Architected downtime table uses: 30 days (99.9% → 43.2 min/month). The
 * cost month (730 h, units.ts) would give 43.8 min; availability follows the table instead.
 */
export const DOWNTIME_MINUTES_PER_MONTH = 30 * 24 * 60;

export const downtimeMinutesPerMonth = (availability: number): number => (1 - availability) * DOWNTIME_MINUTES_PER_MONTH;

// ---------- the SLA of each node, from its settings ----------

export interface NodeSla {
  slaId: string | null;
  availability: number | null;
  note: string;
}

/**
 * The catalog SLA row that applies to a node's configuration. `access` picks the read or write figure
 * where they differ (Cosmos DB, Storage, AI Search with 2 replicas covering queries only).
 */
export function slaForNode(n: DesignNode, access: 'read' | 'write' = 'read'): NodeSla {
  let id: string | null = null;
  let note = '';
  switch (n.kind) {
    case 'front-door':
      id = 'front-door';
      break;
    case 'app-service':
      if (n.config.plan === 'free') return { slaId: null, availability: null, note: 'Free plan: no SLA' };
      id = n.config.zoneRedundant ? 'app-service-zone-redundant' : 'app-service';
      break;
    case 'functions':
      id = 'functions';
      break;
    case 'container-apps':
      id = 'container-apps';
      break;
    case 'apim':
      id = n.config.tier === 'premium' && n.config.regions > 1 ? 'apim-premium-multi-region' : `apim-${n.config.tier}`;
      break;
    case 'azure-openai':
      id = 'aoai';
      break;
    case 'content-safety':
    case 'document-intelligence':
      id = 'aoai';
      note = 'the Cognitive Services / Foundry account figure';
      break;
    case 'ai-search':
      if (n.config.tier === 'free' || n.config.replicas < 2) id = 'ai-search-1-replica';
      else if (n.config.replicas === 2) {
        if (access === 'write')
          return { slaId: 'ai-search-2-replicas', availability: null, note: '2 replicas: the SLA covers queries only, not indexing' };
        id = 'ai-search-2-replicas';
      } else id = 'ai-search-3-replicas';
      break;
    case 'gpu-vm':
      if (n.config.count >= 2 && n.config.zones) id = 'vm-multi-zone';
      else if (n.config.count >= 2) {
        id = 'vm-availability-set';
        note = 'assumes the VMs share an availability set or scale set';
      } else {
        id = 'vm-single-premium';
        note = 'assumes Premium SSD disks';
      }
      break;
    case 'aks-gpu-pool':
      id = n.config.clusterTier === 'free' ? 'aks-free' : n.config.zones ? 'aks-standard-az' : 'aks-standard';
      note = 'the AKS API server SLA; node VMs are covered separately';
      break;
    case 'cosmos-db': {
      const multi = n.config.regions > 1;
      id =
        multi && n.config.multiRegionWrites
          ? 'cosmos-multi-region-writes'
          : `cosmos-${multi ? 'multi' : 'single'}-region${n.config.zoneRedundant ? '-az' : ''}`;
      break;
    }
    case 'redis':
      if (n.config.tier === 'basic') id = 'redis-basic';
      else if (n.config.tier === 'standard') id = 'redis-standard';
      else if (n.config.tier === 'premium') {
        id = n.config.zoneRedundant ? 'redis-premium-zr' : 'redis-standard';
        if (!n.config.zoneRedundant) note = 'Premium without zone redundancy: the replicated (Standard) figure';
      } else if (n.config.zoneRedundant) id = 'redis-enterprise-zr';
      else return { slaId: null, availability: null, note: 'Enterprise without zone redundancy: no figure in the catalog' };
      break;
    case 'blob-storage': {
      const r = n.config.redundancy;
      if (n.config.accessTier === 'cool') id = 'storage-cool';
      else if (r === 'ra-grs' || r === 'ra-gzrs') id = 'storage-ra-grs-hot';
      else if (r === 'gzrs') {
        id = 'storage-grs-hot';
        note = 'GZRS: the GRS figure';
      } else id = `storage-${r}-hot`;
      break;
    }
    case 'key-vault':
      id = 'key-vault';
      break;
    case 'entra-id':
      id = 'entra-id';
      break;
    case 'private-dns':
      id = 'private-dns';
      break;
    default:
      return { slaId: null, availability: null, note: `no SLA figure for ${COMPONENTS[n.kind].name} in the catalog` };
  }
  const sla = getSla(id);
  if (!sla) return { slaId: null, availability: null, note: `SLA "${id}" not in the catalog` };
  const availability = access === 'read' ? (sla.readAvailability ?? sla.availability) : sla.availability;
  return { slaId: sla.id, availability, note: note || `${sla.service}: ${sla.configuration}` };
}

// ---------- structure ----------

const SINK = '\u0000sink';

const pct = (a: number | null): string =>
  a === null
    ? 'no SLA'
    : `${(a * 100)
        .toFixed(Math.abs(a * 100 - Math.round(a * 100)) < 1e-9 ? 0 : 4)
        .replace(/0+$/, '')
        .replace(/\.$/, '')}%`;

function seriesTerm(label: string, terms: SlaTerm[]): SlaTerm {
  const flat = terms.flatMap((t) => (t.type === 'series' ? t.terms : [t]));
  if (flat.length === 1) return flat[0] as SlaTerm;
  return { type: 'series', label, terms: flat, availability: seriesAvailability(flat.map((t) => t.availability)) };
}

function parallelTerm(label: string, terms: SlaTerm[]): SlaTerm {
  if (terms.length === 1) return terms[0] as SlaTerm;
  return { type: 'parallel', label, terms, availability: parallelAvailability(terms.map((t) => t.availability)) };
}

function serviceTerm(n: DesignNode, access: 'read' | 'write'): SlaTerm {
  const s = slaForNode(n, access);
  return { type: 'service', nodeId: n.id, label: nodeLabel(n), availability: s.availability, slaId: s.slaId };
}

/** The structure as arithmetic, e.g. `99.99% × (1 − (1 − 99.9%) × (1 − 99.9%))`. */
export function renderTerm(t: SlaTerm): string {
  if (t.type === 'service') return pct(t.availability);
  if (t.type === 'series')
    return t.terms
      .map((x) => (x.type === 'parallel' ? renderTerm(x) : x.type === 'series' ? `(${renderTerm(x)})` : renderTerm(x)))
      .join(' × ');
  return `(1 − ${t.terms.map((x) => `(1 − ${x.type === 'service' ? renderTerm(x) : `[${renderTerm(x)}]`})`).join(' × ')})`;
}

interface AvailGraph {
  succ: Map<string, string[]>;
  ipdom: Map<string, string>;
  pdom: Map<string, Set<string>>;
}

/**
 * The route as a graph for availability: a 'failover' edge between two nodes of the same role (model →
 * model, app → app) means "the target replaces the source", so the source's callers get the target as
 * an alternative; models lead to a virtual sink. Post-dominators give the series-parallel split.
 */
function availabilityGraph(g: DesignGraph, path: RequestPath): AvailGraph {
  const succ = new Map<string, string[]>();
  const peer: [string, string][] = [];
  for (const id of path.routeIds) {
    const n = g.byId.get(id);
    if (!n) continue;
    if (roleOf(n) === 'model') {
      succ.set(id, [SINK]);
      for (const e of path.routeSucc.get(id) ?? []) if (e.flow === 'failover') peer.push([id, e.target]);
      continue;
    }
    const out: string[] = [];
    for (const e of path.routeSucc.get(id) ?? []) {
      const t = g.byId.get(e.target);
      if (!t) continue;
      if (e.flow === 'failover' && roleOf(t) === roleOf(n)) peer.push([id, e.target]);
      else if (!out.includes(e.target)) out.push(e.target);
    }
    succ.set(id, out);
  }
  for (let changed = true, guard = 0; changed && guard < 50; guard++) {
    changed = false;
    for (const [u, v] of peer) {
      for (const [p, out] of succ) {
        if (p !== v && out.includes(u) && !out.includes(v)) {
          out.push(v);
          changed = true;
        }
      }
    }
  }
  // Topological order (DFS post-order from the client), then post-dominators.
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const s of succ.get(id) ?? []) if (s !== SINK) visit(s);
    order.push(id);
  };
  if (path.client) visit(path.client.id);
  const pdom = new Map<string, Set<string>>([[SINK, new Set([SINK])]]);
  for (const id of order) {
    const outs = (succ.get(id) ?? []).filter((s) => pdom.has(s));
    succ.set(id, outs);
    if (outs.length === 0) continue; // a dead end: cannot deliver
    const sets = outs.map((s) => pdom.get(s) ?? new Set<string>());
    const first = sets[0] ?? new Set<string>();
    const common = [...first].filter((x) => sets.every((ps) => ps.has(x)));
    pdom.set(id, new Set<string>([id, ...common]));
  }
  const ipdom = new Map<string, string>();
  for (const [id, set] of pdom) {
    if (id === SINK) continue;
    for (const d of set) if (d !== id && (pdom.get(d)?.size ?? 0) === set.size - 1) ipdom.set(id, d);
  }
  return { succ, ipdom, pdom };
}

function buildStructure(g: DesignGraph, path: RequestPath): { structure: SlaTerm | null; avail: AvailGraph | null; shared: DesignNode[] } {
  if (!path.found || !path.client) return { structure: null, avail: null, shared: [] };
  const avail = availabilityGraph(g, path);
  const sideOf = new Map<string, SideCall[]>();
  const callers = new Map<string, Set<string>>();
  for (const s of path.sideCalls) {
    sideOf.set(s.fromNodeId, [...(sideOf.get(s.fromNodeId) ?? []), s]);
    callers.set(s.node.id, (callers.get(s.node.id) ?? new Set()).add(s.fromNodeId));
  }
  const isShared = (id: string) => (callers.get(id)?.size ?? 0) > 1;
  const shared: DesignNode[] = [];
  const sharedSeen = new Set<string>();

  const sideTerms = (id: string): SlaTerm[] => {
    const out: SlaTerm[] = [];
    for (const s of sideOf.get(id) ?? []) {
      if (isShared(s.node.id)) {
        if (!sharedSeen.has(s.node.id)) {
          sharedSeen.add(s.node.id);
          shared.push(s.node);
        }
        continue;
      }
      out.push(serviceTerm(s.node, s.kind === 'data' ? 'write' : 'read'));
    }
    return out;
  };

  const chain = (start: string, stop: string, depth: number): SlaTerm[] => {
    const terms: SlaTerm[] = [];
    let x = start;
    let guard = 0;
    while (x !== stop && x !== SINK && guard++ < 1000 && depth < 50) {
      const n = g.byId.get(x);
      if (n && roleOf(n) !== 'client') terms.push(serviceTerm(n, 'read'), ...sideTerms(x));
      const outs = avail.succ.get(x) ?? [];
      if (outs.length === 0) break;
      if (outs.length === 1) {
        x = outs[0] as string;
        continue;
      }
      const d = avail.ipdom.get(x) ?? SINK;
      const branches = outs.map((o) => {
        const on = g.byId.get(o);
        return seriesTerm(`via ${on ? nodeLabel(on) : o}`, chain(o, d, depth + 1));
      });
      const names = outs.map((o) => {
        const on = g.byId.get(o);
        return on ? nodeLabel(on) : o;
      });
      terms.push(parallelTerm(`Redundant: ${names.join(' | ')}`, branches));
      x = d;
    }
    return terms;
  };

  const terms = chain(path.client.id, SINK, 0);
  for (const s of shared)
    terms.push(serviceTerm(s, path.sideCalls.some((c) => c.node.id === s.id && c.kind === 'data') ? 'write' : 'read'));
  if (terms.length === 0) return { structure: null, avail, shared };
  return { structure: seriesTerm('Request path', terms), avail, shared };
}

const serviceTerms = (t: SlaTerm | null): Extract<SlaTerm, { type: 'service' }>[] =>
  t === null ? [] : t.type === 'service' ? [t] : t.terms.flatMap((x) => serviceTerms(x));

// ---------- pattern, single points of failure, recovery ----------

const SELF_HOSTED: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['gpu-vm', 'aks-gpu-pool', 'ml-online-endpoint']);
const isPtu = (n: DesignNode): boolean => n.kind === 'azure-openai' && n.config.deploymentType.includes('provisioned');
const isPayg = (n: DesignNode): boolean =>
  (n.kind === 'azure-openai' && !n.config.deploymentType.includes('provisioned')) || n.kind === 'foundry-serverless';
const modelId = (n: DesignNode): string => {
  const c = n.config as { model?: unknown };
  return typeof c.model === 'string' ? c.model : n.kind;
};

const PATTERN_LABELS: Record<HaPattern, string> = {
  'single-region-payg': 'Single region, PAYG',
  'single-region-ptu': 'Single region, PTU',
  'single-region-self-hosted': 'Single region, self-hosted',
  'multi-region-load-balanced': 'Multi-region, APIM load balanced',
  'multi-region-ptu-payg-overflow': 'Multi-region, PTU + PAYG overflow',
  'multi-region-multi-model-fallback': 'Multi-region, multi-model fallback',
  none: 'No model on a request path',
};

export function classifyPattern(g: DesignGraph, path: RequestPath): HaPattern {
  if (!path.found || !path.model) return 'none';
  const models = path.backends.map((b) => b.node);
  const regions = new Set(models.map((m) => g.regionOf.get(m.id)).filter((r): r is string => r !== null && r !== undefined));
  if (regions.size >= 2) {
    if (new Set(models.map(modelId)).size > 1) return 'multi-region-multi-model-fallback';
    if (models.some(isPtu) && models.some(isPayg)) return 'multi-region-ptu-payg-overflow';
    return 'multi-region-load-balanced';
  }
  const primary = path.model;
  if (SELF_HOSTED.has(primary.kind)) return 'single-region-self-hosted';
  if (isPtu(primary)) return 'single-region-ptu';
  return 'single-region-payg';
}

/** How many instances serve a node, where one failing instance takes it down; null = managed / not applicable. */
export function instanceCount(n: DesignNode): number | null {
  switch (n.kind) {
    case 'app-service':
      return n.config.instances;
    case 'container-apps':
      return n.config.replicas;
    case 'gpu-vm':
      return n.config.count;
    case 'aks-gpu-pool':
      return n.config.minNodes;
    case 'ml-online-endpoint':
      return n.config.instances;
    case 'ai-search':
      return n.config.replicas;
    case 'redis':
      return n.config.tier === 'basic' ? 1 : null;
    case 'apim':
      return n.config.tier === 'developer' ? 1 : null;
    default:
      return null;
  }
}

const RECOVERY_ROW: Partial<Record<ComponentKind, string>> = {
  'azure-openai': 'Azure OpenAI',
  'ai-search': 'Azure AI Search',
  'cosmos-db': 'Cosmos DB (vector store)',
  'blob-storage': 'Model weights (Blob)',
};

function recoveryOf(g: DesignGraph): HaReport['recovery'] {
  const out: HaReport['recovery'] = [];
  for (const n of g.design.nodes) {
    let service = RECOVERY_ROW[n.kind];
    if (!service) continue;
    if (n.kind === 'cosmos-db') {
      const retrieval = [...(g.incoming.get(n.id) ?? []), ...(g.outgoing.get(n.id) ?? [])].some((e) => e.flow === 'retrieval');
      if (!retrieval) service = 'Conversation history';
    }
    const row = STORE_RECOVERY.find((r) => r.service === service);
    if (!row) continue;
    let mechanism = row.mechanism;
    if (n.kind === 'cosmos-db' && n.config.regions < 2)
      mechanism += ` (this design: 1 region, so no regional failover; the seed's figures assume multi-region)`;
    if (n.kind === 'cosmos-db' && n.config.regions >= 2 && !n.config.multiRegionWrites) mechanism += ' (this design: single write region)';
    if (n.kind === 'blob-storage' && !/g/.test(n.config.redundancy))
      mechanism += ` (this design: ${n.config.redundancy.toUpperCase()}, no geo copy: a regional loss loses the data)`;
    if (n.kind === 'ai-search' && n.config.replicas < 2) mechanism += ' (this design: 1 replica, no replica to fail over to)';
    out.push({ nodeId: n.id, service: row.service, rpo: row.rpo, rto: row.rto, mechanism });
  }
  return out;
}

// ---------- findings ----------

function configFindings(g: DesignGraph): Finding[] {
  const out: Finding[] = [];
  for (const n of g.design.nodes) {
    if (n.kind === 'ai-search' && (n.config.replicas < 3 || n.config.tier === 'free')) {
      const free = n.config.tier === 'free';
      const one = n.config.replicas < 2 || free;
      out.push(
        graphFinding('ha.search-replicas', {
          severity: one ? 'warning' : 'info',
          message: free
            ? `${nodeLabel(n)} is on the Free tier: no SLA (seed 9.8).`
            : one
              ? `${nodeLabel(n)} has 1 replica: no SLA. 2 replicas give a 99.9% SLA for queries; 3 or more cover queries and indexing (seed 9.8).`
              : `${nodeLabel(n)} has 2 replicas: the 99.9% SLA covers queries (read-only) but not indexing; 3 replicas cover both (seed 9.8).`,
          nodeIds: [n.id],
          fixes: free
            ? [
                {
                  description: 'Use the Basic tier or higher with 3 replicas.',
                  patch: { nodeId: n.id, config: { tier: 's1', replicas: 3 } },
                },
              ]
            : [{ description: 'Use 3 replicas.', patch: { nodeId: n.id, config: { replicas: 3 } } }],
        }),
      );
    }
    if (n.kind === 'apim' && n.config.tier === 'developer') {
      out.push(
        graphFinding('ha.apim-no-sla', {
          message: `${nodeLabel(n)} is on the Developer tier, which is for non-production use and has no SLA. Standard gives 99.95%; Premium across regions 99.99%.`,
          nodeIds: [n.id],
          fixes: [{ description: 'Use the Standard tier.', patch: { nodeId: n.id, config: { tier: 'standard' } } }],
        }),
      );
    }
  }
  return out;
}

export interface HaResult {
  report: HaReport;
  findings: Finding[];
}

export function analyzeHa(g: DesignGraph, path: RequestPath = findRequestPath(g)): HaResult {
  const findings = configFindings(g);
  const pattern = classifyPattern(g, path);
  const { structure, avail, shared } = buildStructure(g, path);
  const composite = structure?.availability ?? null;

  const routeAndSide = [...path.routeIds, ...path.sideCalls.map((s) => s.node.id)];
  const regions: string[] = [];
  for (const id of routeAndSide) {
    const r = g.regionOf.get(id);
    if (r && !regions.includes(r)) regions.push(r);
  }

  // Single points of failure: nodes every route passes through (post-dominators of the client) and
  // the side calls those make, with one instance.
  const spof: string[] = [];
  if (path.client && avail) {
    const must = new Set([...(avail.pdom.get(path.client.id) ?? [])].filter((id) => id !== SINK && id !== path.client?.id));
    for (const s of path.sideCalls) if (must.has(s.fromNodeId) || shared.some((x) => x.id === s.node.id)) must.add(s.node.id);
    for (const id of must) {
      const n = g.byId.get(id);
      if (!n) continue;
      const count = instanceCount(n);
      if (count !== null && count <= 1 && !spof.includes(id)) spof.push(id);
    }
  }
  for (const id of spof) {
    const n = g.byId.get(id);
    if (!n) continue;
    const count = instanceCount(n) ?? 1;
    findings.push(
      graphFinding('ha.single-point-of-failure', {
        message: `${nodeLabel(n)} is on every request path with ${count === 0 ? 'no always-on instance (scales from zero)' : 'a single instance'}: when it fails, the whole service fails.`,
        nodeIds: [id],
        fixes: fixForSpof(n),
      }),
    );
  }

  if (path.found && path.model) {
    const models = path.backends.map((b) => b.node);
    const modelRegions = new Set(models.map((m) => g.regionOf.get(m.id) ?? null).filter((r): r is string => r !== null));
    if (modelRegions.size <= 1) {
      findings.push(
        graphFinding('ha.single-region', {
          message: `Every model backend is in ${modelRegions.size === 1 ? [...modelRegions][0] : 'one place (no region set)'}: a regional outage stops the service. "Multi-region is not optional for production": deploy in at least two regions behind APIM (seed 9.13).`,
          nodeIds: models.map((m) => m.id),
          fixes: [{ description: 'Add a deployment in a second region as a failover backend of the gateway.' }],
        }),
      );
    }
    if (models.length === 1) {
      findings.push(
        graphFinding('ha.no-fallback-model', {
          message: `${nodeLabel(path.model)} is the only model backend: on 429 or 503 there is nowhere to go. Add a secondary deployment and a cheaper or self-hosted fallback (seed 9.9 fallback table).`,
          nodeIds: [path.model.id],
          fixes: [{ description: 'Add a fallback model behind the gateway with a failover edge.' }],
        }),
      );
    }
    const onRoute = (id: string) => path.routeIds.has(id);
    if (
      models.length > 1 &&
      ![...path.routeIds].some((id) => {
        const n = g.byId.get(id);
        return n !== undefined && roleOf(n) === 'gateway';
      })
    ) {
      findings.push(
        graphFinding('ha.no-gateway', {
          message: `${models.length} model backends but no AI gateway (API Management) on the request path: retries on 429/503, circuit breaking and load balancing fall to application code (seed 9.8, 9.9).`,
          nodeIds: models.map((m) => m.id),
          fixes: [{ description: 'Put API Management in front of the model backends as a backend pool.' }],
        }),
      );
    }
    for (const n of g.design.nodes) {
      if (!isPtu(n)) continue;
      const hasOverflow = onRoute(n.id)
        ? models.some((m) => m.id !== n.id && isPayg(m))
        : (g.outgoing.get(n.id) ?? []).some(
            (e) =>
              e.flow === 'failover' &&
              (() => {
                const t = g.byId.get(e.target);
                return t !== undefined && isPayg(t);
              })(),
          );
      if (!hasOverflow) {
        findings.push(
          graphFinding('ha.ptu-without-overflow', {
            message: `${nodeLabel(n)} is provisioned (PTU) with no pay-as-you-go deployment to spill to: traffic above the PTU capacity gets 429s. Add PAYG in another region as overflow (seed 9.9 "PTU + PAYG overflow").`,
            nodeIds: [n.id],
            fixes: [{ description: "Add a Global Standard (PAYG) deployment as the gateway's failover backend." }],
          }),
        );
      }
    }
  } else {
    for (const n of g.design.nodes) {
      if (!isPtu(n)) continue;
      const overflow = (g.outgoing.get(n.id) ?? []).some((e) => {
        const t = g.byId.get(e.target);
        return e.flow === 'failover' && t !== undefined && isPayg(t);
      });
      if (!overflow)
        findings.push(
          graphFinding('ha.ptu-without-overflow', {
            message: `${nodeLabel(n)} is provisioned (PTU) with no pay-as-you-go deployment to spill to (seed 9.9).`,
            nodeIds: [n.id],
            fixes: [{ description: 'Add a Global Standard (PAYG) deployment as overflow.' }],
          }),
        );
    }
  }

  const missing = serviceTerms(structure).filter((t) => t.availability === null);
  if (missing.length > 0) {
    findings.push(
      graphFinding('ha.no-sla', {
        message: `No composite SLA: ${missing
          .map((t) => {
            const n = g.byId.get(t.nodeId);
            return `${t.label} (${n ? slaForNode(n).note : 'no SLA'})`;
          })
          .join('; ')}.`,
        nodeIds: missing.map((t) => t.nodeId),
      }),
    );
  }

  const slaSources = new Set<string>(['waf-reliability-metrics']);
  for (const t of serviceTerms(structure)) {
    const s = t.slaId ? getSla(t.slaId) : undefined;
    if (s) slaSources.add(s.source);
  }
  const substituted =
    structure === null
      ? 'no request path'
      : `${renderTerm(structure)} = ${pct(composite)}${composite !== null ? `; downtime = (1 − ${composite.toFixed(6)}) × ${DOWNTIME_MINUTES_PER_MONTH} = ${downtimeMinutesPerMonth(composite).toFixed(1)} min/month` : ''}`;

  return {
    report: {
      pattern,
      patternLabel: PATTERN_LABELS[pattern],
      regions,
      compositeSla: composite,
      downtimeMinutesPerMonth: composite === null ? null : downtimeMinutesPerMonth(composite),
      structure,
      singlePointsOfFailure: spof,
      recovery: recoveryOf(g),
      explanation: {
        formula:
          'Series (all required): A = Π aᵢ. Redundant backends or regions (any one suffices, failures independent): A = 1 − Π(1 − aᵢ); R regions of composite N: 1 − (1 − N)^R. ' +
          'Downtime per month = (1 − A) × 43,200 min (the 30-day month of the Well-Architected downtime table).',
        substituted,
        sources: [...slaSources, 'seed 9.8', 'seed 9.9'],
      },
    },
    findings,
  };
}

function fixForSpof(n: DesignNode): { description: string; patch?: { nodeId: string; config: Record<string, unknown> } }[] {
  switch (n.kind) {
    case 'app-service':
      return [{ description: 'Run 2 or more instances (zone redundant for 99.99%).', patch: { nodeId: n.id, config: { instances: 2 } } }];
    case 'container-apps':
      return [{ description: 'Keep at least 2 replicas.', patch: { nodeId: n.id, config: { replicas: 2 } } }];
    case 'gpu-vm':
      return [{ description: 'Run 2 VMs across availability zones (99.99%).', patch: { nodeId: n.id, config: { count: 2, zones: true } } }];
    case 'aks-gpu-pool':
      return [
        {
          description: 'Keep at least 2 nodes, across zones.',
          patch: { nodeId: n.id, config: { minNodes: 2, maxNodes: Math.max(2, n.config.maxNodes), zones: true } },
        },
      ];
    case 'ml-online-endpoint':
      return [{ description: 'Run 2 or more instances.', patch: { nodeId: n.id, config: { instances: 2 } } }];
    case 'ai-search':
      return [{ description: 'Use 3 replicas.', patch: { nodeId: n.id, config: { replicas: 3 } } }];
    case 'redis':
      return [{ description: 'Use the Standard tier (replicated).', patch: { nodeId: n.id, config: { tier: 'standard' } } }];
    case 'apim':
      return [{ description: 'Use the Standard tier.', patch: { nodeId: n.id, config: { tier: 'standard' } } }];
    default:
      return [];
  }
}
