/**
 * Bill of materials: every billable item of a design, read from the report (`evaluate(design)`, its
 * cost lines), never from what the screen shows; plus a second table of what the design implies
 * without a line on the bill: RBAC role assignments, private endpoints with their private DNS zones,
 * and the secrets Key Vault must hold. The encoders (CSV, JSON, Markdown, XLSX) are in bom-encode.ts.
 *
 * All money is US dollars; monthly means a 730-hour month (the report's unit) and yearly is 12 months.
 */
import { COMPONENTS, type ComponentKind } from '../catalog/components';
import { evaluate } from '../calc/evaluate';
import { nodeLabel } from '../design/node-label';
import type { CostLine, Report } from '../calc/types';
import type { Design, DesignNode } from '../design/schema';
import { PRIVATE_DNS_SOURCE, privateEndpointTarget, zonesFor } from './private-dns';

export const BOM_CURRENCY = 'USD';
export const BOM_PERIOD = 'month';
/** The report's month: 730 hours (8,760 hours a year ÷ 12). */
export const BOM_HOURS_PER_MONTH = 730;

/** The pricing choice a line is billed under. */
export type BomLeverId =
  | 'pay-as-you-go'
  | 'reserved-1y'
  | 'reserved-3y'
  | 'spot'
  | 'ptu-hourly'
  | 'ptu-monthly'
  | 'ptu-annual'
  | 'batch-api'
  | 'autoscale'
  | 'serverless'
  | 'provisioned'
  | 'none';

export interface BomLine {
  /** The report's cost line id, e.g. `aoai-east:ptu`. */
  lineId: string;
  nodeId: string | null;
  /** The node's label (or component name) on the canvas. */
  nodeLabel: string | null;
  kind: ComponentKind | null;
  /** The component's name, e.g. "Azure OpenAI deployment". */
  kindName: string;
  /** What is billed, as the report words it. */
  item: string;
  /** VM size, tier, plan, model or redundancy: what a purchaser orders. */
  skuOrTier: string | null;
  region: string | null;
  quantity: number;
  unit: string;
  /** US dollars per unit (per unit-hour where `hoursPerMonth` is set); null: no known price. */
  unitUsd: number | null;
  hoursPerMonth: number | null;
  /** Exact monthly cost; null when unpriced (never $0). */
  usdPerMonth: number | null;
  /** Monthly cost in whole cents, apportioned so the lines add up to the total to the cent. */
  centsPerMonth: number | null;
  usdPerYear: number | null;
  centsPerYear: number | null;
  priced: boolean;
  leverId: BomLeverId;
  /** The lever in words, e.g. "1-year reservation" or "PTU, annual reservation". */
  lever: string;
  priceId: string | null;
  /** Catalog source id of the price, and its as-of date. */
  source: string | null;
  asOf: string | null;
  overridden: boolean;
  note: string | null;
}

export interface BomRoleAssignment {
  identity: string;
  identityNodeId: string;
  role: string;
  scope: string;
  scopeNodeId: string;
  purpose: string;
}

export interface BomPrivateEndpoint {
  nodeId: string;
  service: string;
  region: string | null;
  resourceType: string;
  subresource: string;
  zones: string[];
  /** Why the design implies it: a caller connects over a private endpoint, or public access is off. */
  reason: string;
}

export interface BomDnsZone {
  zone: string;
  /** Labels of the services whose private endpoints register in it. */
  services: string[];
  /** True when the design already has a Private DNS zone node with this name. */
  inDesign: boolean;
}

export interface BomSecret {
  /** A suggested secret name (Key Vault names: letters, digits and dashes). */
  name: string;
  /** What the secret holds. */
  holds: string;
  usedByNodeId: string;
  forNodeId: string;
  /** Why it is needed, in plain words (a connection that authenticates with a key). */
  reason: string;
}

