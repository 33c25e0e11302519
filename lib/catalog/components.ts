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

/** What role a component plays on the request path; the latency chain and HA analysis key off this. */
export type PathRole = 'client' | 'edge' | 'app' | 'gateway' | 'cache' | 'retrieval' | 'model' | 'store' | 'queue' | 'support' | 'group';

/** What a role implies for connections and the request path. */
export interface RoleTraits {
  /** Sends requests onwards: the front of the request path (Users, edge, application, gateway). */
  sendsRequests: boolean;
  /** Can be called: anything but where requests start (Users) and the containers. */
  callable: boolean;
  /** Runs the AI workload (application code or a model): it needs secrets in Key Vault and monitoring. */
  workload: boolean;
}

export const ROLE_TRAITS = {
  client: { sendsRequests: true, callable: false, workload: false },
  edge: { sendsRequests: true, callable: true, workload: false },
  app: { sendsRequests: true, callable: true, workload: true },
  gateway: { sendsRequests: true, callable: true, workload: false },
  cache: { sendsRequests: false, callable: true, workload: false },
  retrieval: { sendsRequests: false, callable: true, workload: false },
  model: { sendsRequests: false, callable: true, workload: true },
  store: { sendsRequests: false, callable: true, workload: false },
  queue: { sendsRequests: false, callable: true, workload: false },
  support: { sendsRequests: false, callable: true, workload: false },
  group: { sendsRequests: false, callable: false, workload: false },
} as const satisfies Record<PathRole, RoleTraits>;

/** A data-plane role (seed 9.13 RBAC table; Azure built-in roles) and where the name comes from. */
export interface RbacRole {
  role: string;
  basis: string;
}

/** The data-plane RBAC a managed identity needs on a resource of this kind. */
export interface DataRole {
  read: RbacRole;
  write: RbacRole;
  /** What the identity does with the read / the write role, in the role assignment table. */
  purpose: readonly [read: string, write: string];
  /**
   * When an identity that calls it writes: on a 'data' edge (stores), always (queues: the caller sends),
   * or never (one role covers every use).
   */
  identityWrites: 'data-edge' | 'always' | 'never';
}

/** The yes/no traits of a kind; absent in a row means false. */
export interface BooleanTraits {
  /** Serves a model on GPUs the customer runs (GPU VM, AKS GPU pool, ML online endpoint): VRAM fit, serving engine. */
  selfHostedModel: boolean;
  /** Serves an open-weight model from the open-model catalog (self-hosted or Foundry serverless). */
  openModel: boolean;
  /** Its settings name a VM size (`sku`) whose regions and prices the catalog knows. */
  vmSize: boolean;
  /** Whether Azure offers it depends on the region (its VM size or its model): an unplaced node hides that question. */
  offerVariesByRegion: boolean;
  /** Can be deployed with provisioned throughput (PTU). */
  provisionedThroughput: boolean;
  /** Can be billed per token (pay-as-you-go model API). */
  tokenBilled: boolean;
  /** Has an SLA row in the catalog (which one depends on its settings, see lib/calc/ha). */
  sla: boolean;
  /** Has charges of its own (cost lines); false for Users, containers, Entra ID and the AI Foundry hub. */
  billed: boolean;
  /** Runs code under a managed identity and calls other services with it. */
  identityCaller: boolean;
  /** A call to it happens on every request (not at start-up or in the background): counted in the latency chain. */
  perRequestCall: boolean;
  /** Has a semantic-cache setting that can answer a request before the model. */
  semanticCache: boolean;
  /** A container that holds other nodes on the canvas (region, VNET, subnet). */
  container: boolean;
}
export type BooleanTrait = keyof BooleanTraits;

export interface KindTraits extends BooleanTraits {
  /** The setting that turns key (local) authentication on, or null when it has none. */
  keyAuthSetting: 'localAuth' | 'accessKeys' | 'sharedKeyAccess' | null;
  /** Its row (service name) in the seed's store recovery table (RPO/RTO), or null. */
  recoveryRow: string | null;
  /** The data-plane role an identity needs on it, or null when it has none. */
  dataRole: DataRole | null;
  /**
   * How deep a container nests, outermost first (region 1, VNET 2, subnet 3); null for components. A
   * container holds deeper containers and every component.
   */
  containerDepth: number | null;
}

const NO_TRAITS: KindTraits = {
  selfHostedModel: false,
  openModel: false,
  vmSize: false,
  offerVariesByRegion: false,
  provisionedThroughput: false,
  tokenBilled: false,
  sla: false,
  billed: false,
  identityCaller: false,
  perRequestCall: false,
  semanticCache: false,
  container: false,
  keyAuthSetting: null,
  recoveryRow: null,
  dataRole: null,
  containerDepth: null,
};

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
  traits: KindTraits;
}

