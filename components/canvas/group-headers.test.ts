import { describe, expect, it } from 'vitest';
import type { FlowNode } from '@/components/store/flow-nodes';
import { GROUP_HEADER, groupHeaders, groupTitleWidth, sameHeaders } from './group-headers';

const region = {
  id: 'eastus',
  type: 'container',
  position: { x: 100, y: 50 },
  width: 1200,
  height: 800,
  data: { node: { id: 'eastus', kind: 'region', label: 'East US', position: { x: 100, y: 50 }, config: { region: 'eastus' } } },
} as unknown as FlowNode;
const vnet = {
  id: 'vnet',
  type: 'container',
  parentId: 'eastus',
  position: { x: 20, y: 60 },
  width: 90,
  height: 30,
  data: {
    node: {
      id: 'vnet',
      kind: 'vnet',
      label: 'v',
      position: { x: 20, y: 60 },
      parentId: 'eastus',
      config: { addressSpace: ['10.0.0.0/16'] },
    },
  },
} as unknown as FlowNode;
const app = {
  id: 'app',
  type: 'component',
  parentId: 'vnet',
  position: { x: 10, y: 10 },
  data: { node: { id: 'app', kind: 'app-service', label: '', position: { x: 10, y: 10 }, config: {} } },
} as unknown as FlowNode;

describe('groupHeaders', () => {
  it('gives each group a title box at its absolute top-left, as wide as its title and as tall as the title strip', () => {
    const [r, v, ...rest] = groupHeaders([region, vnet, app]);
    expect(rest).toEqual([]);
    expect(r).toEqual({ id: 'eastus', left: 100, top: 50, right: 100 + groupTitleWidth(region.data.node), bottom: 50 + GROUP_HEADER });
    // Inside its region; a group narrower (and lower) than its title is covered only as far as it goes.
    expect(v).toEqual({ id: 'vnet', left: 120, top: 110, right: 210, bottom: 140 });
  });

  it('is the same set of boxes when nothing moved, and not when a group did', () => {
    expect(sameHeaders(groupHeaders([region, vnet]), groupHeaders([region, vnet]))).toBe(true);
    const moved = { ...region, position: { x: 101, y: 50 } } as FlowNode;
    expect(sameHeaders(groupHeaders([region, vnet]), groupHeaders([moved, vnet]))).toBe(false);
  });
});
