/**
 * The private DNS zones a private endpoint of each service needs, as Microsoft names them in "Azure
 * Private Endpoint private DNS zone values" (learn.microsoft.com/azure/private-link/private-endpoint-dns,
 * table "Azure services DNS zone configuration", commercial cloud). A zone with `{regionName}` is
 * per region; `zonesFor` fills it in.
 */
import type { ComponentKind } from '../catalog/components';
import type { DesignNode } from '../design/schema';

export const PRIVATE_DNS_SOURCE = 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns';
export const PRIVATE_DNS_AS_OF = '2026-07-16';

export interface PrivateEndpointTarget {
  /** The Azure resource type and the private-link sub-resource (group id) the endpoint connects to. */
  resourceType: string;
  subresource: string;
  zones: readonly string[];
}

const cognitive = (zones: readonly string[]): PrivateEndpointTarget => ({
  resourceType: 'Microsoft.CognitiveServices/accounts',
  subresource: 'account',
  zones,
});
const amlWorkspace: PrivateEndpointTarget = {
  resourceType: 'Microsoft.MachineLearningServices/workspaces',
  subresource: 'amlworkspace',
  zones: ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'],
};

/** By component kind; kinds without private endpoints are absent. */
export const PRIVATE_ENDPOINT_TARGETS: Partial<Record<ComponentKind, PrivateEndpointTarget>> = {
  'azure-openai': cognitive(['privatelink.openai.azure.com', 'privatelink.cognitiveservices.azure.com']),
  'content-safety': cognitive(['privatelink.cognitiveservices.azure.com']),
  'document-intelligence': cognitive(['privatelink.cognitiveservices.azure.com']),
  'ai-foundry': amlWorkspace,
  'foundry-serverless': amlWorkspace,
  'ml-online-endpoint': amlWorkspace,
  'ai-search': { resourceType: 'Microsoft.Search/searchServices', subresource: 'searchService', zones: ['privatelink.search.windows.net'] },
  'key-vault': { resourceType: 'Microsoft.KeyVault/vaults', subresource: 'vault', zones: ['privatelink.vaultcore.azure.net'] },
  'cosmos-db': { resourceType: 'Microsoft.DocumentDB/databaseAccounts', subresource: 'Sql', zones: ['privatelink.documents.azure.com'] },
  'blob-storage': { resourceType: 'Microsoft.Storage/storageAccounts', subresource: 'blob', zones: ['privatelink.blob.core.windows.net'] },
  'storage-queue': {
    resourceType: 'Microsoft.Storage/storageAccounts',
    subresource: 'queue',
    zones: ['privatelink.queue.core.windows.net'],
  },
  apim: { resourceType: 'Microsoft.ApiManagement/service', subresource: 'Gateway', zones: ['privatelink.azure-api.net'] },
  'app-service': { resourceType: 'Microsoft.Web/sites', subresource: 'sites', zones: ['privatelink.azurewebsites.net'] },
  functions: { resourceType: 'Microsoft.Web/sites', subresource: 'sites', zones: ['privatelink.azurewebsites.net'] },
  'container-apps': {
    resourceType: 'Microsoft.App/managedEnvironments',
    subresource: 'managedEnvironments',
    zones: ['privatelink.{regionName}.azurecontainerapps.io'],
  },
  'service-bus': {
    resourceType: 'Microsoft.ServiceBus/namespaces',
    subresource: 'namespace',
    zones: ['privatelink.servicebus.windows.net'],
  },
  'event-grid': { resourceType: 'Microsoft.EventGrid/topics', subresource: 'topic', zones: ['privatelink.eventgrid.azure.net'] },
  redis: { resourceType: 'Microsoft.Cache/Redis', subresource: 'redisCache', zones: ['privatelink.redis.cache.windows.net'] },
};

const REDIS_ENTERPRISE: PrivateEndpointTarget = {
  resourceType: 'Microsoft.Cache/redisEnterprise',
  subresource: 'redisEnterprise',
  zones: ['privatelink.redisenterprise.cache.azure.net'],
};

/** The private endpoint target of a node (Redis Enterprise differs from the other Redis tiers), or null. */
export function privateEndpointTarget(node: DesignNode): PrivateEndpointTarget | null {
  if (node.kind === 'redis' && node.config.tier === 'enterprise') return REDIS_ENTERPRISE;
  return PRIVATE_ENDPOINT_TARGETS[node.kind] ?? null;
}

/** The zones with `{regionName}` filled in; null region leaves the placeholder for the user to fill. */
export function zonesFor(target: PrivateEndpointTarget, region: string | null): string[] {
  return target.zones.map((z) => (region ? z.replace('{regionName}', region) : z));
}
