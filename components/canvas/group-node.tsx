'use client';
/**
 * A container on the canvas: an Azure region, a VNET or a subnet. Resizable when selected; what is
 * inside moves with it. It lights up while a dragged component would drop into it.
 */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { COMPONENTS, isGroupKind, nodeHas, type GroupKind } from '@/lib/catalog/components';
import { nodeLabel } from '@/lib/design/node-label';
import { GROUP_MIN_SIZE } from '@/lib/design/geometry';
import type { DesignNode } from '@/lib/design/schema';
import { ComponentGlyph } from '@/components/icons/component-icon';
import { useNodeStatus } from '@/components/store/report';
import { useStudio } from '@/components/store/studio-store';
import type { GroupFlowNode } from '@/components/store/flow-nodes';
import { StatusBadge } from './status-badge';

/** What a group's title shows after its name: the region, address space or CIDR. */
export function groupDetail(node: DesignNode): string {
  if (!nodeHas(node, 'container')) return '';
  switch (node.kind) {
    case 'region':
      return node.config.region;
    case 'vnet':
      return node.config.addressSpace.join(', ');
    case 'subnet':
      return node.config.cidr;
  }
}

const FRAME: Record<GroupKind, string> = {
  region: 'border-2 border-dashed border-[var(--region-line)] bg-[var(--region-fill)] rounded-2xl',
  vnet: 'border-2 border-[var(--vnet-line)] bg-[var(--vnet-fill)] rounded-xl',
  subnet: 'border-[1.5px] border-dashed border-[var(--subnet-line)] bg-[var(--subnet-fill)] rounded-lg',
};
const TITLE: Record<GroupKind, string> = {
  region: 'text-[var(--region-line)] hc:text-fg',
  vnet: 'text-[var(--vnet-line)] hc:text-fg',
  subnet: 'text-muted',
};

export const GroupNode = memo(function GroupNode({ id, data, selected }: NodeProps<GroupFlowNode>) {
  const node = data.node;
  const status = useNodeStatus(id);
  const dropTarget = useStudio((s) => s.dropTargetId === id);
  const label = nodeLabel(node);
  const kindName = COMPONENTS[node.kind].name;
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={GROUP_MIN_SIZE.width} minHeight={GROUP_MIN_SIZE.height} color="var(--accent)" />
      <div
        className={`aas-group h-full w-full ${isGroupKind(node.kind) ? FRAME[node.kind] : ''} ${selected ? 'outline-2 outline-offset-2 outline-accent' : ''} ${
          dropTarget ? '!border-solid !border-accent !bg-accent-soft' : ''
        }`}
        data-kind={node.kind}
        data-drop-target={dropTarget || undefined}
      >
        <div className="flex items-center gap-2 px-3 pt-2.5">
          <div className="aas-group-title flex min-w-0 items-center gap-2">
            <span className={isGroupKind(node.kind) ? TITLE[node.kind] : undefined}>
              <ComponentGlyph kind={node.kind} size={20} />
            </span>
            <span className="shrink-0 text-[16px] font-semibold text-fg" title={`${kindName}: ${label}`}>
              {label}
            </span>
            <span className="min-w-0 truncate rounded-md bg-sunken px-1.5 py-0.5 font-mono text-[13px] text-muted ring-1 ring-inset ring-line">
              {groupDetail(node)}
            </span>
          </div>
          <span className="ml-auto" />
          {status && status.status !== 'ok' && <StatusBadge status={status} />}
        </div>
      </div>
    </>
  );
});
