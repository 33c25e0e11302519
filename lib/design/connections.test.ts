import { describe, expect, it } from 'vitest';
import { checkConnection } from './connections';
import { addNode, connect, emptyDesign } from './edit';
import type { Design } from './schema';
import type { ComponentKind } from '../catalog/components';

function designWith(...kinds: ComponentKind[]): Design {
  let d = emptyDesign();
  kinds.forEach((k, i) => {
    d = addNode(d, k, { x: i * 300, y: 0 }).design;
  });
  return d;
}

describe('checkConnection', () => {
  const d = designWith(
    'client',
    'front-door',
    'app-service',
    'apim',
    'azure-openai',
    'ai-search',
    'redis',
    'cosmos-db',
    'region',
    'subnet',
  );

  it('refuses containers, self-loops, connections into the users and models calling callers', () => {
    expect(checkConnection(d, 'app-service', 'subnet')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Subnet is a container/),
    });
    expect(checkConnection(d, 'region', 'app-service')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Azure region is a container/),
    });
    expect(checkConnection(d, 'apim', 'apim')).toMatchObject({ ok: false });
    expect(checkConnection(d, 'azure-openai', 'client')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/where requests start/),
    });
    expect(checkConnection(d, 'azure-openai', 'app-service')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/answers requests/),
    });
  });

  it('infers what flows', () => {
    expect(checkConnection(d, 'client', 'front-door')).toEqual({ ok: true, flow: 'request' });
    expect(checkConnection(d, 'app-service', 'ai-search')).toEqual({ ok: true, flow: 'retrieval' });
    expect(checkConnection(d, 'app-service', 'redis')).toEqual({ ok: true, flow: 'retrieval' });
    expect(checkConnection(d, 'apim', 'azure-openai')).toEqual({ ok: true, flow: 'request' });
    expect(checkConnection(d, 'app-service', 'cosmos-db')).toEqual({ ok: true, flow: 'data' });
  });

  it('a second model behind the same caller is a failover with the next priority', () => {
    let x = designWith('apim', 'azure-openai', 'azure-openai', 'foundry-serverless');
    x = (connect(x, 'apim', 'azure-openai') as { design: Design }).design;
    expect(checkConnection(x, 'apim', 'azure-openai-2')).toEqual({ ok: true, flow: 'failover', priority: 1 });
    x = (connect(x, 'apim', 'azure-openai-2') as { design: Design }).design;
    expect(checkConnection(x, 'apim', 'foundry-serverless')).toEqual({ ok: true, flow: 'failover', priority: 2 });
    expect(checkConnection(x, 'apim', 'azure-openai')).toMatchObject({ ok: false, reason: expect.stringMatching(/already connected/) });
  });
});
