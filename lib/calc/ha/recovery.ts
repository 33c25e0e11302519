/** The stores' RPO and RTO from the seed's table (9.9), noting where the design lacks the mechanism. */
import { COMPONENTS } from '../../catalog/components';
import { STORE_RECOVERY } from '../../catalog/slas';
import type { DesignGraph } from '../graph';
import type { HaReport } from '../types';

export function recoveryOf(g: DesignGraph): HaReport['recovery'] {
  const out: HaReport['recovery'] = [];
  for (const n of g.design.nodes) {
    let service = COMPONENTS[n.kind].traits.recoveryRow;
    if (service === null) continue;
    if (n.kind === 'cosmos-db') {
      const retrieval = [...(g.incoming.get(n.id) ?? []), ...(g.outgoing.get(n.id) ?? [])].some((e) => e.flow === 'retrieval');
      if (!retrieval) service = 'Conversation history';
    }
    const row = STORE_RECOVERY.find((r) => r.service === service);
    if (!row) continue;
    let mechanism = row.mechanism;
    if (n.kind === 'cosmos-db' && n.config.regions < 2)
      mechanism += ` (this design: 1 region, so no regional failover; the seed's figures assume multi-region)`;
    if (n.kind === 'cosmos-db' && n.config.regions >= 2 && !n.config.multiRegionWrites) mechanism += ' (this design: single write region)';
    if (n.kind === 'blob-storage' && !/g/.test(n.config.redundancy))
      mechanism += ` (this design: ${n.config.redundancy.toUpperCase()}, no geo copy: a regional loss loses the data)`;
    if (n.kind === 'ai-search' && n.config.replicas < 2) mechanism += ' (this design: 1 replica, no replica to fail over to)';
    out.push({ nodeId: n.id, service: row.service, rpo: row.rpo, rto: row.rto, mechanism });
  }
  return out;
}
