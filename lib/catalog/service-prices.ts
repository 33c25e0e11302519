/**
 * Prices of billable services other than GPU VMs and Azure OpenAI. Id scheme: `${service}:${sku}`
 * (token prices: `foundry:${model}:input|output`). Most figures are derived from Infracost golden test
 * files (monthly cost at 730 h/month, from the Azure Retail Prices API): the `usd` expression shows the
 * division, the note names the golden line. A service with no source is left out, never guessed.
 */
import type { ServicePrice } from './types';

/** Hours per month the Infracost golden files use (their "730 hours" quantity). Only for the derivations below. */
const GOLDEN_HOURS = 730;

type Src = { source: string; asOf: string };
const SEARCH: Src = { source: 'infracost-azure-search', asOf: '2024-07-01' };
const APIM: Src = { source: 'infracost-azure-apim', asOf: '2024-07-01' };
const REDIS: Src = { source: 'infracost-azure-redis', asOf: '2024-07-01' };
const PLAN: Src = { source: 'infracost-azure-service-plan', asOf: '2024-08-30' };
const FUNC: Src = { source: 'infracost-azure-function-app', asOf: '2024-07-01' };
const COSMOS: Src = { source: 'infracost-azure-cosmos', asOf: '2024-08-30' };
const STORAGE: Src = { source: 'infracost-azure-storage', asOf: '2024-07-01' };
const KV: Src = { source: 'infracost-azure-key-vault', asOf: '2024-07-01' };
const LOGS: Src = { source: 'infracost-azure-log-analytics', asOf: '2024-08-30' };
const SB: Src = { source: 'infracost-azure-servicebus', asOf: '2024-07-01' };
const EG: Src = { source: 'infracost-azure-eventgrid', asOf: '2024-07-01' };
const AKS: Src = { source: 'infracost-azure-aks', asOf: '2024-08-30' };
const AFD: Src = { source: 'front-door-prices-secondary', asOf: '2026-11' };
const DOCINTEL: Src = { source: 'doc-intel-prices-secondary', asOf: '2026-11' };
const SAFETY: Src = { source: 'content-safety-price-secondary', asOf: '2025-08-25' };
const FOUNDRY: Src = { source: 'foundry-serverless-prices-litellm', asOf: '2026-11' };
const SEARCH_S1: Src = { source: 'ai-search-s1-price-secondary', asOf: '2026-11' };

function price(
  id: string,
  service: string,
  description: string,
  unit: ServicePrice['unit'],
  usd: number,
  region: string | null,
  src: Src,
  note?: string,
): ServicePrice {
  return { id, service, description, unit, usd, region, ...src, ...(note ? { note } : {}) };
}

const ANY_US = 'Listed without a region; US list price.';

