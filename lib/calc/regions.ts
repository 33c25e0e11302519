/**
 * Region availability (seed 9.1, 9.2): every regional node placed in a region; VM sizes, Azure OpenAI
 * models and deployment types offered where they are placed (offered / not offered / unverified, as
 * the catalog's coverage allows); parts Azure does not offer (TPU) refused; cross-region edges flagged
 * with their round trip (facts §6.1).
 */
import { COMPONENTS, isGroupKind, nodeHas } from '../catalog/components';
import {
  getAoaiModel,
  getRegion,
  getSource,
  getVmSku,
  PRICE_SNAPSHOT_DATE,
  regionRttMs,
  vmOfferedIn,
  vmOfferedRegions,
  vmVerifiedRegions,
} from '../catalog/index';
import { foreignAccelerator } from '../catalog/foreign-accelerators';
import type { DesignNode } from '../design/schema';
import { nodeLabel } from '../design/node-label';
import { perNode, type CalcContext } from './context';
import type { DesignGraph } from './graph';
import { graphFinding } from './rules-graph';
import type { Finding } from './types';

/** Accelerators and machine types of other clouds (TPU, Trainium, EC2 and Compute Engine names, Gaudi). */
const notOnAzure = (text: string) => foreignAccelerator(text);

/** A source's title for a message, or its id when the catalog has no entry for it. */
const sourceTitle = (id: string | null): string => (id === null ? 'no source' : (getSource(id)?.title ?? id));

function nodeStrings(n: DesignNode): { field: string; value: string }[] {
  const c = n.config as Record<string, unknown>;
  return ['sku', 'model', 'migProfile'].flatMap((f) => (typeof c[f] === 'string' ? [{ field: f, value: c[f] as string }] : []));
}

/**
 * The region findings of a design: per node (known region, placement, offers in the node's region) and
 * for edges between regions. With a context (evaluate's), each node's findings are kept per node and region.
 */
export function analyzeRegions(g: DesignGraph, ctx?: CalcContext): Finding[] {
  const findings: Finding[] = [];
  for (const n of g.design.nodes) {
    const region = g.regionOf.get(n.id) ?? null;
    findings.push(...(ctx ? perNode(ctx, 'regions', n, [region], () => nodeRegionFindings(n, region)) : nodeRegionFindings(n, region)));
  }
  edgeRegionFindings(g, findings);
  return findings;
}

