/**
 * The latency chain (seed 9.6): the request path found from the graph, each hop's network round trip
 * (client → edge: the user's assumption; same region: an intra-region round trip; across regions: the
 * measured RTT, facts §6.1) plus each service's own time, giving time to first token and end-to-end
 * latency against the seed's targets (9.11: TTFT < 1 s, E2E < 5 s interactive).
 */
import { formatMs } from '../format';
import { COMPONENTS, nodeHas } from '../catalog/components';
import { regionRttMs } from '../catalog/index';
import { INTRA_REGION_RTT } from '../catalog/regions';
import type { DesignEdge, DesignNode, Scenario } from '../design/schema';
import { nodeLabel } from '../design/node-label';
import type { DesignGraph } from './graph';
import { modelPerformance } from './performance';
import { findRequestPath, type RequestPath, type SideCall } from './request-path';
import { graphFinding } from './rules-graph';
import type { Finding, LatencyHop, LatencyReport, ModelPerformance } from './types';
import { TARGETS } from './units';

/**
 * Round trip between two services in the same Azure region, ms: the catalog's figure, Microsoft's stated
 * upper bound between availability zones ("less than 2 ms", azure-az-latency). No same-region measurement
 * is published (facts §6.1 covers region pairs only), so hops inside a region use this bound.
 */
export const INTRA_REGION_RTT_MS: number = INTRA_REGION_RTT.ms;
const INTRA_LABEL = `${INTRA_REGION_RTT.ms} ms round trip (Microsoft's upper bound between zones, not a measurement)`;

/**
 * Model speed by node id, as `modelPerformance` computes it for each model deployment (evaluate passes
 * the list it already has). When absent, `modelPerformance(g, node, scenario)` is called.
 */
export type PerfLookup =
  ReadonlyMap<string, ModelPerformance> | readonly ModelPerformance[] | ((node: DesignNode) => ModelPerformance | null | undefined);

function perfOf(perf: PerfLookup | undefined, node: DesignNode, g: DesignGraph, scenario: Scenario): ModelPerformance | undefined {
  if (perf === undefined) return modelPerformance(g, node, scenario) ?? undefined;
  if (typeof perf === 'function') return perf(node) ?? undefined;
  if (Array.isArray(perf)) return (perf as readonly ModelPerformance[]).find((p) => p.nodeId === node.id);
  return (perf as ReadonlyMap<string, ModelPerformance>).get(node.id);
}

/** A service's own time per request from its settings (all assumptions the user edits). */
export function serviceTimeMs(n: DesignNode): number {
  switch (n.kind) {
    case 'app-service':
    case 'functions':
    case 'container-apps':
      return n.config.serviceTimeMs;
    case 'ai-search':
      return n.config.queryTimeMs;
    case 'redis':
      return n.config.lookupTimeMs;
    // No service-time setting: the model's time is its TTFT; the rest add no time of their own.
    case 'client':
    case 'front-door':
    case 'apim':
    case 'azure-openai':
    case 'foundry-serverless':
    case 'ai-foundry':
    case 'ml-online-endpoint':
    case 'content-safety':
    case 'gpu-vm':
    case 'aks-gpu-pool':
    case 'training-job':
    case 'blob-storage':
    case 'cosmos-db':
    case 'document-intelligence':
    case 'event-grid':
    case 'service-bus':
    case 'storage-queue':
    case 'monitor':
    case 'app-insights':
    case 'key-vault':
    case 'entra-id':
    case 'region':
    case 'vnet':
    case 'subnet':
    case 'firewall':
    case 'ddos-protection':
    case 'private-dns':
      return 0;
  }
}

interface NetworkTime {
  networkMs: number;
  crossRegion: boolean;
  basis: string;
  /** Regions of a cross-region hop whose RTT the catalog lacks. */
  unknownPair: [string, string] | null;
  rttSource: string | null;
  pair: [string, string] | null;
}