export interface BillOfMaterials {
  design: string;
  currency: typeof BOM_CURRENCY;
  period: typeof BOM_PERIOD;
  hoursPerMonth: typeof BOM_HOURS_PER_MONTH;
  lines: BomLine[];
  /** Equals the report's total (the sum of the priced lines). */
  totalUsdPerMonth: number;
  totalCentsPerMonth: number;
  totalUsdPerYear: number;
  totalCentsPerYear: number;
  unpricedCount: number;
  /** The oldest price date used. */
  pricesAsOf: string | null;
  implied: {
    roleAssignments: BomRoleAssignment[];
    privateEndpoints: BomPrivateEndpoint[];
    privateDnsZones: BomDnsZone[];
    keyVaultSecrets: BomSecret[];
    /** Key Vault nodes in the design (where the secrets go); empty: the design has none. */
    keyVaults: string[];
    /** Where the zone names come from. */
    dnsSource: string;
  };
}

/**
 * Whole cents for each amount, rounded so that they add up exactly to the rounded total (largest
 * remainder method): each differs from its exact amount by less than one cent.
 */
export function apportionCents(amounts: readonly (number | null)[], totalUsd: number): (number | null)[] {
  const exact = amounts.map((a) => (a === null ? null : a * 100));
  const floors = exact.map((e) => (e === null ? null : Math.floor(e + 1e-9)));
  const target = Math.round(totalUsd * 100);
  let missing = target - floors.reduce<number>((s, f) => s + (f ?? 0), 0);
  const order = exact
    .map((e, i) => ({ i, rest: e === null ? -1 : e - (floors[i] as number) }))
    .filter((x) => x.rest >= 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = [...floors];
  for (let k = 0; missing > 0 && order.length > 0; k = (k + 1) % order.length, missing--) {
    const i = order[k]!.i;
    out[i] = (out[i] as number) + 1;
  }
  for (let k = order.length - 1; missing < 0 && order.length > 0; k = (k - 1 + order.length) % order.length, missing++) {
    const i = order[k]!.i;
    out[i] = (out[i] as number) - 1;
  }
  return out;
}

const VM_LEVER: Record<string, { id: BomLeverId; label: string; priceKind: string }> = {
  payg: { id: 'pay-as-you-go', label: 'pay-as-you-go', priceKind: 'vm' },
  'reserved-1y': { id: 'reserved-1y', label: '1-year reservation', priceKind: 'vm-reserved-1y' },
  'reserved-3y': { id: 'reserved-3y', label: '3-year reservation', priceKind: 'vm-reserved-3y' },
  spot: { id: 'spot', label: 'spot', priceKind: 'vm-spot' },
};

/** The pricing choice behind a line, from its meter and the node's settings; says so when the price fell back to PAYG. */
function leverOf(node: DesignNode | undefined, line: CostLine): { leverId: BomLeverId; lever: string } {
  const none = { leverId: 'none' as const, lever: 'none' };
  if (!node) return none;
  const priceKind = line.priceId?.split(':')[0] ?? null;
  const vm = (choice: string) => {
    const l = VM_LEVER[choice] ?? VM_LEVER.payg!;
    if (l.priceKind !== priceKind && l.id !== 'pay-as-you-go')
      return { leverId: l.id, lever: `${l.label} chosen, priced at pay-as-you-go (no sourced ${l.label} price)` };
    return { leverId: l.id, lever: l.label };
  };
  switch (line.meter) {
    case 'vm':
    case 'endpoint-instances':
    case 'nodes-always-on':
    case 'nodes-autoscale':
    case 'training-vm': {
      if (node.kind === 'training-job') return vm(node.config.spot ? 'spot' : 'payg');
      return 'pricing' in node.config && typeof node.config.pricing === 'string' ? vm(node.config.pricing) : vm('payg');
    }
    case 'cluster-fee':
      return none;
    case 'tokens-input-batch':
    case 'tokens-output-batch':
      return { leverId: 'batch-api', lever: 'Batch API (50% of the token price)' };
    case 'tokens-input':
    case 'tokens-output':
      return { leverId: 'pay-as-you-go', lever: 'pay-as-you-go tokens' };
    case 'ptu-hourly':
      return { leverId: 'ptu-hourly', lever: 'PTU, hourly' };
    case 'ptu-reservation': {
      const r = node.kind === 'azure-openai' ? node.config.ptuReservation : 'hourly';
      return r === 'hourly' ? { leverId: 'ptu-hourly', lever: 'PTU, hourly' } : { leverId: `ptu-${r}`, lever: `PTU, ${r} reservation` };
    }
    case 'service-capacity':
    case 'service-usage':
    case 'storage': {
      if (node.kind !== 'cosmos-db' || !line.unit.includes('RU')) return none;
      const mode = node.config.capacityMode;
      return mode === 'autoscale'
        ? { leverId: 'autoscale', lever: 'autoscale throughput' }
        : mode === 'serverless'
          ? { leverId: 'serverless', lever: 'serverless' }
          : { leverId: 'provisioned', lever: 'provisioned throughput' };
    }
  }
}

/** What a purchaser orders for the node: VM size, tier, plan, model or redundancy. */
export function skuOrTier(node: DesignNode | undefined, line?: CostLine): string | null {
  if (!node) return null;
  if (node.kind === 'aks-gpu-pool' && line?.unit === 'cluster') return `AKS ${node.config.clusterTier} tier`;
  const c = node.config as Record<string, unknown>;
  switch (node.kind) {
    case 'gpu-vm':
    case 'aks-gpu-pool':
    case 'ml-online-endpoint':
    case 'training-job':
      return node.config.sku;
    case 'azure-openai':
      return `${node.config.model} (${node.config.deploymentType})`;
    case 'foundry-serverless':
      return node.config.model;
    case 'app-service':
    case 'functions':
      return node.config.plan;
    case 'redis':
      return `${node.config.tier} ${node.config.size}`;
    case 'blob-storage':
      return `${node.config.accessTier} ${node.config.redundancy.toUpperCase()}`;
    case 'cosmos-db':
      return node.config.capacityMode;
    case 'container-apps':
      return node.config.gpu === 'none' ? 'consumption' : `serverless GPU ${node.config.gpu}`;
    case 'ai-foundry':
    case 'ai-search':
    case 'apim':
    case 'app-insights':
    case 'client':
    case 'content-safety':
    case 'ddos-protection':
    case 'document-intelligence':
    case 'entra-id':
    case 'event-grid':
    case 'firewall':
    case 'front-door':
    case 'key-vault':
    case 'monitor':
    case 'private-dns':
    case 'region':
    case 'service-bus':
    case 'storage-queue':
    case 'subnet':
    case 'vnet':
      // the tier where the kind has one (AI Search, APIM, Front Door, ...)
      return typeof c.tier === 'string' ? c.tier : null;
  }
}

/** Key Vault secret names: 1-127 letters, digits and dashes (Key Vault object naming rules). */
const secretName = (s: string) =>
  s
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 127) || 'secret';

