/**
 * Rules of the graph-based calculations (latency chain, regions, HA, security and networking posture):
 * stable ids, default severity, area, a title and the basis each rests on. `graphFinding` builds a
 * Finding from a rule id so severity, area and basis come from this table and nowhere else.
 */
import { findingBuilder, type Rule } from './rule';

export const GRAPH_RULES = [
  // ---- latency ----
  { id: 'latency.no-request-path', severity: 'info', area: 'latency', title: 'No request path from users to a model', basis: 'seed 9.6' },
  { id: 'latency.ttft-over-target', severity: 'warning', area: 'latency', title: 'Time to first token over 1 s', basis: 'seed 9.11' },
  {
    id: 'latency.e2e-over-target',
    severity: 'warning',
    area: 'latency',
    title: 'End-to-end latency over 5 s (interactive)',
    basis: 'seed 9.11',
  },
  {
    id: 'latency.e2e-worst-case-over-target',
    severity: 'info',
    area: 'latency',
    title: 'Worst-case end-to-end latency over 5 s (interactive)',
    basis: 'seed 9.11; PTU latency target (facts §5.1)',
  },
  {
    id: 'latency.cross-region-hop',
    severity: 'warning',
    area: 'latency',
    title: 'Request path crosses regions',
    basis: 'seed 9.6; azure-network-latency (facts §6.1)',
  },
  {
    id: 'latency.unknown-rtt',
    severity: 'warning',
    area: 'latency',
    title: 'Round trip between two regions unknown',
    basis: 'azure-network-latency (facts §6.1)',
  },
  {
    id: 'latency.no-model-performance',
    severity: 'info',
    area: 'latency',
    title: 'Model speed unknown: latency incomplete',
    basis: 'facts §6.2',
  },
  // ---- region ----
  { id: 'region.unplaced', severity: 'info', area: 'region', title: 'Regional service outside any region', basis: 'seed 9.2' },
  { id: 'region.unknown-region', severity: 'error', area: 'region', title: 'Region id not known', basis: 'catalog regions' },
  {
    id: 'region.sku-not-offered',
    severity: 'error',
    area: 'region',
    title: 'VM size not offered in this region',
    basis: 'seed 9.2; catalog vm-skus',
  },
  {
    id: 'region.sku-unverified',
    severity: 'info',
    area: 'region',
    title: 'VM size availability in this region unverified',
    basis: 'facts §7.1',
  },
  { id: 'region.sku-retired', severity: 'error', area: 'region', title: 'VM size retired', basis: 'catalog vm-skus' },
  {
    id: 'region.model-not-offered',
    severity: 'error',
    area: 'region',
    title: 'Model / deployment type not offered in this region',
    basis: 'catalog openai-models',
  },
  {
    id: 'region.model-unverified',
    severity: 'info',
    area: 'region',
    title: 'Model availability in this region unverified',
    basis: 'catalog openai-models',
  },
  { id: 'region.not-on-azure', severity: 'error', area: 'region', title: 'Not available on Azure', basis: 'seed 9.1' },
  {
    id: 'region.cross-region-edge',
    severity: 'info',
    area: 'region',
    title: 'Connection between regions',
    basis: 'azure-network-latency (facts §6.1)',
  },
  // ---- ha ----
  {
    id: 'ha.search-replicas',
    severity: 'warning',
    area: 'ha',
    title: 'AI Search replicas below the read/write SLA',
    basis: 'seed 9.8; facts §4.1',
  },
  {
    id: 'ha.apim-no-sla',
    severity: 'warning',
    area: 'ha',
    title: 'API Management tier without SLA',
    basis: 'facts §4.1 (api-management-features)',
  },
  { id: 'ha.single-region', severity: 'warning', area: 'ha', title: 'Single region', basis: 'seed 9.9, 9.13' },
  { id: 'ha.no-fallback-model', severity: 'warning', area: 'ha', title: 'No fallback model', basis: 'seed 9.9' },
  {
    id: 'ha.ptu-without-overflow',
    severity: 'warning',
    area: 'ha',
    title: 'PTU deployment without PAYG overflow',
    basis: 'seed 9.9, 9.13',
  },
  {
    id: 'ha.single-point-of-failure',
    severity: 'warning',
    area: 'ha',
    title: 'Single point of failure',
    basis: 'seed 9.8 (vertical scaling), 9.9',
  },
  {
    id: 'ha.no-gateway',
    severity: 'warning',
    area: 'ha',
    title: 'Several model backends without an AI gateway',
    basis: 'seed 9.8, 9.9, 9.13',
  },
  { id: 'ha.no-sla', severity: 'warning', area: 'ha', title: 'Part of the request path has no SLA', basis: 'facts §4.1, §4.2' },
  // ---- security ----
  {
    id: 'security.public-network-access',
    severity: 'warning',
    area: 'security',
    title: 'Public network access without private endpoint',
    basis: 'seed 9.6, 9.12',
  },
  {
    id: 'security.key-auth',
    severity: 'warning',
    area: 'security',
    title: 'Key authentication instead of managed identity',
    basis: 'seed 9.12, 9.13',
  },
  {
    id: 'security.identity-disabled',
    severity: 'warning',
    area: 'security',
    title: 'Managed identity off but used by a connection',
    basis: 'seed 9.12',
  },
  { id: 'security.no-key-vault', severity: 'warning', area: 'security', title: 'No Key Vault', basis: 'seed 9.12, 9.13' },
  {
    id: 'security.front-door-without-waf',
    severity: 'warning',
    area: 'security',
    title: 'Front Door without WAF',
    basis: 'seed 9.13 (Edge layer)',
  },
  { id: 'security.no-content-safety', severity: 'warning', area: 'security', title: 'No content safety', basis: 'seed 9.12' },
  {
    id: 'security.no-monitoring',
    severity: 'warning',
    area: 'security',
    title: 'No Application Insights or Log Analytics',
    basis: 'seed 9.11, 9.13',
  },
  // ---- networking ----
  { id: 'networking.cidr-invalid', severity: 'error', area: 'networking', title: 'Address range invalid', basis: 'seed 9.13' },
  { id: 'networking.cidr-overlap', severity: 'error', area: 'networking', title: 'Subnets overlap', basis: 'seed 9.13' },
  {
    id: 'networking.cidr-outside-vnet',
    severity: 'error',
    area: 'networking',
    title: 'Subnet outside its VNET address space',
    basis: 'seed 9.13',
  },
] as const satisfies readonly Rule[];

export const graphFinding = findingBuilder(GRAPH_RULES);
