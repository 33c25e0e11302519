/**
 * Security and networking posture (seed 9.6, 9.12, 9.13): public access without private endpoints,
 * keys instead of managed identity, Key Vault, WAF, content safety, monitoring, subnet address ranges;
 * and the RBAC role assignments the design's edges imply (the seed's RBAC table, 9.13).
 */
import { COMPONENTS, roleTraitsOf, type ComponentKind, type RbacRole } from '../catalog/components';
import type { DesignEdge, DesignNode } from '../design/schema';
import { contains, isIpv6, overlapGroups, parseCidr, rangeText, AZURE_MIN_SUBNET_PREFIX, type CidrBlock } from './cidr';
import { nodeLabel } from '../design/node-label';
import { perNode, type CalcContext } from './context';
import type { DesignGraph } from './graph';
import { graphFinding } from './rules-graph';
import type { Finding, PostureReport, RoleAssignment } from './types';

/**
 * The built-in role an identity needs on a resource, by the resource kind and whether it writes: the
 * catalog's data-plane role of the kind (seed 9.13 RBAC table for OpenAI / AI Search / Blob; the rest are
 * Azure built-in roles of the same least-privilege kind).
 */
function roleFor(kind: ComponentKind, writes: boolean): RbacRole | null {
  const data = COMPONENTS[kind].traits.dataRole;
  return data ? (writes ? data.write : data.read) : null;
}

const managedIdentityOn = (n: DesignNode): boolean => {
  const c = n.config as { managedIdentity?: unknown };
  return c.managedIdentity !== false;
};

/**
 * For one edge: who is the identity, what is the resource, does the identity write? A caller → resource
 * edge (request / retrieval) reads, except a 'data' edge into a store, which writes. A resource →
 * identity 'data' edge (documents flowing from Blob to a function) means the identity reads.
 */
function identityAndScope(g: DesignGraph, e: DesignEdge): { identity: DesignNode; scope: DesignNode; writes: boolean } | null {
  const s = g.byId.get(e.source);
  const t = g.byId.get(e.target);
  if (!s || !t) return null;
  const scopeRole = COMPONENTS[t.kind].traits.dataRole;
  if (COMPONENTS[s.kind].traits.identityCaller && scopeRole) {
    const writes = scopeRole.identityWrites === 'always' || (scopeRole.identityWrites === 'data-edge' && e.flow === 'data');
    return { identity: s, scope: t, writes };
  }
  if (COMPONENTS[t.kind].traits.identityCaller && roleFor(s.kind, false) && e.flow !== 'request' && e.flow !== 'failover') {
    return { identity: t, scope: s, writes: false };
  }
  return null;
}

/** What one edge says for RBAC: its key-auth finding, or the role assignment it implies (and the role's dedup key). */
interface EdgeRbac {
  pair: { identity: DesignNode; scope: DesignNode; writes: boolean } | null;
  keyFinding: Finding | null;
  role: RoleAssignment | null;
  roleKey: string;
}

function edgeRbac(g: DesignGraph, e: DesignEdge): EdgeRbac {
  const pair = identityAndScope(g, e);
  if (e.auth === 'key') {
    const s = g.byId.get(e.source);
    const t = g.byId.get(e.target);
    return {
      pair,
      keyFinding: graphFinding('security.key-auth', {
        message: `${s ? nodeLabel(s) : e.source} → ${t ? nodeLabel(t) : e.target} authenticates with a key: keys leak and cannot be scoped per application. Use a managed identity with an RBAC role${pair ? ` (${roleFor(pair.scope.kind, pair.writes)?.role ?? 'a data-plane role'})` : ''} and keep any remaining secret in Key Vault.`,
        nodeIds: [e.source, e.target],
        edgeIds: [e.id],
        fixes: [{ description: 'Switch the connection to managed identity and assign the least-privilege role.' }],
      }),
      role: null,
      roleKey: '',
    };
  }
  const r = e.auth === 'managed-identity' && pair ? roleFor(pair.scope.kind, pair.writes) : null;
  if (!pair || !r) return { pair, keyFinding: null, role: null, roleKey: '' };
  const purpose = COMPONENTS[pair.scope.kind].traits.dataRole?.purpose;
  return {
    pair,
    keyFinding: null,
    roleKey: `${pair.identity.id}|${r.role}|${pair.scope.id}`,
    role: {
      identity: `${nodeLabel(pair.identity)} managed identity`,
      identityNodeId: pair.identity.id,
      role: r.role,
      scopeNodeId: pair.scope.id,
      scope: `${nodeLabel(pair.scope)} (${COMPONENTS[pair.scope.kind].name})`,
      purpose: purpose ? purpose[pair.writes ? 1 : 0] : r.basis,
    },
  };
}

