/**
 * The SLA of each node, from its settings: which catalog SLA row applies to a node's configuration
 * (kinds with the `sla` trait; the others have no figure).
 */
import { COMPONENTS, nodeHas } from '../../catalog/components';
import { getSla } from '../../catalog/index';
import type { DesignNode } from '../../design/schema';

export interface NodeSla {
  slaId: string | null;
  availability: number | null;
  note: string;
}

/**
 * The catalog SLA row that applies to a node's configuration. `access` picks the read or write figure
 * where they differ (Cosmos DB, Storage, AI Search with 2 replicas covering queries only).
 */
export function slaForNode(n: DesignNode, access: 'read' | 'write' = 'read'): NodeSla {
  if (!nodeHas(n, 'sla')) return { slaId: null, availability: null, note: `no SLA figure for ${COMPONENTS[n.kind].name} in the catalog` };
  let id: string | null = null;
  let note = '';
  switch (n.kind) {
    case 'front-door':
      id = 'front-door';
      break;
    case 'app-service':
      if (n.config.plan === 'free') return { slaId: null, availability: null, note: 'Free plan: no SLA' };
      id = n.config.zoneRedundant ? 'app-service-zone-redundant' : 'app-service';
      break;
    case 'functions':
      id = 'functions';
      break;
    case 'container-apps':
      id = 'container-apps';
      break;
    case 'apim':
      id = n.config.tier === 'premium' && n.config.regions > 1 ? 'apim-premium-multi-region' : `apim-${n.config.tier}`;
      break;
    case 'azure-openai':
      id = 'aoai';
      break;
    case 'content-safety':
    case 'document-intelligence':
      id = 'aoai';
      note = 'the Cognitive Services / Foundry account figure';
      break;
    case 'ai-search':
      if (n.config.tier === 'free' || n.config.replicas < 2) id = 'ai-search-1-replica';
      else if (n.config.replicas === 2) {
        if (access === 'write')
          return { slaId: 'ai-search-2-replicas', availability: null, note: '2 replicas: the SLA covers queries only, not indexing' };
        id = 'ai-search-2-replicas';
      } else id = 'ai-search-3-replicas';
      break;
    case 'gpu-vm':
      if (n.config.count >= 2 && n.config.zones) id = 'vm-multi-zone';
      else if (n.config.count >= 2) {
        id = 'vm-availability-set';
        note = 'assumes the VMs share an availability set or scale set';
      } else {
        id = 'vm-single-premium';
        note = 'assumes Premium SSD disks';
      }
      break;
    case 'aks-gpu-pool':
      id = n.config.clusterTier === 'free' ? 'aks-free' : n.config.zones ? 'aks-standard-az' : 'aks-standard';
      note = 'the AKS API server SLA; node VMs are covered separately';
      break;
    case 'cosmos-db': {
      const multi = n.config.regions > 1;
      id =
        multi && n.config.multiRegionWrites
          ? 'cosmos-multi-region-writes'
          : `cosmos-${multi ? 'multi' : 'single'}-region${n.config.zoneRedundant ? '-az' : ''}`;
      break;
    }
    case 'redis':
      if (n.config.tier === 'basic') id = 'redis-basic';
      else if (n.config.tier === 'standard') id = 'redis-standard';
      else if (n.config.tier === 'premium') {
        id = n.config.zoneRedundant ? 'redis-premium-zr' : 'redis-standard';
        if (!n.config.zoneRedundant) note = 'Premium without zone redundancy: the replicated (Standard) figure';
      } else if (n.config.zoneRedundant) id = 'redis-enterprise-zr';
      else return { slaId: null, availability: null, note: 'Enterprise without zone redundancy: no figure in the catalog' };
      break;
    case 'blob-storage': {
      const r = n.config.redundancy;
      if (n.config.accessTier === 'cool') id = 'storage-cool';
      else if (r === 'ra-grs' || r === 'ra-gzrs') id = 'storage-ra-grs-hot';
      else if (r === 'gzrs') {
        id = 'storage-grs-hot';
        note = 'GZRS: the GRS figure';
      } else id = `storage-${r}-hot`;
      break;
    }
    case 'key-vault':
      id = 'key-vault';
      break;
    case 'entra-id':
      id = 'entra-id';
      break;
    case 'private-dns':
      id = 'private-dns';
      break;
  }
  const sla = getSla(id);
  if (!sla) return { slaId: null, availability: null, note: `SLA "${id}" not in the catalog` };
  const availability = access === 'read' ? (sla.readAvailability ?? sla.availability) : sla.availability;
  return { slaId: sla.id, availability, note: note || `${sla.service}: ${sla.configuration}` };
}
