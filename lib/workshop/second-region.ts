/** Adding a second region with failover, and removing one that only takes failover. */
import { COMPONENTS, getRegion, REGIONS, regionRttMs } from '../catalog';
import { evaluate } from '../calc/evaluate';
import { removeElements, uniqueId, withDescendants } from '../design/edit';
import { absoluteRect, indexNodes, NODE_SIZE } from '../design/geometry';
import type { Design, DesignEdge, DesignNode } from '../design/schema';
import { findNode, newErrors, nodeName, type TradeoffResult } from './switch';

/** A node that serves a model (Azure OpenAI, a self-hosted model, ...). */
export const isModel = (n: DesignNode): boolean => COMPONENTS[n.kind].role === 'model';

/**
 * Regions a second region for `regionNodeId` could go to, best first: the Azure pair (when the catalog knows
 * it), then the other regions of the same geography by measured round trip, then the rest of that geography.
 * Regions the design already has a group for are left out.
 */
export function secondRegionOptions(design: Design, regionNodeId: string): string[] {
  const region = design.nodes.find((n) => n.id === regionNodeId);
  if (region?.kind !== 'region') return [];
  const from = getRegion(region.config.region);
  if (!from) return [];
  const used = new Set(design.nodes.flatMap((n) => (n.kind === 'region' ? [n.config.region] : [])));
  const same = REGIONS.filter((r) => r.geography === from.geography && !used.has(r.id));
  const rtt = (id: string): number => regionRttMs(from.id, id)?.rttMs ?? Infinity;
  const ordered = [...same].sort((a, b) => rtt(a.id) - rtt(b.id) || a.id.localeCompare(b.id)).map((r) => r.id);
  const pair = from.pairedRegion;
  return pair !== null && ordered.includes(pair) ? [pair, ...ordered.filter((id) => id !== pair)] : ordered;
}

/**
 * Copy the model deployments of a region group into a second region (the first of `secondRegionOptions`,
 * its Azure pair where the catalog knows it, unless `targetRegion` says otherwise), in a new region group beside the design, and connect each copy with a failover edge
 * from every node that sends requests to the original (the gateway), after its existing failover
 * priorities. Copies take only the traffic share the gateway's backends leave free (0 when the primary
 * takes it all: a standby that serves on failover). Refused when a copy would not work in that region.
 */