/** The region findings of one node placed in `region` (its group's; null when in none). */
function nodeRegionFindings(n: DesignNode, region: string | null): Finding[] {
  const findings: Finding[] = [];
  // Region groups: the id must be known.
  if (n.kind === 'region') {
    if (!getRegion(n.config.region)) {
      findings.push(
        graphFinding('region.unknown-region', {
          message: `${nodeLabel(n)}: "${n.config.region}" is not an Azure region the catalog knows, so nothing placed in it can be checked.`,
          nodeIds: [n.id],
        }),
      );
    }
    return findings;
  }

  const info = COMPONENTS[n.kind];
  if (info.regional && region === null && !isGroupKind(n.kind)) {
    const matters = info.traits.offerVariesByRegion;
    findings.push(
      graphFinding('region.unplaced', {
        severity: matters ? 'warning' : 'info',
        message: `${nodeLabel(n)} is not inside a region group${matters ? ': whether its VM size or model is offered cannot be checked' : ''}. Drag it into a region.`,
        nodeIds: [n.id],
      }),
    );
  }
  if (isGroupKind(n.kind)) return findings;

  // Anything Azure does not offer at all.
  let refused = false;
  for (const { field, value } of nodeStrings(n)) {
    const x = notOnAzure(value);
    if (!x) continue;
    refused = true;
    findings.push(
      graphFinding('region.not-on-azure', {
        message: `${nodeLabel(n)}: ${field} "${value}" is ${x.what}, which Azure does not offer. ${x.reason}`,
        nodeIds: [n.id],
        basis: x.source,
      }),
    );
  }
  if (refused) return findings;

  // VM sizes.
  if (nodeHas(n, 'vmSize')) {
    const sku = getVmSku(n.config.sku);
    if (sku) {
      if (sku.retired) {
        findings.push(
          graphFinding('region.sku-retired', {
            message: `${nodeLabel(n)}: ${sku.id} was retired on ${sku.retired.on}. ${sku.retired.note}`,
            nodeIds: [n.id],
            basis: sku.source,
            fixes: [{ description: 'Choose a current VM size (for example the A100 v4 or H100 v5 families).' }],
          }),
        );
      } else if (region !== null && getRegion(region)) {
        const answer = vmOfferedIn(sku.id, region);
        const offered = vmOfferedRegions(sku.id);
        const where = offered.length > 0 ? `It is offered in ${offered.join(', ')}` : 'No source lists a region that offers it';
        if (answer.offered === false) {
          findings.push(
            graphFinding('region.sku-not-offered', {
              message: `${nodeLabel(n)}: ${sku.id} is not offered in ${region} (${sourceTitle(answer.source)}, ${answer.asOf}). ${where}${offered.length > 0 ? ' (of the regions the catalog has data for)' : ''}.`,
              nodeIds: [n.id],
              basis: answer.source ?? sku.source,
              // The region belongs to the group, not the node: a patch cannot move it.
              fixes:
                offered.length > 0
                  ? [
                      {
                        description: `Move it to a region group in ${offered.slice(0, 5).join(', ')}, or pick a VM size offered in ${region}.`,
                      },
                    ]
                  : [],
            }),
          );
        } else if (answer.offered === null) {
          const verified = vmVerifiedRegions(sku.id);
          findings.push(
            graphFinding('region.sku-unverified', {
              message: `${nodeLabel(n)}: whether ${sku.id} is offered in ${region} is unverified (the catalog's sources cover ${verified.length > 0 ? verified.join(', ') : 'no regions'} for it; price snapshot ${PRICE_SNAPSHOT_DATE}). Check with az vm list-skus --location ${region} (seed 9.2), or run npm run catalog:refresh.`,
              nodeIds: [n.id],
              basis: sku.source,
            }),
          );
        }
      }
    }
  }

  // Azure OpenAI models and deployment types.
  if (n.kind === 'azure-openai') {
    const m = getAoaiModel(n.config.model);
    const type = n.config.deploymentType;
    if (m) {
      if (!m.deploymentTypes.includes(type)) {
        findings.push(
          graphFinding('region.model-not-offered', {
            message: `${nodeLabel(n)}: ${m.name} has no ${type} deployment type (it offers ${m.deploymentTypes.join(', ') || 'none'}).`,
            nodeIds: [n.id],
            basis: m.source,
            fixes: m.deploymentTypes
              .slice(0, 3)
              .map((t) => ({ description: `Use ${t}.`, patch: { nodeId: n.id, config: { deploymentType: t } } })),
          }),
        );
      } else if (region !== null && getRegion(region)) {
        const regions = m.regions?.[type];
        if (m.regions === null || regions === undefined) {
          findings.push(
            graphFinding('region.model-unverified', {
              message: `${nodeLabel(n)}: whether ${m.name} (${type}) is offered in ${region} is unverified: the catalog has no region list for it.`,
              nodeIds: [n.id],
              basis: m.source,
            }),
          );
        } else if (!regions.includes(region)) {
          findings.push(
            graphFinding('region.model-not-offered', {
              message:
                `${nodeLabel(n)}: ${m.name} as ${type} is not offered in ${region}. ${regions.length > 0 ? `It is offered in ${regions.join(', ')}.` : ''}`.trim(),
              nodeIds: [n.id],
              basis: m.source,
              fixes:
                regions.length > 0
                  ? [{ description: `Move it to a region group in ${regions.slice(0, 5).join(', ')}, or use another deployment type.` }]
                  : [],
            }),
          );
        }
      }
    }
  }
  return findings;
}

/** Edges between regions: one finding each, with the round trip. */
function edgeRegionFindings(g: DesignGraph, findings: Finding[]): void {
  for (const e of g.design.edges) {
    const ra = g.regionOf.get(e.source) ?? null;
    const rb = g.regionOf.get(e.target) ?? null;
    if (ra === null || rb === null || ra === rb) continue;
    const a = g.byId.get(e.source);
    const b = g.byId.get(e.target);
    const rtt = regionRttMs(ra, rb);
    const intended = e.flow === 'failover' || e.flow === 'replication';
    findings.push(
      graphFinding('region.cross-region-edge', {
        message:
          `${a ? nodeLabel(a) : e.source} (${ra}) → ${b ? nodeLabel(b) : e.target} (${rb}): ` +
          (rtt ? `${rtt.rttMs} ms round trip` : 'round trip not in the catalog (unverified)') +
          (intended ? ` (a ${e.flow} link: crossing regions is the point).` : '.'),
        nodeIds: [e.source, e.target],
        edgeIds: [e.id],
        basis: rtt?.source,
      }),
    );
  }
}
