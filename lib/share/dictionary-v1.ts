/**
 * The preset deflate dictionary of share links, format v1: the words a design document is made of
 * (field names, component kinds, common settings, regions, models, VM sizes). Deflate refers back into
 * it as if it had been sent before the link, so a link does not spend characters spelling
 * `"parentId":"` or `"publicNetworkAccess":false` each time (RFC 1951 back-references; the preset
 * dictionary idea is RFC 1950's FDICT).
 *
 * FROZEN: every v1 link ever shared decompresses against exactly these bytes. Never edit this text; a
 * better dictionary is a new link format (v2) with its own file, and the decoder keeps reading v1.
 * Later parts of the text are cheaper to refer to, so the most common fragments come last.
 */
export const SHARE_DICTIONARY_V1 = [
  // Rarer vocabulary first.
  'Standard_NC40ads_H100_v5 Standard_ND96isr_H100_v5 Standard_ND96isr_H200_v5 Standard_ND96amsr_A100_v4 Standard_NC96ads_A100_v4',
  'Standard_NC48ads_A100_v4 Standard_NV36ads_A10_v5 Standard_NC16as_T4_v3 Standard_NC4as_T4_v3 Standard_NC24ads_A100_v4',
  'phi-3-mini-4k mistral-7b-v0.3 mixtral-8x7b qwen2.5-72b gemma-2-27b llama-3.1-405b llama-3.1-8b llama-3.1-70b',
  'o3-mini o4-mini gpt-4.1-nano gpt-4.1-mini gpt-4o-mini text-embedding-3-large text-embedding-3-small gpt-4.1 gpt-4o',
  'northeurope westeurope francecentral germanywestcentral uksouth swedencentral switzerlandnorth norwayeast',
  'eastus2 westus3 centralus southcentralus northcentralus canadaeast australiaeast japaneast koreacentral southindia',
  '"training-job","config":{"method":"qlora","zeroStage":3,"sequenceLength":"trainingTokens":"runsPerMonth":"spot":true,"checkpointing":',
  '"ml-online-endpoint","config":{"instances":"aks-gpu-pool","config":{"minNodes":"maxNodes":"gpuSharing":"mig","migProfile":"replicasPerGpu":',
  '"gpu-vm","config":{"sku":"Standard_NC24ads_A100_v4","count":"model":"precision":"fp8","int4","int8","fp16","kvCachePrecision":',
  '"engine":"tensorrt-llm","sglang","tgi","triton","gpuMemoryUtilization":"tensorParallel":"pipelineParallel":"maxContextTokens":',
  '"pricing":"reserved-1y","reserved-3y","spot","clusterTier":"free","zones":true,',
  '"kind":"foundry-serverless","config":{"expectedOutputTokensPerSecond":"kind":"ai-foundry","config":{"managedVnet":',
  '"kind":"container-apps","config":{"replicas":"gpu":"a100","t4","kind":"storage-queue","kind":"service-bus","config":{"tier":"premium",',
  '"kind":"firewall","kind":"ddos-protection","kind":"private-dns","config":{"zone":"privatelink.openai.azure.com"',
  '"kind":"functions","config":{"plan":"consumption","premium-ep1","kind":"app-service","config":{"plan":"premium-p2v3","standard-s1",',
  '"kind":"apim","config":{"tier":"premium","units":2,"regions":2,"semanticCache":true,',
  '"kind":"cosmos-db","config":{"capacityMode":"provisioned","serverless","throughputRu":"multiRegionWrites":true,"storageGB":',
  '"kind":"blob-storage","config":{"redundancy":"gzrs","ra-grs","accessTier":"cool","capacityGB":',
  '"kind":"redis","config":{"tier":"premium","size":"p1","accessKeys":false,',
  '"kind":"ai-search","config":{"tier":"s2","replicas":"partitions":"semanticRanker":true,"queryTimeMs":',
  '"kind":"document-intelligence","config":{"pagesPerMonth":"kind":"event-grid","kind":"monitor","config":{"ingestionGBPerDay":',
  '"kind":"app-insights","kind":"key-vault","kind":"content-safety","kind":"entra-id","kind":"client","config":{"users":',
  '"kind":"front-door","kind":"azure-openai","config":{"model":"gpt-4.1","deploymentType":"standard","data-zone-standard","provisioned"',
  '"global-provisioned","data-zone-provisioned","ptuUnits":"ptuReservation":"monthly","annual","localAuth":false,"contentFilter":false,',
  '"expectedTtftMs":"trafficShare":0.',
  '"priceOverrides":[{"priceId":"vm:Standard_NC24ads_A100_v4","aoai:gpt-4o:input","usd":"note":"',
  '"scenario":{"peakRequestsPerMinute":"averageRequestsPerMinute":"inputTokensPerRequest":"outputTokensPerRequest":',
  '"contextTokens":"concurrentSequences":"activeHoursPerDay":"cacheHitRate":0."streaming":false,"batchShare":0.',
  '"edges":[{"id":"e-","source":"","target":"","flow":"failover","priority":1,"auth":"key","none","connectivity":"public","label":"',
  '{"id":"","flow":"replication","flow":"data"},{"id":"e-","flow":"retrieval"},',
  '"kind":"region","config":{"region":"eastus"}},"westus"',
  '"kind":"vnet","config":{"addressSpace":["10.1.0.0/16"]}},"kind":"subnet","config":{"cidr":"10.1.',
  '0/24"}},"nsg":false',
  '"size":{"width":"height":"parentId":"',
  '{"schemaVersion":1,"name":"","description":"","nodes":[{"id":"',
  '"config":{"publicNetworkAccess":false,"zoneRedundant":true}},{"id":"',
  '","label":"","position":{"x":0,"y":0},"parentId":"","kind":"',
  '"config":{"publicNetworkAccess":false}},{"id":"',
].join('');
