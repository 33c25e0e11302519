/**
 * Graph views over a design, built once per evaluation: nodes by id, edges by end, groups and the
 * Azure region each node inherits from its enclosing region group.
 */
import { COMPONENTS } from '../catalog/components';
import type { Design, DesignEdge, DesignNode } from '../design/schema';

export interface DesignGraph {
  design: Design;
  byId: Map<string, DesignNode>;
  outgoing: Map<string, DesignEdge[]>;
  incoming: Map<string, DesignEdge[]>;
  children: Map<string, DesignNode[]>;
  /** Azure region id of each node: its own (region group) or the nearest enclosing region group's. */
  regionOf: Map<string, string | null>;
  /** The VNET / subnet each node sits in, if any. */
  subnetOf: Map<string, DesignNode | null>;
  vnetOf: Map<string, DesignNode | null>;
}

/**
 * The nearest enclosing group of each kind (the node itself when it is one), for every node. Each node's
 * answer comes from its parent's, so the whole design takes one pass whatever the nesting depth.
 */
function enclosingGroups(
  design: Design,
  byId: Map<string, DesignNode>,
): Map<string, Record<'region' | 'vnet' | 'subnet', DesignNode | null>> {
  type Enclosing = Record<'region' | 'vnet' | 'subnet', DesignNode | null>;
  const memo = new Map<string, Enclosing>();
  const none: Enclosing = { region: null, vnet: null, subnet: null };
  for (const start of design.nodes) {
    // Walk up to the first node already answered (or the canvas), then answer the walked nodes top-down.
    const walked: DesignNode[] = [];
    const onWalk = new Set<string>();
    let cur: DesignNode | undefined = start;
    while (cur && !memo.has(cur.id) && !onWalk.has(cur.id)) {
      walked.push(cur);
      onWalk.add(cur.id);
      cur = cur.parentId !== undefined ? byId.get(cur.parentId) : undefined;
    }
    let above: Enclosing = cur ? (memo.get(cur.id) ?? none) : none;
    for (let i = walked.length - 1; i >= 0; i--) {
      const n = walked[i] as DesignNode;
      const own: Enclosing = n.kind === 'region' || n.kind === 'vnet' || n.kind === 'subnet' ? { ...above, [n.kind]: n } : above;
      memo.set(n.id, own);
      above = own;
    }
  }
  return memo;
}

export function buildGraph(design: Design): DesignGraph {
  const byId = new Map<string, DesignNode>();
  const outgoing = new Map<string, DesignEdge[]>();
  const incoming = new Map<string, DesignEdge[]>();
  const children = new Map<string, DesignNode[]>();
  for (const n of design.nodes) {
    byId.set(n.id, n);
    outgoing.set(n.id, []);
    incoming.set(n.id, []);
    children.set(n.id, []);
  }
  for (const n of design.nodes) if (n.parentId !== undefined) children.get(n.parentId)?.push(n);
  for (const e of design.edges) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }
  const regionOf = new Map<string, string | null>();
  const subnetOf = new Map<string, DesignNode | null>();
  const vnetOf = new Map<string, DesignNode | null>();
  const enclosing = enclosingGroups(design, byId);
  for (const n of design.nodes) {
    const groups = enclosing.get(n.id);
    const regionGroup = groups?.region ?? null;
    const regional = COMPONENTS[n.kind].regional || n.kind === 'region';
    regionOf.set(n.id, regional && regionGroup?.kind === 'region' ? regionGroup.config.region : null);
    subnetOf.set(n.id, n.kind === 'subnet' ? null : (groups?.subnet ?? null));
    vnetOf.set(n.id, n.kind === 'vnet' ? null : (groups?.vnet ?? null));
  }
  return { design, byId, outgoing, incoming, children, regionOf, subnetOf, vnetOf };
}

// Re-exported for the calculation files that still import it from here; the lead points them at
// lib/design/node-label and drops this line after merging.
