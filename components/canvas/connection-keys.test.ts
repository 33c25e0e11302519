import { describe, expect, it } from 'vitest';
import type { DesignEdge } from '@/lib/design/schema';
import { connectionsOf, nextConnection } from './connection-keys';

const edge = (id: string, source: string, target: string): DesignEdge => ({ id, source, target, flow: 'request' }) as DesignEdge;
const edges = [edge('e1', 'users', 'afd'), edge('e2', 'afd', 'app'), edge('e3', 'app', 'apim'), edge('e4', 'afd', 'waf-logs')];

describe('connectionsOf', () => {
  it('lists the connections a node starts, then the ones that reach it, in the design order', () => {
    expect(connectionsOf(edges, 'afd').map((e) => e.id)).toEqual(['e2', 'e4', 'e1']);
    expect(connectionsOf(edges, 'apim').map((e) => e.id)).toEqual(['e3']);
    expect(connectionsOf(edges, 'nobody')).toEqual([]);
  });
});

describe('nextConnection', () => {
  it('steps forward from the component, through its connections, and wraps round', () => {
    expect(nextConnection(edges, 'afd', null, false)).toBe('e2');
    expect(nextConnection(edges, 'afd', 'e2', false)).toBe('e4');
    expect(nextConnection(edges, 'afd', 'e4', false)).toBe('e1');
    expect(nextConnection(edges, 'afd', 'e1', false)).toBe('e2');
  });

  it('steps back with Shift: from the component to its last connection, then backwards', () => {
    expect(nextConnection(edges, 'afd', null, true)).toBe('e1');
    expect(nextConnection(edges, 'afd', 'e1', true)).toBe('e4');
    expect(nextConnection(edges, 'afd', 'e2', true)).toBe('e1');
  });

  it('has nothing to move to for a node without connections', () => {
    expect(nextConnection(edges, 'kv', null, false)).toBeNull();
  });

  it('starts again at the first connection when the current one is not the node’s (deleted, or another node’s)', () => {
    expect(nextConnection(edges, 'afd', 'e3', false)).toBe('e2');
  });
});
