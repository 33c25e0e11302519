/** Cost lines of the platform services: search, gateway, cache, app hosting, data, monitoring, networking. */
import { nodeHas, type KindWith } from '../../catalog/components';
import type { DesignNode, NodeOfKind } from '../../design/schema';
import { formatCount } from '../../format';
import {
  CONTENT_SAFETY_PRICE_ID,
  DOC_INTEL_PRICE_ID,
  LOG_INGESTION_PRICE_ID,
  appServicePriceId,
  blobPriceId,
  cosmosRuPriceId,
  functionsPriceId,
  redisPriceId,
} from '../prices';
import { DAYS_PER_MONTH, HOURS_PER_MONTH } from '../units';
import { CHARS_PER_TOKEN_ASSUMPTION, COSMOS_AUTOSCALE_MIN_FRACTION, COSMOS_AUTOSCALE_RATE_MULTIPLIER } from './assumptions';
import { addLine, serviceLine, type CostCtx } from './lines';
import { scenarioRequestsPerMonth } from './traffic';

/** The kinds whose cost is a platform service's (not a model deployment's, a GPU deployment's or a training job's). */
export type ServiceNode = Exclude<DesignNode, NodeOfKind<KindWith<'selfHostedModel'> | KindWith<'tokenBilled'> | 'training-job'>>;

