/**
 * Azure regions (pairs, availability zones) and measured inter-region round trips.
 */
import type { Region, RegionRtt } from './types';

type Geo = Region['geography'];

const PAIRS = { source: 'azure-region-pairs', asOf: '2022-12-12' } as const;
const AZ_FIELD = { availabilityZones: 'azure-az-regions' };
const NO_AZ_NOTE =
  "Not in Microsoft's list of regions with availability zones (azure-az-regions, 2022-10-20); a later addition would not show here.";

function region(id: string, name: string, geography: Geo, pairedRegion: string | null, availabilityZones: boolean, note?: string): Region {
  return {
    id,
    name,
    geography,
    pairedRegion,
    availabilityZones,
    ...PAIRS,
    fieldSources: AZ_FIELD,
    ...(availabilityZones ? (note ? { note } : {}) : { note: [note, NO_AZ_NOTE].filter(Boolean).join(' ') }),
  };
}

export const REGIONS: Region[] = [
  region(
    'eastus',
    'East US',
    'US',
    'westus',
    true,
    "Microsoft's pair table lists East US twice: East US ↔ West US, and West US 3 → East US.",
  ),
  region('eastus2', 'East US 2', 'US', 'centralus', true),
  region('centralus', 'Central US', 'US', 'eastus2', true),
  region('northcentralus', 'North Central US', 'US', 'southcentralus', false),
  region(
    'southcentralus',
    'South Central US',
    'US',
    'northcentralus',
    true,
    "Brazil South's secondary is South Central US, but South Central US's secondary is North Central US.",
  ),
  region('westus', 'West US', 'US', 'eastus', false),
  region('westus2', 'West US 2', 'US', 'westcentralus', true),
  region('westus3', 'West US 3', 'US', 'eastus', true, 'Paired with East US (whose own pair is West US).'),
  region('westeurope', 'West Europe', 'Europe', 'northeurope', true),
  region('northeurope', 'North Europe', 'Europe', 'westeurope', true),
  region('swedencentral', 'Sweden Central', 'Europe', 'swedensouth', true, 'Sweden South is access-restricted (available on request).'),
  region('francecentral', 'France Central', 'Europe', 'francesouth', true, 'France South is access-restricted (available on request).'),
  region('uksouth', 'UK South', 'Europe', 'ukwest', true),
  region(
    'germanywestcentral',
    'Germany West Central',
    'Europe',
    'germanynorth',
    true,
    'Germany North is access-restricted (available on request).',
  ),
  region(
    'switzerlandnorth',
    'Switzerland North',
    'Europe',
    'switzerlandwest',
    true,
    'Switzerland West is access-restricted (available on request).',
  ),
  region('canadaeast', 'Canada East', 'Other', 'canadacentral', false),
  region('japaneast', 'Japan East', 'Asia Pacific', 'japanwest', true),
  region('australiaeast', 'Australia East', 'Asia Pacific', 'australiasoutheast', true),
  region('southeastasia', 'Southeast Asia', 'Asia Pacific', 'eastasia', true),
];

/**
 * Rows of the CSV block in azure-network-latency.md (P95, 30 days ending 2026-07-30), copied verbatim for
 * the catalog's regions: source region, then one column per destination in HEADER order; the empty
 * cell is the region itself.
 */
const HEADER =
  'Source,Australia Central,Australia Central 2,Australia East,Australia Southeast,Austria East,Belgium Central,Brazil South,Canada Central,Canada East,Central India,Central US,Denmark East,East Asia,East US,East US 2,France Central,France South,Germany North,Germany West Central,Indonesia Central,Israel Central,Italy North,Japan East,Japan West,Jio India West,Korea Central,Korea South,Malaysia West,Mexico Central,New Zealand North,North Central US,North Europe,Norway East,Norway West,Poland Central,Qatar Central,South Africa North,South Africa West,South Central US,South India,Southeast Asia,Spain Central,Sweden Central,Switzerland North,Switzerland West,UAE Central,UAE North,UK South,UK West,West Central US,West Europe,West US,West US 2,West US 3';