type ComponentRow = Omit<ComponentInfo, 'traits'> & { traits: Partial<KindTraits> };

const ROWS = {
  client: {
    kind: 'client',
    name: 'Users',
    layer: 'Edge',
    description: 'Where requests come from: browsers, apps or partner systems. The start of the request path.',
    role: 'client',
    regional: false,
    privateEndpoint: false,
    seedSection: '9.13',
    traits: {},
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
    traits: { sla: true, billed: true, perRequestCall: true },
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
    traits: { sla: true, identityCaller: true, billed: true, perRequestCall: true },
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
    traits: { sla: true, identityCaller: true, billed: true, perRequestCall: true },
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
    traits: { sla: true, identityCaller: true, billed: true, perRequestCall: true },
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
    traits: { sla: true, identityCaller: true, semanticCache: true, billed: true, perRequestCall: true },
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
    traits: {
      offerVariesByRegion: true,
      provisionedThroughput: true,
      tokenBilled: true,
      sla: true,
      billed: true,
      perRequestCall: true,
      keyAuthSetting: 'localAuth',
      recoveryRow: 'Azure OpenAI',
      dataRole: {
        read: { role: 'Cognitive Services OpenAI User', basis: 'seed 9.13' },
        write: { role: 'Cognitive Services OpenAI User', basis: 'seed 9.13' },
        purpose: ['Invoke models', 'Invoke models'],
        identityWrites: 'never',
      },
    },
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
    traits: { openModel: true, offerVariesByRegion: true, tokenBilled: true, billed: true, perRequestCall: true },
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
    traits: { identityCaller: true },
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
    traits: {
      selfHostedModel: true,
      openModel: true,
      vmSize: true,
      offerVariesByRegion: true,
      identityCaller: true,
      billed: true,
      perRequestCall: true,
    },
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
    traits: {
      sla: true,
      identityCaller: true,
      billed: true,
      perRequestCall: true,
      recoveryRow: 'Azure AI Search',
      dataRole: {
        read: { role: 'Search Index Data Reader', basis: 'seed 9.13' },
        write: { role: 'Search Index Data Contributor', basis: 'seed 9.13' },
        purpose: ['Query search indexes', 'Write to search indexes'],
        identityWrites: 'data-edge',
      },
    },
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
    traits: {
      sla: true,
      billed: true,
      perRequestCall: true,
      dataRole: {
        read: { role: 'Cognitive Services User', basis: 'Azure built-in roles' },
        write: { role: 'Cognitive Services User', basis: 'Azure built-in roles' },
        purpose: ['Analyze content', 'Analyze content'],
        identityWrites: 'never',
      },
    },
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
    traits: {
      selfHostedModel: true,
      openModel: true,
      vmSize: true,
      offerVariesByRegion: true,
      sla: true,
      identityCaller: true,
      billed: true,
      perRequestCall: true,
    },
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
    traits: {
      selfHostedModel: true,
      openModel: true,
      vmSize: true,
      offerVariesByRegion: true,
      sla: true,
      identityCaller: true,
      billed: true,
      perRequestCall: true,
    },
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
    traits: { vmSize: true, offerVariesByRegion: true, identityCaller: true, billed: true },
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
    traits: {
      sla: true,
      billed: true,
      perRequestCall: true,
      keyAuthSetting: 'sharedKeyAccess',
      recoveryRow: 'Model weights (Blob)',
      dataRole: {
        read: { role: 'Storage Blob Data Reader', basis: 'seed 9.13' },
        write: { role: 'Storage Blob Data Contributor', basis: 'Azure built-in roles' },
        purpose: ['Read documents', 'Write blobs'],
        identityWrites: 'data-edge',
      },
    },
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
    traits: {
      sla: true,
      billed: true,
      perRequestCall: true,
      keyAuthSetting: 'localAuth',
      recoveryRow: 'Cosmos DB (vector store)',
      dataRole: {
        read: { role: 'Cosmos DB Built-in Data Reader', basis: 'Cosmos DB data-plane RBAC' },
        write: { role: 'Cosmos DB Built-in Data Contributor', basis: 'Cosmos DB data-plane RBAC' },
        purpose: ['Read items', 'Read and write items'],
        identityWrites: 'data-edge',
      },
    },
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
    traits: { sla: true, semanticCache: true, billed: true, perRequestCall: true, keyAuthSetting: 'accessKeys' },
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
    traits: {
      sla: true,
      billed: true,
      dataRole: {
        read: { role: 'Cognitive Services User', basis: 'Azure built-in roles' },
        write: { role: 'Cognitive Services User', basis: 'Azure built-in roles' },
        purpose: ['Analyze documents', 'Analyze documents'],
        identityWrites: 'never',
      },
    },
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
    traits: {
      billed: true,
      perRequestCall: true,
      dataRole: {
        read: { role: 'EventGrid Data Sender', basis: 'Azure built-in roles' },
        write: { role: 'EventGrid Data Sender', basis: 'Azure built-in roles' },
        purpose: ['Publish events', 'Publish events'],
        identityWrites: 'never',
      },
    },
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
    traits: {
      billed: true,
      perRequestCall: true,
      dataRole: {
        read: { role: 'Azure Service Bus Data Receiver', basis: 'Azure built-in roles' },
        write: { role: 'Azure Service Bus Data Sender', basis: 'Azure built-in roles' },
        purpose: ['Receive messages', 'Send messages'],
        identityWrites: 'always',
      },
    },
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
    traits: {
      billed: true,
      perRequestCall: true,
      dataRole: {
        read: { role: 'Storage Queue Data Message Processor', basis: 'Azure built-in roles' },
        write: { role: 'Storage Queue Data Message Sender', basis: 'Azure built-in roles' },
        purpose: ['Process messages', 'Send messages'],
        identityWrites: 'always',
      },
    },
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
    traits: { billed: true },
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
    traits: { billed: true },
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
    traits: {
      sla: true,
      billed: true,
      dataRole: {
        read: { role: 'Key Vault Secrets User', basis: 'Azure built-in roles' },
        write: { role: 'Key Vault Secrets User', basis: 'Azure built-in roles' },
        purpose: ['Read secrets', 'Read secrets'],
        identityWrites: 'never',
      },
    },
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
    traits: { sla: true },
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
    traits: { container: true, containerDepth: 1 },
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
    traits: { container: true, containerDepth: 2 },
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
    traits: { container: true, containerDepth: 3 },
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
    traits: { billed: true },
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
    traits: { billed: true },
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
    traits: { sla: true, billed: true },
  },
} as const satisfies Record<ComponentKind, ComponentRow>;