/**
 * The role assignments the edges imply and the key-auth / identity-disabled findings. With a context
 * (evaluate's), each edge's part is kept per edge object and its two end nodes.
 */
export function roleAssignments(g: DesignGraph, ctx?: CalcContext): { roles: RoleAssignment[]; findings: Finding[] } {
  const roles: RoleAssignment[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const identityOff = new Map<string, string[]>();
  for (const e of g.design.edges) {
    if (e.flow === 'replication') continue;
    const x = ctx ? perNode(ctx, 'rbac', e, [g.byId.get(e.source), g.byId.get(e.target)], () => edgeRbac(g, e)) : edgeRbac(g, e);
    if (x.keyFinding) {
      findings.push(x.keyFinding);
      continue;
    }
    if (!x.pair || !x.role) continue;
    if (!managedIdentityOn(x.pair.identity)) identityOff.set(x.pair.identity.id, [...(identityOff.get(x.pair.identity.id) ?? []), e.id]);
    if (seen.has(x.roleKey)) continue;
    seen.add(x.roleKey);
    roles.push(x.role);
  }
  for (const [id, edgeIds] of identityOff) {
    const n = g.byId.get(id);
    if (!n) continue;
    findings.push(
      graphFinding('security.identity-disabled', {
        message: `${nodeLabel(n)} has its managed identity turned off, yet ${edgeIds.length === 1 ? 'a connection relies' : `${edgeIds.length} connections rely`} on it. Turn the identity on so the role assignments can be granted.`,
        nodeIds: [id],
        edgeIds,
        fixes: [{ description: 'Enable the managed identity.', patch: { nodeId: id, config: { managedIdentity: true } } }],
      }),
    );
  }
  return { roles, findings };
}

function publicAccessFindings(g: DesignGraph): Finding[] {
  const out: Finding[] = [];
  for (const n of g.design.nodes) {
    const c = n.config as { publicNetworkAccess?: unknown };
    if (c.publicNetworkAccess !== true || !COMPONENTS[n.kind].privateEndpoint) continue;
    const pe = (g.incoming.get(n.id) ?? []).some((e) => e.connectivity === 'private-endpoint');
    if (pe) continue;
    out.push(
      graphFinding('security.public-network-access', {
        message: `${nodeLabel(n)} accepts traffic from the public internet and no connection reaches it over a private endpoint. Add a private endpoint and set public network access to disabled (seed 9.12: "PE + publicNetworkAccess: disabled").`,
        nodeIds: [n.id],
        fixes: [
          {
            description: 'Disable public network access (connect callers over a private endpoint).',
            patch: { nodeId: n.id, config: { publicNetworkAccess: false } },
          },
        ],
      }),
    );
  }
  return out;
}

function keyAuthNodeFindings(g: DesignGraph, ctx?: CalcContext): Finding[] {
  const out: Finding[] = [];
  for (const n of g.design.nodes) {
    const field = COMPONENTS[n.kind].traits.keyAuthSetting;
    if (field === null || (n.config as Record<string, unknown>)[field] !== true) continue;
    out.push(ctx ? perNode(ctx, 'key-auth', n, [], () => keyAuthFinding(n, field)) : keyAuthFinding(n, field));
  }
  return out;
}

function keyAuthFinding(n: DesignNode, field: string): Finding {
  return graphFinding('security.key-auth', {
    message: `${nodeLabel(n)} has key (local) authentication enabled. Prefer managed identity with RBAC and disable keys (seed 9.12: "No API keys in code"; 9.13: "Zero API keys").`,
    nodeIds: [n.id],
    fixes: [{ description: 'Disable key authentication.', patch: { nodeId: n.id, config: { [field]: false } } }],
  });
}

function presenceFindings(g: DesignGraph): Finding[] {
  const out: Finding[] = [];
  const nodes = g.design.nodes;
  const has = (k: ComponentKind) => nodes.some((n) => n.kind === k);
  const workload = nodes.filter((n) => roleTraitsOf(n.kind).workload);
  if (workload.length > 0 && !has('key-vault')) {
    out.push(
      graphFinding('security.no-key-vault', {
        message:
          'The design has no Key Vault. Secrets, certificates and customer-managed keys need one (seed 9.12 "Store keys in Key Vault", 9.13 Security layer).',
        nodeIds: workload.map((n) => n.id),
        fixes: [{ description: 'Add a Key Vault with a private endpoint.' }],
      }),
    );
  }
  for (const n of nodes) {
    if (n.kind === 'front-door' && !n.config.waf) {
      out.push(
        graphFinding('security.front-door-without-waf', {
          message: `${nodeLabel(n)} has no Web Application Firewall: public AI endpoints need WAF rules for OWASP and AI-specific abuse (seed 9.13 Edge layer).`,
          nodeIds: [n.id],
          fixes: [{ description: 'Enable the WAF.', patch: { nodeId: n.id, config: { waf: true } } }],
        }),
      );
    }
  }
  if (!has('content-safety')) {
    for (const n of nodes) {
      if (n.kind === 'azure-openai' && !n.config.contentFilter) {
        out.push(
          graphFinding('security.no-content-safety', {
            message: `${nodeLabel(n)} has its content filters off and the design has no Content Safety service: prompts and completions go unfiltered (seed 9.12 Content Safety).`,
            nodeIds: [n.id],
            fixes: [
              { description: 'Turn the content filters on.', patch: { nodeId: n.id, config: { contentFilter: true } } },
              { description: 'Add a Content Safety service on the request path.' },
            ],
          }),
        );
      } else if (COMPONENTS[n.kind].traits.selfHostedModel) {
        out.push(
          graphFinding('security.no-content-safety', {
            severity: 'info',
            message: `${nodeLabel(n)} serves a model without Azure OpenAI's built-in filters and the design has no Content Safety service to screen prompts and completions (seed 9.12).`,
            nodeIds: [n.id],
            fixes: [{ description: 'Add a Content Safety service on the request path.' }],
          }),
        );
      }
    }
  }
  if (workload.length > 0 && !has('app-insights') && !has('monitor')) {
    out.push(
      graphFinding('security.no-monitoring', {
        message:
          'The design has neither Application Insights nor Azure Monitor / Log Analytics: no TTFT, token, 429 or audit telemetry (seed 9.11; 9.13 Observability layer).',
        nodeIds: workload.map((n) => n.id),
        fixes: [{ description: 'Add Application Insights and a Log Analytics workspace.' }],
      }),
    );
  }
  return out;
}

/** Subnets named in one overlap finding; the rest are counted (all are in its node ids). */
const OVERLAP_NAMES_SHOWN = 8;

function cidrFindings(g: DesignGraph): Finding[] {
  const out: Finding[] = [];
  const vnetBlocks = new Map<string, CidrBlock[]>();
  for (const n of g.design.nodes) {
    if (n.kind !== 'vnet') continue;
    const blocks: CidrBlock[] = [];
    for (const text of n.config.addressSpace) {
      if (isIpv6(text)) continue;
      const p = parseCidr(text);
      if (p.ok) blocks.push(p.block);
      else
        out.push(
          graphFinding('networking.cidr-invalid', {
            message: `${nodeLabel(n)}: address space ${p.reason}.`,
            nodeIds: [n.id],
            fixes: p.suggestion
              ? [
                  {
                    description: `Use ${p.suggestion}.`,
                    patch: { nodeId: n.id, config: { addressSpace: n.config.addressSpace.map((s) => (s === text ? p.suggestion : s)) } },
                  },
                ]
              : [],
          }),
        );
    }
    vnetBlocks.set(n.id, blocks);
  }

  const subnets: { node: DesignNode; block: CidrBlock; vnetId: string | null }[] = [];
  for (const n of g.design.nodes) {
    if (n.kind !== 'subnet' || isIpv6(n.config.cidr)) continue;
    const p = parseCidr(n.config.cidr);
    if (!p.ok) {
      out.push(
        graphFinding('networking.cidr-invalid', {
          message: `${nodeLabel(n)}: ${p.reason}.`,
          nodeIds: [n.id],
          fixes: p.suggestion ? [{ description: `Use ${p.suggestion}.`, patch: { nodeId: n.id, config: { cidr: p.suggestion } } }] : [],
        }),
      );
      continue;
    }
    if (p.block.prefix > AZURE_MIN_SUBNET_PREFIX) {
      out.push(
        graphFinding('networking.cidr-invalid', {
          message: `${nodeLabel(n)}: /${p.block.prefix} is smaller than Azure's smallest subnet, /${AZURE_MIN_SUBNET_PREFIX} (Azure also reserves 5 addresses in every subnet).`,
          nodeIds: [n.id],
          fixes: [
            {
              description: `Use a /${AZURE_MIN_SUBNET_PREFIX} or larger.`,
              patch: { nodeId: n.id, config: { cidr: `${p.block.text.split('/')[0] ?? ''}/${AZURE_MIN_SUBNET_PREFIX}` } },
            },
          ],
        }),
      );
    }
    subnets.push({ node: n, block: p.block, vnetId: g.vnetOf.get(n.id)?.id ?? null });
  }

  for (let i = 0; i < subnets.length; i++) {
    const a = subnets[i];
    if (!a) continue;
    if (a.vnetId !== null) {
      const space = vnetBlocks.get(a.vnetId) ?? [];
      const vnet = g.byId.get(a.vnetId);
      if (space.length > 0 && !space.some((b) => contains(b, a.block))) {
        out.push(
          graphFinding('networking.cidr-outside-vnet', {
            message: `${nodeLabel(a.node)} (${a.block.text}, ${rangeText(a.block)}) is not inside the address space of ${vnet ? nodeLabel(vnet) : a.vnetId} (${space.map((b) => b.text).join(', ')}).`,
            nodeIds: [a.node.id, a.vnetId],
          }),
        );
      }
    }
  }

  // Overlaps within each VNET: one finding per set of overlapping ranges.
  const byVnet = new Map<string | null, typeof subnets>();
  for (const s of subnets) {
    const list = byVnet.get(s.vnetId);
    if (list) list.push(s);
    else byVnet.set(s.vnetId, [s]);
  }
  for (const [vnetId, members] of byVnet) {
    for (const group of overlapGroups(members, (s) => s.block)) {
      const shown = (s: (typeof group)[number]) => `${nodeLabel(s.node)} (${s.block.text}: ${rangeText(s.block)})`;
      const [a, b] = group;
      const vnet = vnetId === null ? undefined : g.byId.get(vnetId);
      const where = vnet ? ` of ${nodeLabel(vnet)}` : vnetId === null ? ' outside any VNET' : '';
      const message =
        group.length === 2 && a && b
          ? `${shown(a)} overlaps ${shown(b)}. Subnets of one VNET must not overlap.`
          : `${group.length} subnets${where} overlap: ${group.slice(0, OVERLAP_NAMES_SHOWN).map(shown).join(', ')}${group.length > OVERLAP_NAMES_SHOWN ? `, and ${group.length - OVERLAP_NAMES_SHOWN} more` : ''}. Subnets of one VNET must not overlap.`;
      out.push(graphFinding('networking.cidr-overlap', { message, nodeIds: group.map((s) => s.node.id) }));
    }
  }
  return out;
}

/** The posture report and findings; with a context (evaluate's), per-node and per-edge parts are kept between calls. */
export function analyzePosture(g: DesignGraph, ctx?: CalcContext): { report: PostureReport; findings: Finding[] } {
  const rbac = roleAssignments(g, ctx);
  const findings = [
    ...publicAccessFindings(g),
    ...keyAuthNodeFindings(g, ctx),
    ...rbac.findings,
    ...presenceFindings(g),
    ...cidrFindings(g),
  ];
  return { report: { roleAssignments: rbac.roles }, findings };
}