export function networkTime(g: DesignGraph, from: DesignNode, to: DesignNode, edge: DesignEdge | null): NetworkTime {
  const pe = edge?.connectivity === 'private-endpoint' && COMPONENTS[to.kind].privateEndpoint ? ', private endpoint' : '';
  if (from.kind === 'client') {
    return {
      networkMs: from.config.networkToEdgeMs,
      crossRegion: false,
      basis: `internet round trip to the edge: ${from.config.networkToEdgeMs} ms (assumption, set on ${nodeLabel(from)})`,
      unknownPair: null,
      rttSource: null,
      pair: null,
    };
  }
  const rf = g.regionOf.get(from.id) ?? null;
  const rt = g.regionOf.get(to.id) ?? null;
  const intra = INTRA_REGION_RTT_MS;
  const base = { crossRegion: false, unknownPair: null, rttSource: INTRA_REGION_RTT.source, pair: null };
  if (rf !== null && rt !== null && rf !== rt) {
    const rtt = regionRttMs(rf, rt);
    if (!rtt) {
      return {
        networkMs: 0,
        crossRegion: true,
        basis: `${rf} → ${rt}: round trip not in the catalog (unverified, not counted)${pe}`,
        unknownPair: [rf, rt],
        rttSource: null,
        pair: [rf, rt],
      };
    }
    return {
      networkMs: rtt.rttMs,
      crossRegion: true,
      basis: `${rf} → ${rt} (${rtt.rttMs} ms RTT)${pe}`,
      unknownPair: null,
      rttSource: rtt.source,
      pair: [rf, rt],
    };
  }
  if (rf !== null && rf === rt) return { ...base, networkMs: intra, basis: `same region (${rf}): ${INTRA_LABEL}${pe}` };
  const global = [from, to].find((n) => !COMPONENTS[n.kind].regional);
  if (global) {
    const other = global === from ? rt : rf;
    return {
      ...base,
      networkMs: intra,
      basis: `${COMPONENTS[global.kind].name} (global) → ${other ?? 'unplaced service'}: assumed as within a region, ${INTRA_LABEL}${pe}`,
    };
  }
  return { ...base, networkMs: intra, basis: `not placed in a region: assumed as within a region, ${INTRA_LABEL}${pe}` };
}

const hopLabel = (from: DesignNode, to: DesignNode, what?: string): string =>
  `${nodeLabel(from)} → ${nodeLabel(to)}${what ? ` (${what})` : ''}`;

/** Whether the semantic cache can answer at this side call / node. */
const semanticCacheAt = (n: DesignNode): boolean => nodeHas(n, 'semanticCache') && n.config.semanticCache;

const fmt = (ms: number): string => `${Math.round(ms)} ms`;

export interface LatencyResult {
  report: LatencyReport;
  findings: Finding[];
  path: RequestPath;
}

