/** Every source the catalog cites, by id. */
import { COMPUTE_SOURCES } from './sources-compute';
import { SERVICE_SOURCES } from './sources-services';
import type { Source } from './types';

const seen = new Map<string, Source>();
for (const s of [...COMPUTE_SOURCES, ...SERVICE_SOURCES]) if (!seen.has(s.id)) seen.set(s.id, s);

export const SOURCES: ReadonlyMap<string, Source> = seen;
