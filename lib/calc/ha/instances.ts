/**
 * How many instances serve a node, where one failing instance takes it down, and the fix that adds
 * redundancy: the inputs of the single-point-of-failure finding (seed 9.8, 9.9).
 */
import type { DesignNode } from '../../design/schema';
import type { Fix } from '../types';

/** How many instances serve a node, where one failing instance takes it down; null = managed / not applicable. */
export function instanceCount(n: DesignNode): number | null {
  switch (n.kind) {
    case 'app-service':
      return n.config.instances;
    case 'container-apps':
      return n.config.replicas;
    case 'gpu-vm':
      return n.config.count;
    case 'aks-gpu-pool':
      return n.config.minNodes;
    case 'ml-online-endpoint':
      return n.config.instances;
    case 'ai-search':
      return n.config.replicas;
    case 'redis':
      return n.config.tier === 'basic' ? 1 : null;
    case 'apim':
      return n.config.tier === 'developer' ? 1 : null;
    // Managed by Azure (zone or platform redundancy), or not a running service.
    case 'client':
    case 'front-door':
    case 'functions':
    case 'azure-openai':
    case 'foundry-serverless':
    case 'ai-foundry':
    case 'content-safety':
    case 'training-job':
    case 'blob-storage':
    case 'cosmos-db':
    case 'document-intelligence':
    case 'event-grid':
    case 'service-bus':
    case 'storage-queue':
    case 'monitor':
    case 'app-insights':
    case 'key-vault':
    case 'entra-id':
    case 'region':
    case 'vnet':
    case 'subnet':
    case 'firewall':
    case 'ddos-protection':
    case 'private-dns':
      return null;
  }
}

/** The fix for a single point of failure: a second instance (across zones where the kind has them). */
export function fixForSpof(n: DesignNode): Fix[] {
  switch (n.kind) {
    case 'app-service':
      return [{ description: 'Run 2 or more instances (zone redundant for 99.99%).', patch: { nodeId: n.id, config: { instances: 2 } } }];
    case 'container-apps':
      return [{ description: 'Keep at least 2 replicas.', patch: { nodeId: n.id, config: { replicas: 2 } } }];
    case 'gpu-vm':
      return [{ description: 'Run 2 VMs across availability zones (99.99%).', patch: { nodeId: n.id, config: { count: 2, zones: true } } }];
    case 'aks-gpu-pool':
      return [
        {
          description: 'Keep at least 2 nodes, across zones.',
          patch: { nodeId: n.id, config: { minNodes: 2, maxNodes: Math.max(2, n.config.maxNodes), zones: true } },
        },
      ];
    case 'ml-online-endpoint':
      return [{ description: 'Run 2 or more instances.', patch: { nodeId: n.id, config: { instances: 2 } } }];
    case 'ai-search':
      return [{ description: 'Use 3 replicas.', patch: { nodeId: n.id, config: { replicas: 3 } } }];
    case 'redis':
      return [{ description: 'Use the Standard tier (replicated).', patch: { nodeId: n.id, config: { tier: 'standard' } } }];
    case 'apim':
      return [{ description: 'Use the Standard tier.', patch: { nodeId: n.id, config: { tier: 'standard' } } }];
    // instanceCount is null for these: never a single point of failure by instance count.
    case 'client':
    case 'front-door':
    case 'functions':
    case 'azure-openai':
    case 'foundry-serverless':
    case 'ai-foundry':
    case 'content-safety':
    case 'training-job':
    case 'blob-storage':
    case 'cosmos-db':
    case 'document-intelligence':
    case 'event-grid':
    case 'service-bus':
    case 'storage-queue':
    case 'monitor':
    case 'app-insights':
    case 'key-vault':
    case 'entra-id':
    case 'region':
    case 'vnet':
    case 'subnet':
    case 'firewall':
    case 'ddos-protection':
    case 'private-dns':
      return [];
  }
}
