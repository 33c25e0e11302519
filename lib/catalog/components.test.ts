/**
 * The kind traits the calculations ask, written out kind by kind so a change to the component table is
 * a deliberate one. Sources: the seed's component tables (9.2 self-hosting, 9.5 hosting options, 9.8/9.9
 * HA and PTU, 9.12/9.13 security and RBAC) and the catalog's SLA rows (facts §4.1).
 */
import { describe, expect, it } from 'vitest';
import {
  COMPONENT_KINDS,
  COMPONENTS,
  GROUP_KINDS,
  getComponent,
  isComponentKind,
  isGroupKind,
  kindHas,
  kindsWith,
  nodeHas,
  ROLE_TRAITS,
  roleTraitsOf,
  type BooleanTrait,
} from './components';

const EXPECTED: Record<BooleanTrait, string[]> = {
  selfHostedModel: ['ml-online-endpoint', 'gpu-vm', 'aks-gpu-pool'],
  openModel: ['foundry-serverless', 'ml-online-endpoint', 'gpu-vm', 'aks-gpu-pool'],
  vmSize: ['ml-online-endpoint', 'gpu-vm', 'aks-gpu-pool', 'training-job'],
  offerVariesByRegion: ['azure-openai', 'foundry-serverless', 'ml-online-endpoint', 'gpu-vm', 'aks-gpu-pool', 'training-job'],
  provisionedThroughput: ['azure-openai'],
  tokenBilled: ['azure-openai', 'foundry-serverless'],
  sla: [
    'front-door',
    'app-service',
    'functions',
    'container-apps',
    'apim',
    'azure-openai',
    'ai-search',
    'content-safety',
    'gpu-vm',
    'aks-gpu-pool',
    'blob-storage',
    'cosmos-db',
    'redis',
    'document-intelligence',
    'key-vault',
    'entra-id',
    'private-dns',
  ],
  billed: COMPONENT_KINDS.filter((k) => !['client', 'ai-foundry', 'entra-id', 'region', 'vnet', 'subnet'].includes(k)),
  identityCaller: [
    'app-service',
    'functions',
    'container-apps',
    'apim',
    'ai-foundry',
    'ml-online-endpoint',
    'ai-search',
    'gpu-vm',
    'aks-gpu-pool',
    'training-job',
  ],
  perRequestCall: COMPONENT_KINDS.filter(
    (k) =>
      (COMPONENTS[k].role !== 'support' && COMPONENTS[k].role !== 'client' && COMPONENTS[k].role !== 'group') || k === 'content-safety',
  ),
  semanticCache: ['apim', 'redis'],
  container: ['region', 'vnet', 'subnet'],
};

describe('kind traits in the component table', () => {
  it.each(Object.keys(EXPECTED) as BooleanTrait[])('%s', (trait) => {
    expect(kindsWith(trait)).toEqual(COMPONENT_KINDS.filter((k) => EXPECTED[trait].includes(k)));
    for (const k of COMPONENT_KINDS) expect(kindHas(k, trait), `${k}.${trait}`).toBe(EXPECTED[trait].includes(k));
  });

  it('containers: region ⊃ VNET ⊃ subnet by depth; GROUP_KINDS and isGroupKind follow the trait', () => {
    expect(GROUP_KINDS).toEqual(['region', 'vnet', 'subnet']);
    expect(GROUP_KINDS.map((k) => COMPONENTS[k].traits.containerDepth)).toEqual([1, 2, 3]);
    for (const k of COMPONENT_KINDS) {
      expect(isGroupKind(k)).toBe(COMPONENTS[k].traits.containerDepth !== null);
      expect(COMPONENTS[k].role === 'group').toBe(isGroupKind(k));
    }
  });

  it('key authentication settings and store recovery rows (seed 9.12, 9.9)', () => {
    const keyAuth = Object.fromEntries(
      COMPONENT_KINDS.flatMap((k) => (COMPONENTS[k].traits.keyAuthSetting ? [[k, COMPONENTS[k].traits.keyAuthSetting]] : [])),
    );
    expect(keyAuth).toEqual({
      'azure-openai': 'localAuth',
      'blob-storage': 'sharedKeyAccess',
      'cosmos-db': 'localAuth',
      redis: 'accessKeys',
    });
    const recovery = Object.fromEntries(
      COMPONENT_KINDS.flatMap((k) => (COMPONENTS[k].traits.recoveryRow ? [[k, COMPONENTS[k].traits.recoveryRow]] : [])),
    );
    expect(recovery).toEqual({
      'azure-openai': 'Azure OpenAI',
      'ai-search': 'Azure AI Search',
      'blob-storage': 'Model weights (Blob)',
      'cosmos-db': 'Cosmos DB (vector store)',
    });
  });

  it('data-plane roles: the seed 9.13 RBAC table for OpenAI, AI Search and Blob reads', () => {
    expect(COMPONENTS['azure-openai'].traits.dataRole?.read.role).toBe('Cognitive Services OpenAI User');
    expect(COMPONENTS['ai-search'].traits.dataRole?.read.role).toBe('Search Index Data Reader');
    expect(COMPONENTS['ai-search'].traits.dataRole?.write.role).toBe('Search Index Data Contributor');
    expect(COMPONENTS['blob-storage'].traits.dataRole?.read).toEqual({ role: 'Storage Blob Data Reader', basis: 'seed 9.13' });
    expect(COMPONENTS['service-bus'].traits.dataRole?.identityWrites).toBe('always');
    expect(COMPONENTS['cosmos-db'].traits.dataRole?.identityWrites).toBe('data-edge');
    // Only kinds with a data plane have a role; callers and containers have none.
    for (const k of ['client', 'app-service', 'apim', 'gpu-vm', 'region'] as const) expect(COMPONENTS[k].traits.dataRole).toBeNull();
  });

  it('role traits: Users, edge, app and gateway send requests; Users and containers cannot be called; apps and models are the workload', () => {
    expect(
      Object.entries(ROLE_TRAITS)
        .filter(([, t]) => t.sendsRequests)
        .map(([r]) => r),
    ).toEqual(['client', 'edge', 'app', 'gateway']);
    expect(
      Object.entries(ROLE_TRAITS)
        .filter(([, t]) => !t.callable)
        .map(([r]) => r),
    ).toEqual(['client', 'group']);
    expect(
      Object.entries(ROLE_TRAITS)
        .filter(([, t]) => t.workload)
        .map(([r]) => r),
    ).toEqual(['app', 'model']);
    expect(roleTraitsOf('apim').sendsRequests).toBe(true);
    expect(roleTraitsOf('redis').sendsRequests).toBe(false);
  });

  it('nodeHas narrows a node to the kinds with the trait', () => {
    const node = { kind: 'redis' as const, config: { semanticCache: true } } as
      { kind: 'redis'; config: { semanticCache: boolean } } | { kind: 'client'; config: Record<string, never> };
    expect(nodeHas(node, 'semanticCache') && node.config.semanticCache).toBe(true);
  });

  it('kinds named by strings from outside: own keys only', () => {
    expect(isComponentKind('gpu-vm')).toBe(true);
    for (const s of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'GPU-VM', 42, null])
      expect(isComponentKind(s)).toBe(false);
    expect(getComponent('toString')).toBeUndefined();
    expect(getComponent('redis')?.name).toBe('Azure Cache for Redis');
  });
});
