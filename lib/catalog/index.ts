/**
 * The catalog: data tables with their sources, and lookups over them. No formulas here (see lib/calc).
 * Lookups return `undefined` for an id the catalog does not know; callers report it, never assume 0.
 */
import { GPUS } from './gpus';
import { AOAI_MODELS, AOAI_PTU_TABLE, AOAI_TYPICAL_OUTPUT_SPEED, type AoaiPtuFacts, type AoaiTypicalOutputSpeed } from './openai-models';
import { OPEN_MODELS } from './models';
import { REGIONS, REGION_RTTS } from './regions';
import { SERVICE_PRICES } from './service-prices';
import { SLAS } from './slas';
import { SOURCES } from './sources';
import type { AoaiModel, Gpu, OpenModel, Region, ServicePrice, Sla, Source, VmSku } from './types';
import { VM_SKUS } from './vm-skus';

export * from './components';
export * from './vm-prices';
export * from './aoai-availability';
export type * from './types';
export { GPUS, VM_SKUS, OPEN_MODELS, AOAI_MODELS, REGIONS, REGION_RTTS, SLAS, SERVICE_PRICES, SOURCES };

const index = <T extends { id: string }>(rows: readonly T[]): ReadonlyMap<string, T> => new Map(rows.map((r) => [r.id, r]));

const gpus = index(GPUS);
const skus = index(VM_SKUS);
const openModels = index(OPEN_MODELS);
const aoaiModels = index(AOAI_MODELS);
const regions = index(REGIONS);
const slas = index(SLAS);
const servicePrices = index(SERVICE_PRICES);
const ptuFacts: ReadonlyMap<string, AoaiPtuFacts> = new Map(Object.entries(AOAI_PTU_TABLE));
const typicalSpeeds: ReadonlyMap<string, AoaiTypicalOutputSpeed> = new Map(Object.entries(AOAI_TYPICAL_OUTPUT_SPEED));
const rtts = new Map(REGION_RTTS.map((r) => [`${r.from}>${r.to}`, r]));

export const getGpu = (id: string): Gpu | undefined => gpus.get(id);
export const getVmSku = (id: string): VmSku | undefined => skus.get(id);
export const getOpenModel = (id: string): OpenModel | undefined => openModels.get(id);
export const getAoaiModel = (id: string): AoaiModel | undefined => aoaiModels.get(id);
export const getRegion = (id: string): Region | undefined => regions.get(id);
export const getSla = (id: string): Sla | undefined => slas.get(id);
export const getServicePrice = (id: string): ServicePrice | undefined => servicePrices.get(id);
export const getSource = (id: string): Source | undefined => SOURCES.get(id);
/** PTU facts of an Azure OpenAI model (facts §5.1), or undefined when the catalog has none. */
export const getAoaiPtuFacts = (modelId: string): AoaiPtuFacts | undefined => ptuFacts.get(modelId);
/** The published typical (median) output speed of an Azure OpenAI model, or undefined when none is published. */
export const getAoaiTypicalOutputSpeed = (modelId: string): AoaiTypicalOutputSpeed | undefined => typicalSpeeds.get(modelId);

/** Own keys only: a region id from a design such as `constructor` is not a price. */
const perRegion = (table: Readonly<Record<string, number>> | undefined, region: string): number | undefined =>
  table !== undefined && Object.hasOwn(table, region) ? table[region] : undefined;

/** Linux pay-as-you-go USD per hour of a VM size in a region; undefined = not offered or not in the catalog. */
export const vmPaygUsdPerHour = (sku: VmSku, region: string): number | undefined => perRegion(sku.paygUsdPerHour, region);

/** Linux spot USD per hour of a VM size in a region; undefined = no spot price in the catalog. */
export const vmSpotUsdPerHour = (sku: VmSku, region: string): number | undefined => perRegion(sku.spotUsdPerHour, region);

/**
 * Measured round trip between two regions, ms (source row → destination column; the reverse
 * direction when only that was measured). `undefined` when neither direction is in the table.
 */
export function regionRttMs(from: string, to: string): { rttMs: number; source: string } | undefined {
  const row = rtts.get(`${from}>${to}`) ?? rtts.get(`${to}>${from}`);
  return row ? { rttMs: row.rttMs, source: row.source } : undefined;
}