export const SERVICE_PRICES: ServicePrice[] = [
  // ---------------------------------------------------------------- AI Search (per search unit = replica × partition)
  price('ai-search:basic', 'Azure AI Search', 'Basic, per search unit-hour', 'hour', 294.92 / 2920, 'eastus', SEARCH, 'Derived: golden "Search usage (Basic, 4 units) 2,920 hours $294.92" ÷ 2,920 h.'),
  price('ai-search:s1', 'Azure AI Search', 'Standard S1, per search unit-hour', 'hour', 245 / GOLDEN_HOURS, null, SEARCH_S1, 'Derived: "Starts at $245/month" (one S1 search unit) ÷ 730 h. Secondary source.'),
  price('ai-search:s2', 'Azure AI Search', 'Standard S2, per search unit-hour', 'hour', 981.12 / GOLDEN_HOURS, 'eastus', SEARCH, 'Derived: golden "Standard S2, 1 unit, 730 hours $981.12" ÷ 730.'),
  price('ai-search:l1', 'Azure AI Search', 'Storage Optimized L1, per search unit-hour', 'hour', 2802.47 / GOLDEN_HOURS, 'eastus', SEARCH, 'Derived: golden "Storage Optimized L1, 1 unit, 730 hours $2,802.47" ÷ 730. S3 and L2 prices were not found (left out); S1 comes from a secondary source.'),

  // ---------------------------------------------------------------- API Management (per unit)
  price('apim:developer', 'API Management', 'Developer tier, per unit-hour (no SLA)', 'hour', 48.03 / GOLDEN_HOURS, 'eastus', APIM, 'Derived: golden "API management (developer) 1 units $48.03" per month ÷ 730.'),
  price('apim:basic', 'API Management', 'Basic tier, per unit-hour', 'hour', 294.34 / 2 / GOLDEN_HOURS, 'eastus', APIM, 'Derived: golden "API management (basic) 2 units $294.34" ÷ 2 ÷ 730.'),
  price('apim:standard', 'API Management', 'Standard tier, per unit-hour', 'hour', 2060.13 / 3 / GOLDEN_HOURS, 'eastus', APIM, 'Derived: golden "API management (standard) 3 units $2,060.13" ÷ 3 ÷ 730.'),
  price('apim:premium', 'API Management', 'Premium tier, per unit-hour (per region unit)', 'hour', 11180.68 / 4 / GOLDEN_HOURS, 'eastus', APIM, 'Derived: golden "API management (premium) 4 units $11,180.68" ÷ 4 ÷ 730.'),
  price('apim:consumption', 'API Management', 'Consumption tier, per million calls', 'million requests', 3.5, 'eastus', APIM, 'Golden: "$3.50 per 1M calls". The monthly free grant, if any, is not modelled.'),

  // ---------------------------------------------------------------- Azure Cache for Redis (per cache)
  price('redis:basic-c4', 'Azure Cache for Redis', 'Basic C4, per cache-hour (1 node)', 'hour', 153.3 / GOLDEN_HOURS, 'eastus', REDIS, 'Derived: golden "Cache usage (Basic_C4) 1 nodes $153.30" ÷ 730.'),
  price('redis:standard-c3', 'Azure Cache for Redis', 'Standard C3, per cache-hour (primary + replica)', 'hour', 328.5 / GOLDEN_HOURS, 'eastus', REDIS, 'Derived: golden "Cache usage (Standard_C3) 2 nodes $328.50" ÷ 730.'),
  price('redis:premium-p1', 'Azure Cache for Redis', 'Premium P1, per cache-hour (1 shard: primary + replica)', 'hour', 404.42 / GOLDEN_HOURS, 'eastus', REDIS, 'Derived: golden "Cache usage (Premium_P1) 2 nodes $404.42" ÷ 730 (6 nodes = $1,213.26 in the 3-shard case). Each extra shard or replica adds nodes.'),
  price('redis:premium-p2', 'Azure Cache for Redis', 'Premium P2, per cache-hour (1 shard: primary + replica)', 'hour', (3646.35 / 9) * 2 / GOLDEN_HOURS, 'eastus', REDIS, 'Derived: golden "Cache usage (Premium_P2) 9 nodes $3,646.35" ÷ 9 × 2 nodes ÷ 730.'),
  price('redis:premium-p3', 'Azure Cache for Redis', 'Premium P3, per cache-hour (1 shard: primary + replica)', 'hour', (9714.84 / 12) * 2 / GOLDEN_HOURS, 'eastus', REDIS, 'Derived: golden "Cache usage (Premium_P3) 12 nodes $9,714.84" ÷ 12 × 2 nodes ÷ 730.'),

  // ---------------------------------------------------------------- App Service plans (per instance)
  price('app-service:b1-linux', 'App Service', 'B1 Linux, per instance-hour', 'hour', 12.41 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.B1.1 … 730 hours $12.41" ÷ 730.'),
  price('app-service:b1-windows', 'App Service', 'B1 Windows, per instance-hour', 'hour', 54.75 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Windows.B1.1 … $54.75" ÷ 730.'),
  price('app-service:s1-linux', 'App Service', 'S1 Linux, per instance-hour', 'hour', 69.35 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.S1.1 … $69.35" ÷ 730.'),
  price('app-service:s1-windows', 'App Service', 'S1 Windows, per instance-hour', 'hour', 73.0 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Windows.S1.1 … $73.00" ÷ 730.'),
  price('app-service:p0v3-linux', 'App Service', 'P0v3 Linux, per instance-hour', 'hour', 56.58 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.P0v3.1 … $56.58" ÷ 730.'),
  price('app-service:p1v3-linux', 'App Service', 'P1v3 Linux, per instance-hour', 'hour', 113.15 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.P1v3.1 … $113.15" ÷ 730.'),
  price('app-service:p1v3-windows', 'App Service', 'P1v3 Windows, per instance-hour', 'hour', 229.95 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Windows.P1v3.1 … $229.95" ÷ 730.'),
  price('app-service:p2v3-linux', 'App Service', 'P2v3 Linux, per instance-hour', 'hour', 226.3 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.P2v3.1 … $226.30" ÷ 730.'),
  price('app-service:p2v3-windows', 'App Service', 'P2v3 Windows, per instance-hour', 'hour', 459.9 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Windows.P2v3.1 … $459.90" ÷ 730.'),
  price('app-service:p3v3-linux', 'App Service', 'P3v3 Linux, per instance-hour', 'hour', 452.6 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.P3v3.1 … $452.60" ÷ 730.'),
  price('app-service:p3v3-windows', 'App Service', 'P3v3 Windows, per instance-hour', 'hour', 919.8 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Windows.P3v3.1 … $919.80" ÷ 730.'),
  price('app-service:p1mv3-linux', 'App Service', 'P1mv3 Linux, per instance-hour', 'hour', 135.78 / GOLDEN_HOURS, 'eastus', PLAN, 'Derived: golden "Linux.P1mv3.1 … $135.78" ÷ 730.'),

  // ---------------------------------------------------------------- Functions
  price('functions:consumption-executions', 'Azure Functions', 'Consumption plan, per million executions', 'million requests', 0.2, 'eastus', FUNC, 'Golden: "$0.20 per 1M requests". The execution-time meter ($0.000016 per GB-second) has no unit in ServicePrice and is left out; free grants not modelled.'),
  price('functions:ep1', 'Azure Functions', 'Elastic Premium EP1 (1 vCPU, 3.5 GB), per instance-hour', 'hour', (126.29 + 31.43) / GOLDEN_HOURS, 'eastus', FUNC, 'Derived: golden "vCPU (EP1) 1 vCPU $126.29" + "Memory (EP1) 3.5 GB $31.43" per month ÷ 730.'),

  // ---------------------------------------------------------------- AKS
  price('aks:standard-tier', 'Azure Kubernetes Service', 'Standard tier (Uptime SLA), per cluster-hour', 'hour', 73.0 / GOLDEN_HOURS, 'eastus', AKS, 'Derived: golden "Uptime SLA 730 hours $73.00" ÷ 730 = $0.10. Node VMs are billed separately.'),

  // ---------------------------------------------------------------- Front Door (base fee; requests and egress extra)
  price('front-door:standard-base', 'Azure Front Door', 'Standard tier base fee, per profile-month', 'month', 35, null, AFD, 'Requests and data transfer are billed on top. Global service.'),
  price('front-door:premium-base', 'Azure Front Door', 'Premium tier base fee, per profile-month', 'month', 330, null, AFD, 'Requests and data transfer are billed on top. Global service.'),

  // ---------------------------------------------------------------- Cosmos DB
  price('cosmos:ru-100-hour', 'Cosmos DB', 'Provisioned throughput (manual), per 100 RU/s-hour, single region', '100 RU/s-hour', 29.2 / 5 / GOLDEN_HOURS, 'westus', COSMOS, 'Derived: golden "Provisioned throughput (provisioned, West US) 5 RU/s x 100 $29.20" ÷ 5 ÷ 730 = $0.008. East US not in the golden file.'),
  price('cosmos:ru-100-hour-zone-redundant', 'Cosmos DB', 'Provisioned throughput (manual) in a zone-redundant region, per 100 RU/s-hour', '100 RU/s-hour', 36.5 / 5 / GOLDEN_HOURS, 'centralus', COSMOS, 'Derived: golden "(provisioned, Central US) 6.25 RU/s x 100 $36.50" for 500 RU/s with zone redundancy (Infracost bills it as 1.25 × the units) ÷ 5 ÷ 730.'),
  price('cosmos:serverless-1m-ru', 'Cosmos DB', 'Serverless, per million request units consumed', '1M operations', 2.79 / 10, 'westus', COSMOS, 'Derived: golden "Provisioned throughput (serverless) 10 1M RU $2.79" ÷ 10. Unit is 1M request units (RU), stored as "1M operations" because ServicePrice has no RU unit.'),
  price('cosmos:storage-gb', 'Cosmos DB', 'Transactional storage, per GB-month', 'GB-month', 0.25, 'westus', COSMOS, 'Golden: "Transactional storage (West US) $0.25 per GB".'),

  // ---------------------------------------------------------------- Blob storage (StorageV2 Standard, first 50 TB)
  price('blob:hot-lrs-gb', 'Blob Storage', 'Hot tier, LRS, per GB-month (first 50 TB)', 'GB-month', 1064.96 / 51200, 'westus', STORAGE, 'Derived: golden "StorageV2.Standard.LRS.Hot Capacity (first 50TB) 51,200 GB $1,064.96" ÷ 51,200.'),
  price('blob:hot-zrs-gb', 'Blob Storage', 'Hot tier, ZRS, per GB-month (first 50 TB)', 'GB-month', 1331.2 / 51200, 'westus', STORAGE, 'Derived: golden "StorageV2.Standard.ZRS.Hot … $1,331.20" ÷ 51,200.'),
  price('blob:hot-grs-gb', 'Blob Storage', 'Hot tier, GRS, per GB-month (first 50 TB)', 'GB-month', 2344.96 / 51200, 'westus', STORAGE, 'Derived: golden "StorageV2.Standard.GRS.Hot … $2,344.96" ÷ 51,200.'),
  price('blob:hot-ragrs-gb', 'Blob Storage', 'Hot tier, RA-GRS, per GB-month (first 50 TB)', 'GB-month', 2447.36 / 51200, 'westus', STORAGE, 'Derived: golden "StorageV2.Standard.RAGRS.Hot … $2,447.36" ÷ 51,200. GZRS / RA-GZRS have no priced line in the golden file.'),
  price('blob:cool-lrs-gb', 'Blob Storage', 'Cool tier, LRS, per GB-month', 'GB-month', 46000 / 4000000, 'westus', STORAGE, 'Derived: golden "StorageV2.Standard.LRS.Cool Capacity 4,000,000 GB $46,000.00" ÷ 4,000,000.'),

  // ---------------------------------------------------------------- Key Vault
  price('key-vault:secret-ops', 'Key Vault', 'Secrets operations, per million', '1M operations', 0.03 * 100, 'eastus', KV, 'Derived: golden "$0.03 per 10K transactions" × 100.'),
  price('key-vault:key-ops-rsa2048', 'Key Vault', 'Software-protected key operations (RSA 2048), per million', '1M operations', 0.03 * 100, 'eastus', KV, 'Derived: golden pr_rsa2048 "100 10K transactions $3.00" → $0.03 per 10K × 100.'),
  price('key-vault:key-ops-advanced', 'Key Vault', 'Software-protected key operations (RSA 3072+/EC), per million', '1M operations', 0.15 * 100, 'eastus', KV, 'Derived: golden "$0.15 per 10K transactions" × 100.'),
  price('key-vault:hsm-key-rsa2048', 'Key Vault', 'Premium HSM-protected key (RSA 2048), per key-month', 'month', 5000 / 5000, 'eastus', KV, 'Derived: golden "HSM-protected keys 5,000 months $5,000.00" ÷ 5,000.'),

  // ---------------------------------------------------------------- Log Analytics
  price('log-analytics:ingestion-gb', 'Log Analytics', 'Analytics logs ingestion (pay-as-you-go), per GB', 'GB', 2.99, 'westeurope', LOGS, 'Golden: "Log data ingestion $2.99 per GB" (West Europe; East US not in the golden file). Free allowance not modelled.'),
  price('log-analytics:basic-ingestion-gb', 'Log Analytics', 'Basic logs ingestion, per GB', 'GB', 0.65, 'westeurope', LOGS, 'Golden: "Basic log data ingestion $0.65 per GB".'),
  price('log-analytics:archive-gb', 'Log Analytics', 'Archived data, per GB-month', 'GB-month', 0.026, 'westeurope', LOGS, 'Golden: "Archive data $0.026 per GB".'),

  // ---------------------------------------------------------------- Document Intelligence
  price('doc-intel:read', 'Document Intelligence', 'Read model, per 1,000 pages (first 1M pages/month)', '1K pages', 1.5, null, DOCINTEL, ANY_US),
  price('doc-intel:layout', 'Document Intelligence', 'Prebuilt layout model, per 1,000 pages (first 1M pages/month)', '1K pages', 10, null, DOCINTEL, ANY_US),

  // ---------------------------------------------------------------- Content Safety
  price('content-safety:text', 'AI Content Safety', 'Text moderation, Standard tier, per million text records (a record is ≤ 1,000 characters)', '1M operations', 0.38 * 1000, null, SAFETY, 'Derived: "$0.38 per 1,000 records" × 1,000. Unit is text records, stored as "1M operations" because ServicePrice has no record unit.'),

  // ---------------------------------------------------------------- Service Bus
  price('service-bus:basic-ops', 'Service Bus', 'Basic tier, per million operations', '1M operations', 0.05, 'westeurope', SB, 'Golden: "$0.05 per 1M operations".'),
  price('service-bus:standard-base', 'Service Bus', 'Standard tier base charge, per namespace-hour', 'hour', 9.81 / GOLDEN_HOURS, 'westeurope', SB, 'Derived: golden "Base charge 730 hours $9.81" ÷ 730. Includes the first 13M operations/month.'),
  price('service-bus:standard-ops', 'Service Bus', 'Standard tier operations 13M–100M, per million', '1M operations', 0.8, 'westeurope', SB, 'Golden: "Messaging operations (13M-100M) $0.80 per 1M operations"; 100M–2,500M is $0.50 (1,200/2,400) and over 2,500M $0.20 (100/500).'),
  price('service-bus:premium-mu', 'Service Bus', 'Premium tier, per messaging unit-hour', 'hour', 677.08 / GOLDEN_HOURS, 'westeurope', SB, 'Derived: golden "Messaging units 1 units $677.08" ÷ 730.'),

  // ---------------------------------------------------------------- Event Grid
  price('event-grid:operations', 'Event Grid', 'Basic tier operations, per million', '1M operations', 0.06 * 10, 'westeurope', EG, 'Derived: golden "$0.06 per 100k operations" × 10. Free monthly operations not modelled.'),

  // ---------------------------------------------------------------- AI Foundry serverless (Models-as-a-Service), per 1M tokens
  price('foundry:llama-3.1-8b:input', 'AI Foundry serverless', 'Meta-Llama-3.1-8B-Instruct, input tokens', '1M tokens', 0.3, null, FOUNDRY, 'LiteLLM azure_ai/Meta-Llama-3.1-8B-Instruct input_cost_per_token 3e-7.'),
  price('foundry:llama-3.1-8b:output', 'AI Foundry serverless', 'Meta-Llama-3.1-8B-Instruct, output tokens', '1M tokens', 0.61, null, FOUNDRY, 'LiteLLM output_cost_per_token 6.1e-7.'),
  price('foundry:llama-3.1-70b:input', 'AI Foundry serverless', 'Meta-Llama-3.1-70B-Instruct, input tokens', '1M tokens', 2.68, null, FOUNDRY, 'LiteLLM input_cost_per_token 2.68e-6.'),
  price('foundry:llama-3.1-70b:output', 'AI Foundry serverless', 'Meta-Llama-3.1-70B-Instruct, output tokens', '1M tokens', 3.54, null, FOUNDRY, 'LiteLLM output_cost_per_token 3.54e-6.'),
  price('foundry:llama-3.1-405b:input', 'AI Foundry serverless', 'Meta-Llama-3.1-405B-Instruct, input tokens', '1M tokens', 5.33, null, FOUNDRY, 'LiteLLM input_cost_per_token 5.33e-6.'),
  price('foundry:llama-3.1-405b:output', 'AI Foundry serverless', 'Meta-Llama-3.1-405B-Instruct, output tokens', '1M tokens', 16, null, FOUNDRY, 'LiteLLM output_cost_per_token 1.6e-5.'),
  price('foundry:llama-3.3-70b:input', 'AI Foundry serverless', 'Llama-3.3-70B-Instruct, input tokens', '1M tokens', 0.71, null, FOUNDRY),
  price('foundry:llama-3.3-70b:output', 'AI Foundry serverless', 'Llama-3.3-70B-Instruct, output tokens', '1M tokens', 0.71, null, FOUNDRY),
  price('foundry:mistral-large-2407:input', 'AI Foundry serverless', 'Mistral Large (2407), input tokens', '1M tokens', 2, null, FOUNDRY),
  price('foundry:mistral-large-2407:output', 'AI Foundry serverless', 'Mistral Large (2407), output tokens', '1M tokens', 6, null, FOUNDRY),
  price('foundry:mistral-small:input', 'AI Foundry serverless', 'Mistral Small, input tokens', '1M tokens', 1, null, FOUNDRY, 'LiteLLM azure_ai/mistral-small (older Mistral Small offer).'),
  price('foundry:mistral-small:output', 'AI Foundry serverless', 'Mistral Small, output tokens', '1M tokens', 3, null, FOUNDRY),
  price('foundry:phi-3-mini:input', 'AI Foundry serverless', 'Phi-3-mini (4k and 128k), input tokens', '1M tokens', 0.13, null, FOUNDRY, 'Phi-3 models are listed on Microsoft\'s retired-models page in one copy of the price map.'),
  price('foundry:phi-3-mini:output', 'AI Foundry serverless', 'Phi-3-mini (4k and 128k), output tokens', '1M tokens', 0.52, null, FOUNDRY),
  price('foundry:phi-3-medium:input', 'AI Foundry serverless', 'Phi-3-medium (4k and 128k), input tokens', '1M tokens', 0.17, null, FOUNDRY),
  price('foundry:phi-3-medium:output', 'AI Foundry serverless', 'Phi-3-medium (4k and 128k), output tokens', '1M tokens', 0.68, null, FOUNDRY),
  price('foundry:phi-3.5-mini:input', 'AI Foundry serverless', 'Phi-3.5-mini-instruct, input tokens', '1M tokens', 0.13, null, FOUNDRY),
  price('foundry:phi-3.5-mini:output', 'AI Foundry serverless', 'Phi-3.5-mini-instruct, output tokens', '1M tokens', 0.52, null, FOUNDRY),
];