export function serviceLines(ctx: CostCtx, node: ServiceNode): void {
  // Users, containers, Entra ID and the AI Foundry hub have no charge of their own.
  if (!nodeHas(node, 'billed')) return;
  const s = ctx.scenario;
  const requests = scenarioRequestsPerMonth(s);
  switch (node.kind) {
    case 'ai-search': {
      const c = node.config;
      const units = c.replicas * c.partitions;
      if (c.tier === 'free') {
        addLine(ctx, node, {
          suffix: 'search-units',
          meter: 'service-capacity',
          item: 'AI Search Free tier',
          quantity: 1,
          unit: 'service',
          priceId: null,
          price: { usd: 0, source: 'free tier', asOf: null, overridden: false },
          note: 'The Free tier has no charge (and no SLA).',
        });
        return;
      }
      serviceLine(ctx, node, {
        suffix: 'search-units',
        meter: 'service-capacity',
        item: `AI Search ${c.tier.toUpperCase()} — ${c.replicas} replica${c.replicas === 1 ? '' : 's'} × ${c.partitions} partition${c.partitions === 1 ? '' : 's'}`,
        quantity: units,
        unit: 'search unit',
        priceId: `ai-search:${c.tier}`,
        expectedUnit: 'hour',
        note: `Search units = replicas × partitions = ${c.replicas} × ${c.partitions} = ${units} (seed 9.8).${c.semanticRanker ? ' Semantic ranker queries beyond the free allowance are billed on top (not modelled).' : ''}`,
      });
      return;
    }
    case 'apim': {
      const c = node.config;
      if (c.tier === 'consumption') {
        serviceLine(ctx, node, {
          suffix: 'calls',
          meter: 'service-usage',
          item: 'API Management Consumption — calls',
          quantity: requests / 1e6,
          unit: 'million calls',
          priceId: 'apim:consumption',
          expectedUnit: 'usage',
          note: 'One gateway call per scenario request (assumption).',
        });
        return;
      }
      const regions = c.tier === 'premium' ? c.regions : 1;
      serviceLine(ctx, node, {
        suffix: 'units',
        meter: 'service-capacity',
        item: `API Management ${c.tier} — ${c.units} unit${c.units === 1 ? '' : 's'}${regions > 1 ? ` × ${regions} regions` : ''}`,
        quantity: c.units * regions,
        unit: 'unit',
        priceId: `apim:${c.tier}`,
        expectedUnit: 'hour',
        note:
          c.tier === 'premium' && regions > 1
            ? `Premium multi-region: each of the ${regions} regions runs ${c.units} unit${c.units === 1 ? '' : 's'} (assumption: same in every region).`
            : undefined,
      });
      return;
    }
    case 'redis': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'cache',
        meter: 'service-capacity',
        item: `Azure Cache for Redis ${c.tier} ${c.size.toUpperCase()}`,
        quantity: 1,
        unit: 'cache',
        priceId: redisPriceId(c.tier, c.size),
        expectedUnit: 'hour',
      });
      return;
    }
    case 'app-service': {
      const c = node.config;
      const id = appServicePriceId(c.plan);
      if (id === null) {
        addLine(ctx, node, {
          suffix: 'plan',
          meter: 'service-capacity',
          item: 'App Service Free plan',
          quantity: 1,
          unit: 'plan',
          priceId: null,
          price: { usd: 0, source: 'free tier', asOf: null, overridden: false },
          note: 'The Free plan has no charge.',
        });
        return;
      }
      serviceLine(ctx, node, {
        suffix: 'plan',
        meter: 'service-capacity',
        item: `App Service ${c.plan} (Linux) — ${c.instances} instance${c.instances === 1 ? '' : 's'}`,
        quantity: c.instances,
        unit: 'instance',
        priceId: id,
        expectedUnit: 'hour',
        note: 'Linux plan assumed.',
      });
      return;
    }
    case 'functions': {
      const c = node.config;
      const id = functionsPriceId(c.plan);
      if (id === null) return; // dedicated: billed through its App Service plan
      if (c.plan === 'consumption' || c.plan === 'flex-consumption')
        serviceLine(ctx, node, {
          suffix: 'executions',
          meter: 'service-usage',
          item: `Functions ${c.plan} — executions`,
          quantity: requests / 1e6,
          unit: 'million executions',
          priceId: id,
          expectedUnit: 'usage',
          note: 'One execution per scenario request (assumption); the execution-time (GB-s) meter is not modelled.',
        });
      else
        serviceLine(ctx, node, {
          suffix: 'instances',
          meter: 'service-capacity',
          item: `Functions ${c.plan} — instances`,
          quantity: Math.max(1, c.instances),
          unit: 'instance',
          priceId: id,
          expectedUnit: 'hour',
          note: 'At least one instance is always billed on Elastic Premium.',
        });
      return;
    }
    case 'container-apps': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'replicas',
        meter: 'service-capacity',
        item: `Container Apps${c.gpu !== 'none' ? ` serverless GPU (${c.gpu.toUpperCase()})` : ''} — ${c.replicas} minimum replica${c.replicas === 1 ? '' : 's'}`,
        quantity: c.replicas,
        unit: 'replica',
        priceId: `container-apps:${c.gpu === 'none' ? 'replica' : `gpu-${c.gpu}`}`,
        expectedUnit: 'hour',
        note: 'Billed per vCPU-second, GiB-second (and GPU-second); modelled as always-on minimum replicas.',
      });
      return;
    }
    case 'cosmos-db': {
      const c = node.config;
      if (c.capacityMode === 'serverless') {
        serviceLine(ctx, node, {
          suffix: 'ru',
          meter: 'service-usage',
          item: 'Cosmos DB serverless — request units consumed',
          quantity: 0,
          unit: 'million RU',
          priceId: 'cosmos:serverless-1m-ru',
          expectedUnit: 'usage',
          quantityUnknown: true,
          note: 'Usage-based: request units consumed are not modelled.',
        });
      } else {
        const hundreds = c.throughputRu / 100;
        const autoscale = c.capacityMode === 'autoscale';
        const hours = autoscale ? ctx.activeHours + COSMOS_AUTOSCALE_MIN_FRACTION * (HOURS_PER_MONTH - ctx.activeHours) : HOURS_PER_MONTH;
        serviceLine(ctx, node, {
          suffix: 'ru',
          meter: 'service-capacity',
          item: `Cosmos DB ${autoscale ? 'autoscale (max ' : 'provisioned ('}${formatCount(c.throughputRu, 0)} RU/s) × ${c.regions} region${c.regions === 1 ? '' : 's'}`,
          quantity: hundreds * c.regions,
          unit: '100 RU/s',
          priceId: cosmosRuPriceId(c.zoneRedundant),
          priceFactor: autoscale ? COSMOS_AUTOSCALE_RATE_MULTIPLIER : 1,
          expectedUnit: 'hour',
          hours,
          note:
            [
              autoscale
                ? `Autoscale: 1.5 × the manual rate per 100 RU/s, at the maximum during ${formatCount(ctx.activeHours)} active hours and at the 10% floor otherwise (Microsoft Learn: Cosmos DB autoscale FAQ).`
                : undefined,
              c.regions > 1 ? 'Throughput is billed in every region.' : undefined,
              c.multiRegionWrites ? 'Multi-region writes are billed at a higher rate (not in the catalog): a lower bound.' : undefined,
            ]
              .filter(Boolean)
              .join(' ') || undefined,
        });
      }
      serviceLine(ctx, node, {
        suffix: 'storage',
        meter: 'storage',
        item: `Cosmos DB storage — ${formatCount(c.storageGB)} GB × ${c.regions} region${c.regions === 1 ? '' : 's'}`,
        quantity: c.storageGB * c.regions,
        unit: 'GB-month',
        priceId: 'cosmos:storage-gb',
        expectedUnit: 'usage',
      });
      return;
    }
    case 'blob-storage': {
      const c = node.config;
      serviceLine(ctx, node, {
        suffix: 'capacity',
        meter: 'storage',
        item: `Blob Storage ${c.accessTier} ${c.redundancy.toUpperCase()} — ${formatCount(c.capacityGB)} GB`,
        quantity: c.capacityGB,
        unit: 'GB-month',
        priceId: blobPriceId(c.accessTier, c.redundancy),
        expectedUnit: 'usage',
        note: 'Capacity only; transactions and egress not modelled.',
      });
      return;
    }
    case 'monitor':
    case 'app-insights': {
      const gbDay = node.config.ingestionGBPerDay;
      serviceLine(ctx, node, {
        suffix: 'ingestion',
        meter: 'service-usage',
        item: `${node.kind === 'monitor' ? 'Log Analytics' : 'Application Insights (workspace-based)'} ingestion — ${formatCount(gbDay)} GB/day`,
        quantity: gbDay * DAYS_PER_MONTH,
        unit: 'GB',
        priceId: LOG_INGESTION_PRICE_ID,
        expectedUnit: 'usage',
        note: `${formatCount(gbDay)} GB/day × ${formatCount(DAYS_PER_MONTH)} days; free allowance and retention beyond the included period not modelled.`,
      });
      return;
    }
    case 'document-intelligence':
      serviceLine(ctx, node, {
        suffix: 'pages',
        meter: 'service-usage',
        item: 'Document Intelligence — prebuilt layout pages',
        quantity: node.config.pagesPerMonth / 1000,
        unit: '1,000 pages',
        priceId: DOC_INTEL_PRICE_ID,
        expectedUnit: 'usage',
        note: 'Layout model assumed (the Read model is cheaper: doc-intel:read).',
      });
      return;
    case 'content-safety': {
      // The user prompt (one record; retrieved context is not screened) and the completion.
      const recordsPerRequest = 1 + Math.ceil((s.outputTokensPerRequest * CHARS_PER_TOKEN_ASSUMPTION) / 1000);
      serviceLine(ctx, node, {
        suffix: 'records',
        meter: 'service-usage',
        item: 'AI Content Safety — text records',
        quantity: (requests * recordsPerRequest) / 1e6,
        unit: 'million text records',
        priceId: CONTENT_SAFETY_PRICE_ID,
        expectedUnit: 'usage',
        note: `${recordsPerRequest} text records (≤ 1,000 characters each) per request: the user prompt (1, assumption: retrieved context is not screened) and the completion at ~${CHARS_PER_TOKEN_ASSUMPTION} characters per token (assumption).`,
      });
      return;
    }
    case 'front-door':
      serviceLine(ctx, node, {
        suffix: 'base',
        meter: 'service-capacity',
        item: `Front Door ${node.config.tier} base fee`,
        quantity: 1,
        unit: 'profile',
        priceId: `front-door:${node.config.tier}-base`,
        expectedUnit: 'month',
        region: null,
        note: 'Requests and data transfer are billed on top (not modelled).',
      });
      return;
    case 'firewall':
      serviceLine(ctx, node, {
        suffix: 'deployment',
        meter: 'service-capacity',
        item: `Azure Firewall ${node.config.tier} deployment`,
        quantity: 1,
        unit: 'firewall',
        priceId: `firewall:${node.config.tier}`,
        expectedUnit: 'hour',
        note: 'Data processed is billed on top.',
      });
      return;
    case 'ddos-protection':
      serviceLine(ctx, node, {
        suffix: 'plan',
        meter: 'service-capacity',
        item: 'DDoS Network Protection plan',
        quantity: 1,
        unit: 'plan',
        priceId: 'ddos-protection:network',
        expectedUnit: 'month',
      });
      return;
    case 'private-dns':
      serviceLine(ctx, node, {
        suffix: 'zone',
        meter: 'service-capacity',
        item: `Private DNS zone ${node.config.zone}`,
        quantity: 1,
        unit: 'zone',
        priceId: 'private-dns:zone',
        expectedUnit: 'month',
        region: null,
      });
      return;
    case 'service-bus': {
      const t = node.config.tier;
      if (t === 'basic')
        serviceLine(ctx, node, {
          suffix: 'operations',
          meter: 'service-usage',
          item: 'Service Bus Basic — operations',
          quantity: 0,
          unit: 'million operations',
          priceId: 'service-bus:basic-ops',
          expectedUnit: 'usage',
          quantityUnknown: true,
          note: 'Usage-based: operations are not modelled.',
        });
      else
        serviceLine(ctx, node, {
          suffix: t === 'standard' ? 'base' : 'messaging-units',
          meter: 'service-capacity',
          item: t === 'standard' ? 'Service Bus Standard base charge' : 'Service Bus Premium — 1 messaging unit',
          quantity: 1,
          unit: t === 'standard' ? 'namespace' : 'messaging unit',
          priceId: t === 'standard' ? 'service-bus:standard-base' : 'service-bus:premium-mu',
          expectedUnit: 'hour',
          note: t === 'standard' ? 'Includes 13M operations a month; more are billed on top (not modelled).' : undefined,
        });
      return;
    }
    case 'event-grid':
      serviceLine(ctx, node, {
        suffix: 'operations',
        meter: 'service-usage',
        item: 'Event Grid — operations',
        quantity: 0,
        unit: 'million operations',
        priceId: 'event-grid:operations',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: operations are not modelled.',
      });
      return;
    case 'storage-queue':
      serviceLine(ctx, node, {
        suffix: 'operations',
        meter: 'service-usage',
        item: 'Storage queue — transactions',
        quantity: 0,
        unit: 'million operations',
        priceId: 'storage-queue:operations',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: transactions are not modelled.',
      });
      return;
    case 'key-vault':
      serviceLine(ctx, node, {
        suffix: 'operations',
        meter: 'service-usage',
        item: 'Key Vault — secret operations',
        quantity: 0,
        unit: 'million operations',
        priceId: 'key-vault:secret-ops',
        expectedUnit: 'usage',
        quantityUnknown: true,
        note: 'Usage-based: operations are not modelled (small when apps cache secrets).',
      });
      return;
  }
}