/**
 * The bill of materials of a design. Pass the report when the caller already has it (the studio
 * memoises `evaluate`); otherwise it is computed here.
 */
export function billOfMaterials(design: Design, report: Report = evaluate(design)): BillOfMaterials {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const cost = report.cost;
  const monthly = cost.lines.map((l) => l.usdPerMonth);
  const cents = apportionCents(monthly, cost.totalUsdPerMonth);
  const yearlyCents = apportionCents(
    monthly.map((m) => (m === null ? null : m * 12)),
    cost.totalUsdPerMonth * 12,
  );

  const lines: BomLine[] = cost.lines.map((l, i) => {
    const node = l.nodeId === null ? undefined : byId.get(l.nodeId);
    const kind = node?.kind ?? null;
    return {
      lineId: l.id,
      nodeId: l.nodeId,
      nodeLabel: node ? nodeLabel(node) : null,
      kind,
      kindName: kind ? COMPONENTS[kind].name : l.layer,
      item: l.item,
      skuOrTier: skuOrTier(node, l),
      region: l.region,
      quantity: l.quantity,
      unit: l.unit,
      unitUsd: l.unitUsd,
      hoursPerMonth: l.hoursPerMonth,
      usdPerMonth: l.usdPerMonth,
      centsPerMonth: cents[i] ?? null,
      usdPerYear: l.usdPerMonth === null ? null : l.usdPerMonth * 12,
      centsPerYear: yearlyCents[i] ?? null,
      priced: l.usdPerMonth !== null,
      ...leverOf(node, l),
      priceId: l.priceId,
      source: l.source,
      asOf: l.asOf,
      overridden: l.overridden,
      note: l.note ?? null,
    };
  });

  // ---- what the design implies
  const regionOf = (id: string) => report.nodes[id]?.region ?? null;
  const roleAssignments: BomRoleAssignment[] = report.posture.roleAssignments.map((r) => ({
    identity: r.identity,
    identityNodeId: r.identityNodeId,
    role: r.role,
    scope: r.scope,
    scopeNodeId: r.scopeNodeId,
    purpose: r.purpose,
  }));

  const privateEndpoints: BomPrivateEndpoint[] = [];
  for (const n of design.nodes) {
    const target = privateEndpointTarget(n);
    if (!target || !COMPONENTS[n.kind].privateEndpoint) continue;
    const viaEdge = design.edges.filter((e) => e.target === n.id && e.connectivity === 'private-endpoint');
    const publicOff = (n.config as { publicNetworkAccess?: unknown }).publicNetworkAccess === false;
    if (viaEdge.length === 0 && !publicOff) continue;
    const callers = viaEdge.map((e) => byId.get(e.source)).filter((x): x is DesignNode => x !== undefined);
    privateEndpoints.push({
      nodeId: n.id,
      service: `${nodeLabel(n)} (${COMPONENTS[n.kind].name})`,
      region: regionOf(n.id),
      resourceType: target.resourceType,
      subresource: target.subresource,
      zones: zonesFor(target, regionOf(n.id)),
      reason:
        callers.length > 0
          ? `${callers.map((c) => nodeLabel(c)).join(', ')} connect${callers.length === 1 ? 's' : ''} over a private endpoint`
          : 'public network access is disabled',
    });
  }

  const declaredZones = new Set(design.nodes.flatMap((n) => (n.kind === 'private-dns' ? [n.config.zone] : [])));
  const zoneMap = new Map<string, string[]>();
  for (const pe of privateEndpoints) for (const z of pe.zones) zoneMap.set(z, [...(zoneMap.get(z) ?? []), pe.service]);
  const privateDnsZones: BomDnsZone[] = [...zoneMap.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([zone, services]) => ({ zone, services, inDesign: declaredZones.has(zone) }));

  const keyVaultSecrets: BomSecret[] = [];
  const seenSecret = new Set<string>();
  for (const f of report.findings) {
    if (f.ruleId !== 'security.key-auth') continue;
    for (const edgeId of f.edgeIds) {
      const e = design.edges.find((x) => x.id === edgeId);
      const from = e && byId.get(e.source);
      const to = e && byId.get(e.target);
      if (!e || !from || !to || seenSecret.has(`${from.id}|${to.id}`)) continue;
      seenSecret.add(`${from.id}|${to.id}`);
      keyVaultSecrets.push({
        name: secretName(`${to.id}-key`),
        holds: `the access key of ${nodeLabel(to)} (${COMPONENTS[to.kind].name})`,
        usedByNodeId: from.id,
        forNodeId: to.id,
        reason: `${nodeLabel(from)} → ${nodeLabel(to)} authenticates with a key; until it moves to a managed identity, the key belongs in Key Vault, read by ${nodeLabel(from)}'s identity.`,
      });
    }
  }

  return {
    design: design.name,
    currency: BOM_CURRENCY,
    period: BOM_PERIOD,
    hoursPerMonth: BOM_HOURS_PER_MONTH,
    lines,
    totalUsdPerMonth: cost.totalUsdPerMonth,
    totalCentsPerMonth: Math.round(cost.totalUsdPerMonth * 100),
    totalUsdPerYear: cost.totalUsdPerMonth * 12,
    totalCentsPerYear: Math.round(cost.totalUsdPerMonth * 12 * 100),
    unpricedCount: cost.unpricedCount,
    pricesAsOf: cost.pricesAsOf,
    implied: {
      roleAssignments,
      privateEndpoints,
      privateDnsZones,
      keyVaultSecrets,
      keyVaults: design.nodes.filter((n) => n.kind === 'key-vault').map((n) => nodeLabel(n)),
      dnsSource: PRIVATE_DNS_SOURCE,
    },
  };
}