const ROWS = [
  'Australia East,12,11,,16,295,285,298,207,215,151,178,288,127,206,224,280,273,293,291,110,273,286,105,113,167,137,133,125,210,31,191,272,294,280,300,186,347,339,194,132,98,265,307,286,289,178,179,277,279,163,282,141,180,176',
  'Canada East,222,221,216,227,109,93,134,16,,212,45,96,219,28,32,88,84,98,97,245,124,101,177,182,215,201,192,241,81,210,33,74,100,96,111,189,233,211,66,244,238,88,112,97,94,181,183,79,80,58,88,78,78,89',
  'Central US,185,187,178,188,133,122,154,35,48,247,,127,183,35,42,120,117,126,125,213,150,133,141,149,272,165,162,205,48,174,19,107,131,130,134,216,253,237,30,231,201,110,142,130,126,211,212,117,120,19,118,41,41,49',
  'East US,209,213,207,217,106,93,119,22,27,214,35,95,207,,11,90,90,97,97,240,126,105,165,173,226,191,188,233,63,198,26,74,98,96,104,191,226,205,44,244,229,83,110,104,96,184,190,80,82,54,89,74,75,70',
  'East US 2,230,230,224,234,112,93,121,24,30,219,41,100,208,11,,89,93,103,100,243,131,107,167,174,231,192,187,235,50,205,31,79,104,102,114,195,222,203,33,251,232,79,115,103,101,194,194,87,87,49,93,71,71,60',
  'France Central,249,246,279,285,24,10,192,91,87,147,120,29,278,90,89,,15,19,14,175,61,25,241,247,150,267,262,177,132,268,108,20,32,26,33,121,165,147,118,165,176,21,43,18,16,115,116,12,16,132,15,152,153,138',
  'Germany West Central,254,252,290,299,17,12,199,100,96,150,125,20,244,97,98,14,21,12,,182,58,21,246,252,152,272,245,181,145,296,114,28,24,29,26,124,172,156,131,169,179,30,34,12,17,121,122,19,24,139,14,157,159,151',
  'Japan East,111,136,105,115,258,244,275,165,176,129,139,248,51,165,168,245,240,251,250,86,250,256,,14,151,35,29,77,147,130,152,232,254,252,260,171,254,312,140,107,74,227,260,254,255,155,155,237,242,125,242,109,103,118',
  'North Central US,194,194,189,199,122,110,141,22,31,232,18,116,191,24,29,109,106,118,115,226,143,121,150,158,261,174,170,216,59,184,,94,121,118,125,178,241,221,41,248,213,98,132,120,114,202,203,100,102,32,106,53,53,63',
  'North Europe,270,267,272,281,39,24,176,80,75,160,107,26,266,76,79,22,30,29,29,251,80,42,232,238,171,255,248,236,121,271,95,,30,28,38,135,178,161,112,181,236,35,40,32,37,129,131,15,18,116,19,137,136,133',
  'South Central US,175,174,172,183,140,123,142,57,65,246,29,129,183,47,42,122,127,136,132,222,164,142,140,146,282,164,159,215,24,172,42,113,138,135,145,195,252,235,,242,211,108,146,136,134,226,228,120,123,29,127,44,57,32',
  'Southeast Asia,101,99,98,89,187,228,337,226,237,58,201,235,40,229,232,175,157,236,179,18,182,182,74,76,76,72,68,10,220,123,214,236,243,186,202,103,190,215,203,39,,228,256,173,172,88,90,183,187,187,181,171,165,188',
  'Sweden Central,279,277,303,307,39,35,204,112,109,174,142,26,259,108,114,40,47,28,31,221,88,45,258,263,177,284,262,212,161,300,132,37,15,19,28,118,200,179,143,191,206,54,,34,39,143,148,34,39,149,31,168,165,172',
  'Switzerland North,248,246,286,274,20,19,202,102,97,145,133,29,239,104,103,19,15,18,12,178,55,13,254,245,137,277,211,170,154,279,122,33,31,33,30,85,180,152,137,162,177,29,39,,10,102,105,25,30,142,20,163,162,164',
  'UK South,266,262,277,286,31,16,183,84,78,151,112,27,274,80,87,13,21,24,20,199,70,32,235,241,161,261,256,185,132,281,102,14,26,19,34,125,169,152,118,174,183,26,36,25,22,121,122,,9,124,12,144,145,138',
  'West Europe,256,255,282,291,26,10,189,93,88,153,114,20,278,91,94,15,23,17,14,182,66,29,240,246,163,267,260,186,135,275,106,20,25,25,28,128,171,154,126,174,182,29,31,21,23,120,123,13,17,131,,153,153,147',
  'West US,148,148,142,152,170,154,171,71,78,224,42,158,151,72,71,152,163,162,158,184,187,166,110,118,240,134,136,175,54,155,55,138,161,156,167,252,279,261,38,203,172,138,169,162,157,246,249,144,146,27,151,,26,23',
  'West US 2,173,174,179,190,169,155,179,69,77,218,41,151,144,76,71,153,154,159,160,176,186,166,102,110,233,128,128,168,74,145,54,135,156,154,167,252,284,267,58,196,165,142,165,161,156,249,255,144,148,26,147,25,,44',
  'West US 3,172,181,169,185,160,146,166,81,90,243,52,150,160,65,60,137,146,155,150,205,180,161,121,124,256,144,141,190,43,165,59,132,160,154,166,242,269,252,25,220,187,127,166,152,147,248,248,141,138,36,145,22,42,',
];

const idOf = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

/** Parse the CSV rows into round trips between catalog regions (both directions, as measured). */
export function parseLatencyCsv(header: string, rows: readonly string[], keep: ReadonlySet<string>): RegionRtt[] {
  const dests = header.split(',').slice(1).map(idOf);
  const out: RegionRtt[] = [];
  for (const line of rows) {
    const cells = line.split(',');
    const from = idOf(cells[0] ?? '');
    const values = cells.slice(1);
    if (values.length !== dests.length) throw new Error(`latency row ${from}: ${values.length} cells, expected ${dests.length}`);
    values.forEach((v, i) => {
      const to = dests[i]!;
      if (to === from) {
        if (v !== '') throw new Error(`latency row ${from}: diagonal cell is ${v}`);
        return;
      }
      if (!keep.has(to) || v === '') return;
      out.push({ from, to, rttMs: Number(v), source: 'azure-network-latency-p95', asOf: '2026-07-30' });
    });
  }
  return out;
}

/** P95 round trips among the catalog's regions, source → destination as Microsoft measured them. */
export const REGION_RTTS: RegionRtt[] = parseLatencyCsv(HEADER, ROWS, new Set(REGIONS.map((r) => r.id)));

/**
 * Round trip between availability zones of one region: Microsoft states "less than 2 ms" (an upper
 * bound / design goal, not a measurement). Same-zone traffic is lower still; no figure is published.
 */
export const INTRA_REGION_RTT = {
  ms: 2,
  kind: 'upper-bound',
  source: 'azure-az-latency',
  asOf: '2023-12-18',
  note: 'Upper bound between zones of an AZ-enabled region ("less than 2 ms"); the P95 table has no same-region figure.',
} as const;

/** Same-region (cross-zone) round trip, ms: the stated upper bound (see INTRA_REGION_RTT). */
export const INTRA_REGION_RTT_MS: number = INTRA_REGION_RTT.ms;