export function analyzeLatency(
  g: DesignGraph,
  scenario: Scenario,
  perf?: PerfLookup,
  path: RequestPath = findRequestPath(g),
): LatencyResult {
  const findings: Finding[] = [];
  const targets = { ttftMs: TARGETS.ttftMs, e2eMs: TARGETS.e2eMs };
  const sources = new Set<string>(['seed 9.6', 'seed 9.11']);
  const blank = (formula: string): LatencyReport => ({
    hops: [],
    ttftMs: null,
    e2eMs: null,
    worstCaseE2eMs: null,
    cacheHit: null,
    streaming: scenario.streaming,
    targets,
    explanation: { formula, substituted: '', sources: [...sources] },
  });

  if (!path.found || !path.model) {
    findings.push(
      graphFinding('latency.no-request-path', {
        message: `No latency chain: ${path.reason ?? 'no request path'}. Connect Users → … → a model with request edges.`,
        nodeIds: path.client ? [path.client.id] : [],
      }),
    );
    return { report: blank('No request path from a client to a model.'), findings, path };
  }

  const hops: LatencyHop[] = [];
  /** Index (exclusive) in `hops` where a semantic-cache hit returns. */
  let cacheHitUpTo: number | null = null;
  const crossHops: { hop: LatencyHop; edge: DesignEdge | null; pair: [string, string] }[] = [];
  const unknown: { edge: DesignEdge | null; pair: [string, string]; from: string; to: string }[] = [];

  const push = (from: DesignNode, to: DesignNode, edge: DesignEdge | null, label: string, serviceMs: number): LatencyHop => {
    const net = networkTime(g, from, to, edge);
    const hop: LatencyHop = {
      fromNodeId: from.id,
      toNodeId: to.id,
      label,
      networkMs: net.networkMs,
      serviceMs,
      crossRegion: net.crossRegion,
      networkBasis: net.basis,
    };
    hops.push(hop);
    if (net.rttSource) sources.add(net.rttSource);
    if (net.crossRegion && net.pair) crossHops.push({ hop, edge, pair: net.pair });
    if (net.unknownPair) unknown.push({ edge, pair: net.unknownPair, from: from.id, to: to.id });
    return hop;
  };

  const sideOf = new Map<string, SideCall[]>();
  // Per-request calls only: cache lookups, retrieval, and calls to services on the request (content
  // safety). Writes ('data') and support services such as Key Vault (read at start-up) are left out.
  const perRequest = (s: SideCall) => s.kind !== 'data' && COMPONENTS[s.node.kind].traits.perRequestCall;
  for (const s of path.sideCalls) if (perRequest(s)) sideOf.set(s.fromNodeId, [...(sideOf.get(s.fromNodeId) ?? []), s]);

  const model = path.model;
  const mp = perfOf(perf, model, g, scenario);
  const modelTtft = mp?.ttftMs ?? null;
  const tps = mp?.outputTokensPerSecond ?? null;
  const worstTps = mp?.worstCaseOutputTokensPerSecond ?? null;
  if (mp) for (const s of mp.explanation.sources) sources.add(s);

  for (let i = 1; i < path.nodes.length; i++) {
    const from = path.nodes[i - 1] as DesignNode;
    const to = path.nodes[i] as DesignNode;
    const edge = path.edges[i - 1] ?? null;
    const isModel = to.id === model.id;
    push(
      from,
      to,
      edge,
      hopLabel(from, to, isModel ? 'model: time to first token' : undefined),
      isModel ? (modelTtft ?? 0) : serviceTimeMs(to),
    );
    if (cacheHitUpTo === null && semanticCacheAt(to)) cacheHitUpTo = hops.length;
    for (const s of sideOf.get(to.id) ?? []) {
      if (isModel) continue; // calls the model makes itself are inside its TTFT
      push(to, s.node, s.edge, hopLabel(to, s.node, s.kind), serviceTimeMs(s.node));
      if (cacheHitUpTo === null && s.kind === 'cache' && semanticCacheAt(s.node)) cacheHitUpTo = hops.length;
    }
  }

  const sum = (hs: readonly LatencyHop[]) => hs.reduce((a, h) => a + h.networkMs + h.serviceMs, 0);
  const beforeModel = sum(hops) - (modelTtft ?? 0);
  const firstTokenMs = modelTtft === null ? null : beforeModel + modelTtft;
  const decodeMs = tps !== null && tps > 0 ? (scenario.outputTokensPerRequest / tps) * 1000 : null;
  const e2eMs = firstTokenMs !== null && decodeMs !== null ? firstTokenMs + decodeMs : null;
  const worstDecodeMs = worstTps !== null && worstTps > 0 ? (scenario.outputTokensPerRequest / worstTps) * 1000 : null;
  const worstCaseE2eMs = firstTokenMs !== null && worstDecodeMs !== null ? firstTokenMs + worstDecodeMs : null;
  const ttftMs = scenario.streaming ? firstTokenMs : e2eMs;
  const cacheMs = cacheHitUpTo !== null ? sum(hops.slice(0, cacheHitUpTo)) : null;
  const cacheHit = cacheMs !== null ? { ttftMs: cacheMs, e2eMs: cacheMs } : null;

  if (modelTtft === null || decodeMs === null) {
    findings.push(
      graphFinding('latency.no-model-performance', {
        message: `${nodeLabel(model)}: ${modelTtft === null ? 'time to first token' : 'output speed'} is not known, so the latency chain has no ${modelTtft === null ? 'TTFT or end-to-end' : 'end-to-end'} total. Microsoft publishes no TTFT figure (facts §6.2); set the expected values on the deployment.`,
        nodeIds: [model.id],
      }),
    );
  }

  const hopTerms = hops.map((h) => `${fmt(h.networkMs)}${h.serviceMs ? ` + ${fmt(h.serviceMs)}` : ''}`).join(' + ');
  const formula =
    'TTFT (streamed) = Σ over hops (network round trip + service time), the model hop counting its time to first token; ' +
    "E2E = TTFT + output tokens ÷ output tokens per second, at the model's typical speed; worst-case E2E = TTFT + output tokens ÷ its worst-case speed (Azure OpenAI: the PTU latency target, 99% of requests faster). Without streaming the user sees nothing until the whole answer, so the felt TTFT equals E2E. " +
    'A semantic-cache hit returns at the cache: the hops up to and including the lookup.';
  const substituted = [
    `TTFT = ${hopTerms}${firstTokenMs !== null ? ` = ${fmt(firstTokenMs)}` : ' (model TTFT unknown)'}`,
    decodeMs !== null && firstTokenMs !== null
      ? `E2E = ${fmt(firstTokenMs)} + ${scenario.outputTokensPerRequest} tokens ÷ ${tps} tokens/s = ${fmt(firstTokenMs)} + ${fmt(decodeMs)} = ${fmt(firstTokenMs + decodeMs)}`
      : 'E2E unknown',
    ...(worstDecodeMs !== null && firstTokenMs !== null
      ? [
          `worst case = ${fmt(firstTokenMs)} + ${scenario.outputTokensPerRequest} tokens ÷ ${worstTps} tokens/s = ${fmt(firstTokenMs)} + ${fmt(worstDecodeMs)} = ${fmt(firstTokenMs + worstDecodeMs)}`,
        ]
      : []),
    scenario.streaming
      ? 'streaming: the first token shows at TTFT'
      : `not streamed: the first thing the user sees arrives at E2E${e2eMs !== null ? ` = ${fmt(e2eMs)}` : ''}`,
    cacheHit ? `cache hit = ${fmt(cacheHit.ttftMs)}` : 'no semantic cache on the path',
  ].join('; ');

  // Findings against the targets (seed 9.11).
  if (ttftMs !== null && ttftMs > TARGETS.ttftMs) {
    const streamedWouldFit = !scenario.streaming && firstTokenMs !== null && firstTokenMs <= TARGETS.ttftMs;
    findings.push(
      graphFinding('latency.ttft-over-target', {
        message: `Time to first token is ${formatMs(ttftMs)}, over the ${formatMs(TARGETS.ttftMs)} target${scenario.streaming ? '' : ' (not streamed: the user waits for the whole answer)'}.`,
        nodeIds: path.nodes.map((n) => n.id),
        edgeIds: path.edges.map((e) => e.id),
        fixes: [
          ...(streamedWouldFit ? [{ description: `Stream responses: the first token would show after ${formatMs(firstTokenMs)}.` }] : []),
          ...(crossHops.length > 0 ? [{ description: 'Co-locate the services of the request path in one region (seed 9.6).' }] : []),
        ],
      }),
    );
  }
  if (e2eMs !== null && e2eMs > TARGETS.e2eMs) {
    findings.push(
      graphFinding('latency.e2e-over-target', {
        message: `End-to-end latency is ${formatMs(e2eMs)} for ${scenario.outputTokensPerRequest} output tokens at ${tps} tokens/s (${worstTps !== null && worstTps === tps ? 'the PTU floor: no typical figure is published' : 'typical'}), over the ${formatMs(TARGETS.e2eMs)} interactive target.${worstCaseE2eMs !== null && worstCaseE2eMs > e2eMs ? ` Worst case ${formatMs(worstCaseE2eMs)} at ${worstTps} tokens/s.` : ''}`,
        nodeIds: [model.id],
        fixes: [
          {
            description:
              'Shorten answers, use a faster model, or process asynchronously (a provisioned deployment guarantees only its PTU latency target).',
          },
        ],
      }),
    );
  }
  if (e2eMs !== null && e2eMs <= TARGETS.e2eMs && worstCaseE2eMs !== null && worstCaseE2eMs > TARGETS.e2eMs) {
    findings.push(
      graphFinding('latency.e2e-worst-case-over-target', {
        message: `Worst case: end to end ${formatMs(worstCaseE2eMs)} for ${scenario.outputTokensPerRequest} output tokens at ${worstTps} tokens/s, the PTU latency target (99% of requests are faster), over the ${formatMs(TARGETS.e2eMs)} interactive target. Typical: ${formatMs(e2eMs)} at ${tps} tokens/s.`,
        nodeIds: [model.id],
        fixes: [
          {
            description:
              "Shorten answers if the slowest 1% of requests matter, and measure the deployment's real speed (Azure OpenAI diagnostics).",
          },
        ],
      }),
    );
  }
  for (const c of crossHops) {
    if (c.hop.networkMs === 0) continue;
    const fromId = c.hop.fromNodeId ?? '';
    const a = g.byId.get(fromId);
    const b = g.byId.get(c.hop.toNodeId);
    findings.push(
      graphFinding('latency.cross-region-hop', {
        message: `${a ? nodeLabel(a) : fromId} (${c.pair[0]}) → ${b ? nodeLabel(b) : c.hop.toNodeId} (${c.pair[1]}) crosses regions: +${c.hop.networkMs} ms round trip on every request. Co-locate them (seed 9.6).`,
        nodeIds: [fromId, c.hop.toNodeId],
        edgeIds: c.edge ? [c.edge.id] : [],
        fixes: [{ description: `Place both in ${c.pair[0]} or both in ${c.pair[1]}.` }],
      }),
    );
  }
  for (const u of unknown) {
    findings.push(
      graphFinding('latency.unknown-rtt', {
        message: `The round trip ${u.pair[0]} → ${u.pair[1]} is not in the catalog: the hop is shown as unverified and not counted, so the totals are too low by that amount.`,
        nodeIds: [u.from, u.to],
        edgeIds: u.edge ? [u.edge.id] : [],
      }),
    );
  }

  return {
    report: {
      hops,
      ttftMs,
      e2eMs,
      worstCaseE2eMs,
      cacheHit,
      streaming: scenario.streaming,
      targets,
      explanation: { formula, substituted, sources: [...sources] },
    },
    findings,
    path,
  };
}
