/**
 * Service SLAs (facts.md §4.1), the seed's RPO/RTO table (9.9) and the Well-Architected downtime table
 * (§4.2). `availability` is a fraction; null = no SLA. Where reads and writes differ, `availability` is
 * the write figure and `readAvailability` the read figure.
 */
import type { Sla } from './types';

const RETRIEVED = '2026-11';
const AZQR = { source: 'azqr-sla-rules', asOf: '2026-08-21' } as const;

function sla(
  id: string,
  service: string,
  configuration: string,
  availability: number | null,
  src: { source: string; asOf: string },
  extra: Partial<Sla> = {},
): Sla {
  return { id, service, configuration, availability, ...src, ...extra };
}

export const SLAS: Sla[] = [
  // Virtual machines
  sla(
    'vm-multi-zone',
    'Virtual Machines',
    '2+ instances across 2+ availability zones',
    0.9999,
    { source: 'vm-sla-quoted', asOf: '2019-01' },
    { fieldSources: { availability: 'azqr-sla-rules' }, note: 'azqr vm-003.kql: hasZones → 99.99%.' },
  ),
  sla(
    'vm-availability-set',
    'Virtual Machines',
    '2+ instances in one availability set (azqr: scale set without zones)',
    0.9995,
    { source: 'vm-sla-v1-2', asOf: RETRIEVED },
    { note: 'Also azqr vm-003.kql, vmss-003.kql.' },
  ),
  sla(
    'vm-single-premium',
    'Virtual Machines',
    'Single instance, Premium SSD or Ultra Disk for all OS and data disks',
    0.999,
    { source: 'vm-sla-quoted', asOf: '2019-01' },
    { note: 'azqr default 99.9%.' },
  ),
  sla(
    'vm-single-standard-ssd',
    'Virtual Machines',
    'Single instance, Standard SSD disks',
    0.995,
    { source: 'vm-sla-standard-disk-secondary', asOf: RETRIEVED },
    { note: 'Secondary; not verified in a primary source.' },
  ),
  sla(
    'vm-single-standard-hdd',
    'Virtual Machines',
    'Single instance, Standard HDD disks',
    0.95,
    { source: 'vm-sla-standard-disk-secondary', asOf: RETRIEVED },
    { note: 'Secondary; not verified in a primary source.' },
  ),

  // Azure OpenAI
  sla('aoai', 'Azure OpenAI', 'Cognitive Services / Foundry account', 0.999, AZQR, {
    note: 'azqr aif-003.kql; also redresscompliance.com (aoai-sla-secondary). Not confirmed from the SLA document itself. Standard (PAYG) deployments have no latency SLA.',
  }),

  // AI Search
  sla(
    'ai-search-1-replica',
    'Azure AI Search',
    'Free tier, or 1 replica',
    null,
    { source: 'ms-search-sla', asOf: RETRIEVED },
    { note: '"No SLA is provided for the Free tier"; azqr srch-002.kql: "None (< 2 replicas)". Seed 9.8 agrees.' },
  ),
  sla(
    'ai-search-2-replicas',
    'Azure AI Search',
    '2 replicas (read-only workloads: queries)',
    0.999,
    { source: 'ms-search-sla', asOf: RETRIEVED },
    { note: 'Covers queries only; indexing needs 3+ replicas for the SLA.' },
  ),
  sla('ai-search-3-replicas', 'Azure AI Search', '3+ replicas (read-write workloads: queries and indexing)', 0.999, {
    source: 'ms-search-sla',
    asOf: RETRIEVED,
  }),

  // API Management
  sla(
    'apim-developer',
    'API Management',
    'Developer tier',
    null,
    { source: 'ms-apim-features', asOf: RETRIEVED },
    { note: '"The Developer tier is for non-production use cases … It doesn\'t offer SLA"; azqr apim-003.kql.' },
  ),
  sla('apim-consumption', 'API Management', 'Consumption tier', 0.9995, AZQR),
  sla('apim-basic', 'API Management', 'Basic tier', 0.9995, AZQR),
  sla('apim-standard', 'API Management', 'Standard tier (single region)', 0.9995, AZQR),
  sla('apim-premium', 'API Management', 'Premium tier, single region', 0.9995, AZQR),
  sla('apim-premium-multi-region', 'API Management', 'Premium tier, multi-region', 0.9999, AZQR, {
    note: 'azqr: Premium and isMultiRegion → 99.99%; ms-apim-reliability: the SLA increases with zones or regions.',
  }),

  // Front Door, App Service, Functions, Container Apps
  sla('front-door', 'Azure Front Door', 'Microsoft.Cdn/profiles (Standard / Premium)', 0.9999, AZQR, {
    note: 'azqr afd-003.kql; reliable-web-app-sla table.',
  }),
  sla('app-service', 'App Service', 'Basic tier and above (Free/Shared: no SLA)', 0.9995, AZQR, {
    note: 'azqr asp-003.kql, app-003.kql; reliable-web-app-sla table.',
  }),
  sla('app-service-zone-redundant', 'App Service', 'Zone-redundant plan', 0.9999, AZQR),
  sla('functions', 'Azure Functions', 'Function apps (Microsoft.Web/sites)', 0.9995, AZQR, {
    note: "Also O'Reilly (functions-sla-oreilly).",
  }),
  sla('container-apps', 'Azure Container Apps', 'Container app / managed environment', 0.9995, AZQR),

  // AKS
  sla('aks-standard-az', 'AKS (API server)', 'Standard tier (Uptime SLA) with availability zones', 0.9995, {
    source: 'ms-aks-uptime-sla',
    asOf: RETRIEVED,
  }),
  sla('aks-standard', 'AKS (API server)', 'Standard tier (Uptime SLA) without availability zones', 0.999, {
    source: 'ms-aks-uptime-sla',
    asOf: RETRIEVED,
  }),
  sla(
    'aks-free',
    'AKS (API server)',
    'Free tier',
    null,
    { source: 'ms-aks-uptime-sla', asOf: RETRIEVED },
    { note: 'No financially backed SLA.' },
  ),

  // Cosmos DB (availability = write, readAvailability = read)
  sla(
    'cosmos-single-region',
    'Cosmos DB',
    'Single region, no availability zones',
    0.9999,
    { source: 'ms-cosmos-ha', asOf: RETRIEVED },
    { readAvailability: 0.9999 },
  ),
  sla(
    'cosmos-single-region-az',
    'Cosmos DB',
    'Single region with availability zones',
    0.99995,
    { source: 'ms-cosmos-ha', asOf: RETRIEVED },
    { readAvailability: 0.99995 },
  ),
  sla(
    'cosmos-multi-region',
    'Cosmos DB',
    'Multi-region, single write region, no availability zones',
    0.9999,
    { source: 'ms-cosmos-ha', asOf: RETRIEVED },
    { readAvailability: 0.99999 },
  ),
  sla(
    'cosmos-multi-region-az',
    'Cosmos DB',
    'Multi-region, single write region, with availability zones',
    0.99995,
    { source: 'ms-cosmos-ha', asOf: RETRIEVED },
    { readAvailability: 0.99999 },
  ),
  sla(
    'cosmos-multi-region-writes',
    'Cosmos DB',
    'Multi-region writes',
    0.99999,
    { source: 'ms-cosmos-ha', asOf: RETRIEVED },
    { readAvailability: 0.99999, note: 'Also azqr cosmos-003.kql.' },
  ),

  // Azure Cache for Redis
  sla('redis-basic', 'Azure Cache for Redis', 'Basic tier', null, AZQR, { note: 'azqr redis-003.kql: no SLA.' }),
  sla(
    'redis-standard',
    'Azure Cache for Redis',
    'Standard tier (replicated)',
    0.999,
    { source: 'ms-redis-ha-2023', asOf: '2023-03-09' },
    { note: 'Same in the 2020 version of the page.' },
  ),
  sla(
    'redis-premium-zr',
    'Azure Cache for Redis',
    'Premium tier with zone redundancy',
    0.999,
    { source: 'ms-redis-ha-2023', asOf: '2023-03-09' },
    {
      conflict:
        'The 2020 version of cache-high-availability.md (ms-redis-ha-2020) gives 99.95% "(with zone redundancy)" / "(with multiple replicas)"; the 2023 version gives "99.9% in Premium; 99.99% in Enterprise". The newer figure is used.',
    },
  ),
  sla(
    'redis-enterprise-zr',
    'Azure Cache for Redis',
    'Enterprise / Enterprise Flash, zone-redundant',
    0.9999,
    { source: 'ms-redis-ha-2023', asOf: '2023-03-09' },
    { note: 'azqr: Enterprise and zoneCount >= 3 → 99.99%.' },
  ),

  // Storage (availability = write, readAvailability = read)
  sla('storage-lrs-hot', 'Storage (Blob)', 'LRS, Hot tier', 0.999, AZQR, { readAvailability: 0.999 }),
  sla('storage-zrs-hot', 'Storage (Blob)', 'ZRS, Hot tier', 0.999, AZQR, { readAvailability: 0.999 }),
  sla('storage-grs-hot', 'Storage (Blob)', 'GRS, Hot tier', 0.999, AZQR, { readAvailability: 0.999 }),
  sla('storage-ra-grs-hot', 'Storage (Blob)', 'RA-GRS or RA-GZRS, Hot tier', 0.999, AZQR, {
    readAvailability: 0.9999,
    note: 'azqr report: "Use of RA-GRS replication would increase availability to 99.99%".',
  }),
  sla('storage-cool', 'Storage (Blob)', 'Cool tier', 0.99, AZQR, {
    readAvailability: 0.999,
    note: 'azqr st-003.kql: write 99%, read 99.9% (RA-GRS cool read 99.9%). Not verified against the primary SLA; the non-RA cool read value is suspect.',
  }),

  // Other services from the reliable-web-app SLA table
  sla('key-vault', 'Key Vault', 'Vault', 0.9999, AZQR, { note: 'Also reliable-web-app-sla table.' }),
  sla('entra-id', 'Microsoft Entra ID', 'Authentication', 0.9999, { source: 'reliable-web-app-sla', asOf: RETRIEVED }),
  sla('private-link', 'Private Link', 'Private endpoint', 0.9999, { source: 'reliable-web-app-sla', asOf: RETRIEVED }),
  sla('private-dns', 'Private DNS', 'Private DNS zone', 1, { source: 'reliable-web-app-sla', asOf: RETRIEVED }),
  sla('azure-sql', 'Azure SQL Database', 'As listed in the reliable-web-app composite', 0.99995, {
    source: 'reliable-web-app-sla',
    asOf: RETRIEVED,
  }),
  sla('app-configuration', 'App Configuration', 'Store', 0.999, { source: 'reliable-web-app-sla', asOf: RETRIEVED }),
];

