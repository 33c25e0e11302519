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

function ancestor(byId: Map<string, DesignNode>, node: DesignNode, kind: DesignNode['kind']): DesignNode | null {
  let cur: DesignNode | undefined = node;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    if (cur.kind === kind) return cur;
    seen.add(cur.id);
    cur = cur.parentId !== undefined ? byId.get(cur.parentId) : undefined;
  }
  return null;
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
  for (const n of design.nodes) {
    const regionGroup = ancestor(byId, n, 'region');
    const regional = COMPONENTS[n.kind].regional || n.kind === 'region';
    regionOf.set(n.id, regional && regionGroup?.kind === 'region' ? regionGroup.config.region : null);
    subnetOf.set(n.id, n.kind === 'subnet' ? null : ancestor(byId, n, 'subnet'));
    vnetOf.set(n.id, n.kind === 'vnet' ? null : ancestor(byId, n, 'vnet'));
  }
  return { design, byId, outgoing, incoming, children, regionOf, subnetOf, vnetOf };
}

// Re-exported for the calculation files that still import it from here; the lead points them at
// lib/design/node-label and drops this line after merging.