/** Every kind with its traits filled in (a trait a row leaves out is false / null). */
export const COMPONENTS: Readonly<Record<ComponentKind, ComponentInfo>> = Object.fromEntries(
  COMPONENT_KINDS.map((k): [ComponentKind, ComponentInfo] => [k, { ...ROWS[k], traits: { ...NO_TRAITS, ...ROWS[k].traits } }]),
) as Record<ComponentKind, ComponentInfo>;

/** The kinds whose row sets a yes/no trait, as a type: `KindWith<'selfHostedModel'>` = 'gpu-vm' | 'aks-gpu-pool' | 'ml-online-endpoint'. */
export type KindWith<T extends BooleanTrait> = {
  [K in ComponentKind]: (typeof ROWS)[K]['traits'] extends { readonly [P in T]: true } ? K : never;
}[ComponentKind];

/** Whether a kind has a yes/no trait, narrowing the kind. */
export const kindHas = <T extends BooleanTrait>(kind: ComponentKind, trait: T): kind is KindWith<T> => COMPONENTS[kind].traits[trait];

/** Whether a node's kind has a yes/no trait, narrowing the node (and so its settings) to those kinds. */
export const nodeHas = <T extends BooleanTrait, N extends { kind: ComponentKind }>(
  node: N,
  trait: T,
): node is Extract<N, { kind: KindWith<T> }> => COMPONENTS[node.kind].traits[trait];

/** The kinds with a yes/no trait, in catalog order. */
export const kindsWith = <T extends BooleanTrait>(trait: T): KindWith<T>[] =>
  COMPONENT_KINDS.filter((k): k is KindWith<T> => kindHas(k, trait));

/** Containers that hold other nodes on the canvas. */
export type GroupKind = KindWith<'container'>;
export const GROUP_KINDS: readonly GroupKind[] = kindsWith('container');
export const isGroupKind = (kind: ComponentKind): kind is GroupKind => kindHas(kind, 'container');

/** Whether a string from outside (a file, a drag and drop) names a component kind. Own keys only: never `constructor` or `__proto__`. */
export const isComponentKind = (value: unknown): value is ComponentKind => typeof value === 'string' && Object.hasOwn(ROWS, value);

/** The component for a kind named by a string from outside, or undefined when it is not a kind. */
export const getComponent = (kind: string): ComponentInfo | undefined => (isComponentKind(kind) ? COMPONENTS[kind] : undefined);

/** What a kind's role implies (sends requests onwards, can be called). */
export const roleTraitsOf = (kind: ComponentKind): RoleTraits => ROLE_TRAITS[COMPONENTS[kind].role];

export const componentsByLayer = (): { layer: Layer; components: ComponentInfo[] }[] =>
  LAYERS.map((layer) => ({ layer, components: COMPONENT_KINDS.map((k) => COMPONENTS[k]).filter((c) => c.layer === layer) }));