/** The seed's RPO/RTO table for AI services (9.9), as text. */
export interface StoreRecovery {
  service: string;
  rpo: string;
  rto: string;
  mechanism: string;
  source: string;
  asOf: string;
}

const SEED = { source: 'seed-9', asOf: '2026-03' } as const;

export const STORE_RECOVERY: StoreRecovery[] = [
  { service: 'Azure OpenAI', rpo: '0 (stateless service)', rto: 'Minutes (APIM failover)', mechanism: 'Multi-region deployment', ...SEED },
  {
    service: 'Azure AI Search',
    rpo: 'Near-0 (replicated indexes)',
    rto: 'Minutes (replica failover)',
    mechanism: 'Multi-replica, or multi-region with index sync',
    ...SEED,
  },
  {
    service: 'Cosmos DB (vector store)',
    rpo: 'Seconds (multi-region writes)',
    rto: 'Automatic',
    mechanism: 'Multi-region, automatic failover',
    ...SEED,
  },
  { service: 'Model weights (Blob)', rpo: '0 (GRS/GZRS)', rto: 'Minutes', mechanism: 'Geo-redundant storage', ...SEED },
  { service: 'Conversation history', rpo: 'Depends on store', rto: 'Depends on store', mechanism: 'Cosmos DB multi-region', ...SEED },
];

/** Allowed downtime per SLA level (Well-Architected Framework, reliability metrics), as the doc prints it. */
export interface DowntimeRow {
  availability: number;
  perWeek: string;
  perMonth: string;
  perYear: string;
  source: string;
  asOf: string;
}

const WAF = { source: 'waf-reliability-metrics', asOf: RETRIEVED } as const;

export const DOWNTIME_TABLE: DowntimeRow[] = [
  { availability: 0.99, perWeek: '1.68 hours', perMonth: '7.2 hours', perYear: '3.65 days', ...WAF },
  { availability: 0.999, perWeek: '10.1 minutes', perMonth: '43.2 minutes', perYear: '8.76 hours', ...WAF },
  { availability: 0.9995, perWeek: '5 minutes', perMonth: '21.6 minutes', perYear: '4.38 hours', ...WAF },
  { availability: 0.9999, perWeek: '1.01 minutes', perMonth: '4.32 minutes', perYear: '52.56 minutes', ...WAF },
  { availability: 0.99999, perWeek: '6 seconds', perMonth: '25.9 seconds', perYear: '5.26 minutes', ...WAF },
];
