/**
 * Azure OpenAI availability as a flat data table (model × deployment type × region, with the source and
 * date of Microsoft's model availability table each row comes from: the 2026-05 tables by region group,
 * one tab per deployment type), and a lookup over it. The tables are transcribed in openai-models.ts for
 * the catalog's regions only: a region outside CATALOG_REGIONS is unverified here, never "not offered".
 */
import { AOAI_AVAILABILITY_SOURCES, AOAI_MODELS, CATALOG_REGIONS } from './openai-models';
import { SOURCES } from './sources';
import type { AoaiDeploymentType } from './types';

export interface AoaiAvailabilityRow {
  model: string;
  deploymentType: AoaiDeploymentType;
  region: string;
  source: string;
  asOf: string;
}

export interface AoaiOffered {
  /** true = offered, false = not offered (per the matrix), null = unverified. */
  offered: boolean | null;
  source: string | null;
  asOf: string | null;
}

const asOfOf = (source: string): string | null => SOURCES.get(source)?.asOf ?? null;

/** Every (model, deployment type, region) the matrices mark as offered. */
export const AOAI_AVAILABILITY: AoaiAvailabilityRow[] = AOAI_MODELS.flatMap((m) =>
  Object.entries(m.regions ?? {}).flatMap(([type, regions]) =>
    regions.map((region) => {
      const source = AOAI_AVAILABILITY_SOURCES[type as AoaiDeploymentType];
      return { model: m.id, deploymentType: type as AoaiDeploymentType, region, source, asOf: asOfOf(source) ?? m.asOf };
    }),
  ),
);

const rows = new Map(AOAI_AVAILABILITY.map((r) => [`${r.model}\u0000${r.deploymentType}\u0000${r.region}`, r]));
const models = new Map(AOAI_MODELS.map((m) => [m.id, m]));
const catalogRegions = new Set<string>(CATALOG_REGIONS);
const types = new Set<string>(Object.keys(AOAI_AVAILABILITY_SOURCES));

/** Whether a model is offered with a deployment type in a region, with the matrix that says so. */
export function aoaiAvailability(model: string, deploymentType: string, region: string): AoaiOffered {
  const m = models.get(model);
  if (!m || !types.has(deploymentType)) return { offered: null, source: null, asOf: null };
  const source = AOAI_AVAILABILITY_SOURCES[deploymentType as AoaiDeploymentType];
  const hit = rows.get(`${model}\u0000${deploymentType}\u0000${region}`);
  if (hit) return { offered: true, source: hit.source, asOf: hit.asOf };
  if (m.regions === null) return { offered: null, source: null, asOf: null };
  // A deployment type the model lacks is absent everywhere; otherwise only the transcribed regions are settled.
  if (!m.deploymentTypes.includes(deploymentType as AoaiDeploymentType) || catalogRegions.has(region))
    return { offered: false, source, asOf: asOfOf(source) };
  return { offered: null, source: null, asOf: null };
}