export function addSecondRegion(design: Design, regionNodeId: string, targetRegion?: string): TradeoffResult {
  const region = findNode(design, regionNodeId);
  if ('error' in region) return region;
  if (region.kind !== 'region') return { error: `${nodeName(region)} is not a region group.` };
  const to = targetRegion ?? secondRegionOptions(design, region.id)[0] ?? null;
  if (to === null) return { error: `No second region is known for ${region.config.region} in the catalog: choose one.` };
  const toRegion = getRegion(to);
  if (!toRegion) return { error: `"${to}" is not a region the catalog knows.` };
  if (to === region.config.region) return { error: `The second region must differ from ${region.config.region}.` };
  if (design.nodes.some((n) => n.kind === 'region' && n.config.region === to))
    return { error: `The design already has a ${toRegion.name} region group.` };

  const inside = withDescendants(design, [region.id]);
  const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
  if (models.length === 0) return { error: `${nodeName(region)} holds no model deployment to copy.` };

  // Place the new region to the right of everything on the canvas, level with the original.
  const byId = indexNodes(design);
  const right = Math.max(
    ...design.nodes.filter((n) => n.parentId === undefined).map((n) => absoluteRect(byId, n).x + absoluteRect(byId, n).width),
  );
  const taken = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
  const take = (base: string): string => {
    const id = uniqueId(taken, base);
    taken.add(id);
    return id;
  };
  const GAP = 40;
  const groupId = take(`region-${to}`);
  const group: DesignNode = {
    id: groupId,
    kind: 'region',
    label: `${toRegion.name} (second region)`,
    position: { x: Math.round(right + 80), y: region.position.y },
    size: { width: GAP + models.length * (NODE_SIZE.width + GAP), height: 80 + NODE_SIZE.height + GAP },
    config: { region: to },
  };

  const copies = new Map<string, string>();
  const copiedNodes: DesignNode[] = models.map((m, i) => {
    const id = take(`${m.id}-${to}`);
    copies.set(id, m.id);
    return {
      ...m,
      id,
      label: `${nodeName(m)} (${toRegion.name})`,
      parentId: groupId,
      position: { x: GAP + i * (NODE_SIZE.width + GAP), y: 80 },
      config: { ...m.config },
    } as DesignNode;
  });

  const edges: DesignEdge[] = [];
  const shareOf = (n: DesignNode | undefined): number => (n && 'trafficShare' in n.config ? n.config.trafficShare : 0);
  for (const copy of copiedNodes) {
    const originalId = copies.get(copy.id) as string;
    const gateways = design.edges.filter((e) => e.target === originalId && e.flow === 'request');
    if (gateways.length === 0) continue;
    for (const g of gateways) {
      const out = [...design.edges, ...edges].filter((e) => e.source === g.source && (e.flow === 'request' || e.flow === 'failover'));
      const priority = Math.min(10, Math.max(0, ...out.map((e) => (e.flow === 'failover' ? (e.priority ?? 1) : 0))) + 1);
      edges.push({
        id: take(`e-${g.source}-${copy.id}`),
        source: g.source,
        target: copy.id,
        flow: 'failover',
        priority,
        auth: g.auth,
        connectivity: g.connectivity,
        label: `failover to ${toRegion.name}`,
      });
      const used = out.reduce((sum, e) => sum + shareOf(byId.get(e.target) ?? copiedNodes.find((c) => c.id === e.target)), 0);
      if ('trafficShare' in copy.config)
        (copy.config as { trafficShare: number }).trafficShare = Math.max(0, Math.round((1 - used) * 1000) / 1000);
    }
  }
  if (edges.length === 0)
    return { error: `No node sends requests to the models of ${nodeName(region)}, so there is no gateway to fail over from.` };

  const next: Design = { ...design, nodes: [...design.nodes, group, ...copiedNodes], edges: [...design.edges, ...edges] };
  const added = newErrors(evaluate(design), evaluate(next), [...copies.keys()], (id) => copies.get(id) ?? id);
  if (added.length > 0) return { error: `A copy in ${toRegion.name} would not work: ${added.map((f) => f.message).join(' ')}` };
  return {
    design: next,
    summary: `Added ${toRegion.name} with ${copiedNodes.map(nodeName).join(', ')}, reached by failover from ${[...new Set(edges.map((e) => nodeName(byId.get(e.source) as DesignNode)))].join(', ')}.`,
  };
}

/**
 * Remove a second region: the region group, everything in it and the edges touching them; the failover
 * priorities left at each gateway are renumbered 1, 2, … Refused for a region whose models take primary
 * traffic (a request edge), so the request path is never cut.
 */
export function removeSecondRegion(design: Design, regionNodeId: string): TradeoffResult {
  const region = findNode(design, regionNodeId);
  if ('error' in region) return region;
  if (region.kind !== 'region') return { error: `${nodeName(region)} is not a region group.` };
  const inside = withDescendants(design, [region.id]);
  const models = design.nodes.filter((n) => inside.has(n.id) && isModel(n));
  const primary = models.filter((m) => design.edges.some((e) => e.target === m.id && e.flow === 'request'));
  if (primary.length > 0)
    return {
      error: `${nodeName(region)} serves primary traffic (${primary.map(nodeName).join(', ')}): remove a region that only takes failover.`,
    };
  const onPath = design.edges.filter((e) => e.flow === 'request' && (inside.has(e.source) || inside.has(e.target)));
  if (onPath.length > 0) return { error: `${nodeName(region)} holds part of the request path: remove a region that only takes failover.` };

  const removed = removeElements(design, [region.id]);
  // Renumber the failover priorities each gateway has left.
  const bySource = new Map<string, DesignEdge[]>();
  for (const e of removed.edges) if (e.flow === 'failover') bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  const renumbered = new Map<string, number>();
  for (const list of bySource.values())
    [...list].sort((a, b) => (a.priority ?? 1) - (b.priority ?? 1)).forEach((e, i) => renumbered.set(e.id, i + 1));
  const edges = removed.edges.map((e) =>
    renumbered.has(e.id) && renumbered.get(e.id) !== e.priority ? { ...e, priority: renumbered.get(e.id) } : e,
  );
  return {
    design: { ...removed, edges },
    summary: `Removed ${nodeName(region)}${models.length > 0 ? ` and its failover deployments ${models.map(nodeName).join(', ')}` : ''}.`,
  };
}
