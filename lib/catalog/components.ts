/**
 * The components an architect can place on the canvas, grouped by the layers of the seed's enterprise
 * reference architecture (9.13). Each kind's settings are the zod schema in lib/design/node-configs.ts.
 */

export const LAYERS = [
  'Edge',
  'Application',
  'AI Gateway',
  'AI Services',
  'Compute',
  'Data',
  'Document Pipeline',
  'Messaging',
  'Observability',
  'Security',
  'Networking',
] as const;
export type Layer = (typeof LAYERS)[number];

export const COMPONENT_KINDS = [
  'client',
  'front-door',
  'app-service',
  'functions',
  'container-apps',
  'apim',
  'azure-openai',
  'foundry-serverless',
  'ai-foundry',
  'ml-online-endpoint',
  'ai-search',
  'content-safety',
  'gpu-vm',
  'aks-gpu-pool',
  'training-job',
  'blob-storage',
  'cosmos-db',
  'redis',
  'document-intelligence',
  'event-grid',
  'service-bus',
  'storage-queue',
  'monitor',
  'app-insights',
  'key-vault',
  'entra-id',
  'region',
  'vnet',
  'subnet',
  'firewall',
  'ddos-protection',
  'private-dns',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** Containers that hold other nodes on the canvas. */
export const GROUP_KINDS = ['region', 'vnet', 'subnet'] as const satisfies readonly ComponentKind[];
export type GroupKind = (typeof GROUP_KINDS)[number];

/** What role a component plays on the request path; the latency chain and HA analysis key off this. */
export type PathRole =
  | 'client'
  | 'edge'
  | 'app'
  | 'gateway'
  | 'cache'
  | 'retrieval'
  | 'model'
  | 'store'
  | 'queue'
  | 'support'
  | 'group';

export interface ComponentInfo {
  kind: ComponentKind;
  name: string;
  layer: Layer;
  description: string;
  role: PathRole;
  /** Placed in a region (false for global services such as Front Door and Entra ID). */
  regional: boolean;
  /** Supports private endpoints (seed 9.6 private endpoint table; PaaS services generally). */
  privateEndpoint: boolean;
  /** The seed section that names it. */
  seedSection: string;
}

export const COMPONENTS: Record<ComponentKind, ComponentInfo> = {
  client: {
    kind: 'client',
    name: 'Users',
    layer: 'Edge',
    description: 'Where requests come from: browsers, apps or partner systems. The start of the request path.',
    role: 'client',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.13',
  },
  'front-door': {
    kind: 'front-door',
    name: 'Azure Front Door',
    layer: 'Edge',
    description: 'Global entry point: distribution, TLS termination, DDoS protection and the Web Application Firewall.',
    role: 'edge',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.13',
  },
  'app-service': {
    kind: 'app-service',
    name: 'App Service',
    layer: 'Application',
    description: 'Hosts the business logic and orchestration; VNET-integrated, with a managed identity.',
    role: 'app',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.13',
  },
  functions: {
    kind: 'functions',
    name: 'Azure Functions',
    layer: 'Application',
    description: 'Event-driven code: document ingestion, queue workers, embeddings.',
    role: 'app',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.8, 9.13',
  },
  'container-apps': {
    kind: 'container-apps',
    name: 'Container Apps',
    layer: 'Application',
    description: 'Serverless containers with KEDA autoscaling, optionally on serverless GPUs.',
    role: 'app',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.5',
  },
  apim: {
    kind: 'apim',
    name: 'API Management (AI gateway)',
    layer: 'AI Gateway',
    description: 'Backend pools across regions, retry on 429/503, circuit breaker, token limits and tracking.',
    role: 'gateway',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.8, 9.9, 9.13',
  },
  'azure-openai': {
    kind: 'azure-openai',
    name: 'Azure OpenAI deployment',
    layer: 'AI Services',
    description: 'A GPT-family model deployment: pay-as-you-go (Standard, Global, Data Zone) or provisioned (PTU).',
    role: 'model',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.5, 9.8, 9.10',
  },
  'foundry-serverless': {
    kind: 'foundry-serverless',
    name: 'AI Foundry serverless model',
    layer: 'AI Services',
    description: 'Open models (Llama, Mistral, Phi) as a per-token API: no GPUs to manage.',
    role: 'model',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.2, 9.5',
  },
  'ai-foundry': {
    kind: 'ai-foundry',
    name: 'AI Foundry hub',
    layer: 'AI Services',
    description: 'Workspace for projects, evaluation, prompt flow and managed compute.',
    role: 'support',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.5',
  },
  'ml-online-endpoint': {
    kind: 'ml-online-endpoint',
    name: 'Azure ML online endpoint',
    layer: 'AI Services',
    description: 'Managed deployment of your own model on a GPU VM size you pick, with load balancing.',
    role: 'model',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.2, 9.5',
  },
  'ai-search': {
    kind: 'ai-search',
    name: 'Azure AI Search',
    layer: 'AI Services',
    description: 'Vector and hybrid retrieval for RAG. Replicas give throughput and SLA; partitions give capacity.',
    role: 'retrieval',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.8, 9.13',
  },
  'content-safety': {
    kind: 'content-safety',
    name: 'Content Safety',
    layer: 'AI Services',
    description: 'Filters prompts and completions: hate, sexual, violence, self-harm, jailbreak, protected material.',
    role: 'support',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.12',
  },
  'gpu-vm': {
    kind: 'gpu-vm',
    name: 'GPU virtual machine',
    layer: 'Compute',
    description: 'N-series VMs (NC, ND, NV) serving a model you host: you manage drivers and the serving engine.',
    role: 'model',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.2, 9.3, 9.4',
  },
  'aks-gpu-pool': {
    kind: 'aks-gpu-pool',
    name: 'AKS GPU node pool',
    layer: 'Compute',
    description: 'Kubernetes GPU nodes with the NVIDIA device plugin, autoscaling from zero, MIG or time-slicing.',
    role: 'model',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.2, 9.4, 9.8',
  },
  'training-job': {
    kind: 'training-job',
    name: 'Training / fine-tuning job',
    layer: 'Compute',
    description: 'Full fine-tuning, LoRA or QLoRA on GPU nodes; multi-node needs InfiniBand.',
    role: 'support',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.1, 9.2, 9.6',
  },
  'blob-storage': {
    kind: 'blob-storage',
    name: 'Blob Storage',
    layer: 'Data',
    description: 'Documents, model weights and fine-tuning data; geo-redundant options for RPO 0.',
    role: 'store',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.7',
  },
  'cosmos-db': {
    kind: 'cosmos-db',
    name: 'Cosmos DB',
    layer: 'Data',
    description: 'Conversation history, state and vectors; multi-region writes with automatic failover.',
    role: 'store',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.7, 9.9',
  },
  redis: {
    kind: 'redis',
    name: 'Azure Cache for Redis',
    layer: 'Data',
    description: 'Semantic cache, retrieval cache and embedding cache: sub-millisecond reads.',
    role: 'cache',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.7',
  },
  'document-intelligence': {
    kind: 'document-intelligence',
    name: 'Document Intelligence',
    layer: 'Document Pipeline',
    description: 'Extracts text, tables and layout from PDFs and scans for indexing.',
    role: 'support',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.7, 9.13',
  },
  'event-grid': {
    kind: 'event-grid',
    name: 'Event Grid',
    layer: 'Document Pipeline',
    description: 'Raises an event when a document lands in storage, starting the ingestion pipeline.',
    role: 'queue',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.13',
  },
  'service-bus': {
    kind: 'service-bus',
    name: 'Service Bus',
    layer: 'Messaging',
    description: 'Durable queue that buffers asynchronous inference requests for workers.',
    role: 'queue',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.8',
  },
  'storage-queue': {
    kind: 'storage-queue',
    name: 'Storage Queue',
    layer: 'Messaging',
    description: 'Simple, cheap queue for batch and background work.',
    role: 'queue',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.8',
  },
  monitor: {
    kind: 'monitor',
    name: 'Azure Monitor / Log Analytics',
    layer: 'Observability',
    description: 'Diagnostic logs and metrics: token usage, 429 rate, latency percentiles with KQL.',
    role: 'support',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.11',
  },
  'app-insights': {
    kind: 'app-insights',
    name: 'Application Insights',
    layer: 'Observability',
    description: 'End-to-end traces from the user request through retrieval to the model, with TTFT.',
    role: 'support',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.11',
  },
  'key-vault': {
    kind: 'key-vault',
    name: 'Key Vault',
    layer: 'Security',
    description: 'Secrets, keys and certificates; customer-managed keys for encryption at rest.',
    role: 'support',
    regional: true,
    privateEndpoint: true,
    seedSection: '9.12, 9.13',
  },
  'entra-id': {
    kind: 'entra-id',
    name: 'Entra ID',
    layer: 'Security',
    description: 'Identity: managed identities, RBAC role assignments and PIM for people.',
    role: 'support',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.12, 9.13',
  },
  region: {
    kind: 'region',
    name: 'Azure region',
    layer: 'Networking',
    description: 'A region container: everything inside is deployed there.',
    role: 'group',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.2, 9.9',
  },
  vnet: {
    kind: 'vnet',
    name: 'Virtual network',
    layer: 'Networking',
    description: 'A VNET with its address space; holds subnets.',
    role: 'group',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.6, 9.13',
  },
  subnet: {
    kind: 'subnet',
    name: 'Subnet',
    layer: 'Networking',
    description: 'A subnet with its CIDR and NSG; dedicated subnets isolate AI workloads.',
    role: 'group',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.12, 9.13',
  },
  firewall: {
    kind: 'firewall',
    name: 'Azure Firewall',
    layer: 'Networking',
    description: 'Egress control: what AI workloads may reach outbound.',
    role: 'support',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.6, 9.12',
  },
  'ddos-protection': {
    kind: 'ddos-protection',
    name: 'DDoS Protection',
    layer: 'Networking',
    description: 'Protects public-facing AI endpoints.',
    role: 'support',
    regional: true,
    privateEndpoint: false,
    seedSection: '9.12',
  },
  'private-dns': {
    kind: 'private-dns',
    name: 'Private DNS zone',
    layer: 'Networking',
    description: 'Resolves private endpoints (privatelink.openai.azure.com and friends) inside the VNET.',
    role: 'support',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.6, 9.12',
  },
};

export const isGroupKind = (kind: ComponentKind): kind is GroupKind => (GROUP_KINDS as readonly string[]).includes(kind);

export const componentsByLayer = (): { layer: Layer; components: ComponentInfo[] }[] =>
  LAYERS.map((layer) => ({ layer, components: COMPONENT_KINDS.map((k) => COMPONENTS[k]).filter((c) => c.layer === layer) }));
