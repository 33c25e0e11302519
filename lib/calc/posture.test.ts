import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../design/schema';
import { buildGraph } from './graph';
import { analyzePosture } from './posture';

type N = { id: string; kind: string; label?: string; config?: Record<string, unknown>; parentId?: string };
type E = { id: string; source: string; target: string; flow?: string; auth?: string; connectivity?: string };

const graphOf = (nodes: N[], edges: E[] = []) =>
  buildGraph(
    DesignSchema.parse({ schemaVersion: 1, name: 't', nodes: nodes.map((n) => ({ position: { x: 0, y: 0 }, config: {}, ...n })), edges }),
  );

const rules = (nodes: N[], edges: E[] = []) => analyzePosture(graphOf(nodes, edges)).findings.map((f) => f.ruleId);
const findingsOf = (ruleId: string, nodes: N[], edges: E[] = []) =>
  analyzePosture(graphOf(nodes, edges)).findings.filter((f) => f.ruleId === ruleId);

/** A well-secured baseline: nothing in it should fire. */
const secure: N[] = [
  { id: 'app', kind: 'app-service', config: { publicNetworkAccess: false } },
  { id: 'aoai', kind: 'azure-openai', config: { publicNetworkAccess: false, localAuth: false } },
  { id: 'kv', kind: 'key-vault', config: { publicNetworkAccess: false } },
  { id: 'ai', kind: 'app-insights' },
  { id: 'fd', kind: 'front-door' },
];
const secureEdges: E[] = [
  { id: 'e1', source: 'fd', target: 'app', connectivity: 'private-endpoint' },
  { id: 'e2', source: 'app', target: 'aoai' },
];

describe('posture: the secure baseline fires nothing', () => {
  it('has no findings', () => {
    expect(rules(secure, secureEdges)).toEqual([]);
  });
});

describe('security.public-network-access (seed 9.12: PE + publicNetworkAccess disabled)', () => {
  it('fires for a PaaS service with public access and no private-endpoint edge into it', () => {
    const f = findingsOf(
      'security.public-network-access',
      [...secure, { id: 's', kind: 'ai-search', config: { publicNetworkAccess: true } }],
      secureEdges,
    );
    expect(f.map((x) => x.nodeIds)).toEqual([['s']]);
    expect(f[0]?.fixes[0]?.patch).toEqual({ nodeId: 's', config: { publicNetworkAccess: false } });
  });
  it('fires when the only edge into it is public', () => {
    const nodes = [...secure, { id: 's', kind: 'ai-search' }];
    expect(
      findingsOf('security.public-network-access', nodes, [
        ...secureEdges,
        { id: 'e3', source: 'app', target: 's', flow: 'retrieval', connectivity: 'public' },
      ]),
    ).toHaveLength(1);
  });
  it('does not fire when a private-endpoint edge reaches it', () => {
    const nodes = [...secure, { id: 's', kind: 'ai-search' }];
    expect(
      findingsOf('security.public-network-access', nodes, [
        ...secureEdges,
        { id: 'e3', source: 'app', target: 's', flow: 'retrieval', connectivity: 'private-endpoint' },
      ]),
    ).toHaveLength(0);
  });
  it('does not fire for services without private endpoints (Front Door) or with public access off', () => {
    expect(findingsOf('security.public-network-access', secure, secureEdges)).toHaveLength(0);
  });
});

describe('security.key-auth (seed 9.12: prefer managed identity over keys)', () => {
  it('fires for an edge with key auth, and that edge gets no role assignment', () => {
    const r = analyzePosture(graphOf(secure, [secureEdges[0] as E, { id: 'e2', source: 'app', target: 'aoai', auth: 'key' }]));
    expect(r.findings.filter((f) => f.ruleId === 'security.key-auth').map((f) => f.edgeIds)).toEqual([['e2']]);
    expect(r.report.roleAssignments).toEqual([]);
  });
  it('fires for Azure OpenAI with local auth (API keys) on, with a patch', () => {
    const nodes = secure.map((n) => (n.id === 'aoai' ? { ...n, config: { publicNetworkAccess: false, localAuth: true } } : n));
    const f = findingsOf('security.key-auth', nodes, secureEdges);
    expect(f).toHaveLength(1);
    expect(f[0]?.fixes[0]?.patch).toEqual({ nodeId: 'aoai', config: { localAuth: false } });
  });
  it('does not fire with managed identity and keys off', () => {
    expect(findingsOf('security.key-auth', secure, secureEdges)).toHaveLength(0);
  });
});

describe('security.no-key-vault', () => {
  it('fires when there are app/model nodes and no Key Vault', () => {
    expect(
      rules(
        secure.filter((n) => n.kind !== 'key-vault'),
        secureEdges,
      ),
    ).toContain('security.no-key-vault');
  });
  it('does not fire with a Key Vault, nor in a design with no app or model', () => {
    expect(rules(secure, secureEdges)).not.toContain('security.no-key-vault');
    expect(rules([{ id: 'b', kind: 'blob-storage', config: { publicNetworkAccess: false } }])).not.toContain('security.no-key-vault');
  });
});

describe('security.front-door-without-waf', () => {
  it('fires with WAF off, patch turns it on', () => {
    const f = findingsOf(
      'security.front-door-without-waf',
      secure.map((n) => (n.id === 'fd' ? { ...n, config: { waf: false } } : n)),
      secureEdges,
    );
    expect(f[0]?.fixes[0]?.patch).toEqual({ nodeId: 'fd', config: { waf: true } });
  });
  it('does not fire with WAF on', () => {
    expect(findingsOf('security.front-door-without-waf', secure, secureEdges)).toHaveLength(0);
  });
});

describe('security.no-content-safety (seed 9.12)', () => {
  const filtersOff = secure.map((n) =>
    n.id === 'aoai' ? { ...n, config: { publicNetworkAccess: false, localAuth: false, contentFilter: false } } : n,
  );
  it('fires when Azure OpenAI filters are off and there is no Content Safety node', () => {
    expect(findingsOf('security.no-content-safety', filtersOff, secureEdges)).toHaveLength(1);
  });
  it('info for a self-hosted model (no built-in filters) without a Content Safety node', () => {
    expect(
      findingsOf('security.no-content-safety', [...secure, { id: 'vm', kind: 'gpu-vm' }], secureEdges).map((f) => [
        f.nodeIds[0],
        f.severity,
      ]),
    ).toEqual([['vm', 'info']]);
  });
  it('does not fire with a Content Safety node, or with the filters on', () => {
    expect(
      findingsOf(
        'security.no-content-safety',
        [...filtersOff, { id: 'cs', kind: 'content-safety', config: { publicNetworkAccess: false } }],
        secureEdges,
      ),
    ).toHaveLength(0);
    expect(findingsOf('security.no-content-safety', secure, secureEdges)).toHaveLength(0);
  });
});

describe('security.no-monitoring (seed 9.11)', () => {
  it('fires with neither App Insights nor Monitor', () => {
    expect(
      rules(
        secure.filter((n) => n.kind !== 'app-insights'),
        secureEdges,
      ),
    ).toContain('security.no-monitoring');
  });
  it('does not fire with Azure Monitor alone', () => {
    expect(rules([...secure.filter((n) => n.kind !== 'app-insights'), { id: 'm', kind: 'monitor' }], secureEdges)).not.toContain(
      'security.no-monitoring',
    );
  });
});

describe('networking: subnet CIDRs (seed 9.13 networking table)', () => {
  const seedSubnets = (cidrs: Record<string, string>): N[] => [
    { id: 'vnet', kind: 'vnet', config: { addressSpace: ['10.1.0.0/16'] } },
    ...Object.entries(cidrs).map(([id, cidr]) => ({ id, kind: 'subnet', parentId: 'vnet', config: { cidr } })),
  ];

  it("the seed's example table overlaps: snet-aks-gpu 10.1.4.0/22 (10.1.4.0–10.1.7.255) contains snet-functions 10.1.5.0/24", () => {
    const f = findingsOf(
      'networking.cidr-overlap',
      seedSubnets({ appservice: '10.1.1.0/24', apim: '10.1.2.0/24', pe: '10.1.3.0/24', aks: '10.1.4.0/22', functions: '10.1.5.0/24' }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeIds).toEqual(['aks', 'functions']);
    expect(f[0]?.message).toContain('10.1.4.0–10.1.7.255');
  });

  it('overlapping subnets make one finding per set, naming them: 300 copies of one range are one finding, not 44,850', () => {
    const cidrs: Record<string, string> = {};
    for (let i = 0; i < 300; i++) cidrs[`s${i}`] = '10.1.1.0/24';
    cidrs.apart = '10.1.9.0/24';
    const f = findingsOf('networking.cidr-overlap', seedSubnets(cidrs));
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeIds).toHaveLength(300);
    expect(f[0]?.nodeIds).not.toContain('apart');
    expect(f[0]?.message).toMatch(/^300 subnets of Virtual network overlap: .+ \(10\.1\.1\.0\/24: 10\.1\.1\.0–10\.1\.1\.255\), /);
    expect(f[0]?.message).toContain('and 292 more');
  });

  it('two separate sets are two findings; a chain (a overlaps b, b overlaps c) is one set', () => {
    const f = findingsOf(
      'networking.cidr-overlap',
      seedSubnets({ a: '10.1.0.0/23', b: '10.1.1.0/24', c: '10.1.1.128/25', d: '10.1.4.0/22', e: '10.1.6.0/24', f: '10.1.8.0/24' }),
    );
    expect(f.map((x) => x.nodeIds)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('no overlap once snet-functions moves to 10.1.8.0/24; all inside the VNET', () => {
    const nodes = seedSubnets({
      appservice: '10.1.1.0/24',
      apim: '10.1.2.0/24',
      pe: '10.1.3.0/24',
      aks: '10.1.4.0/22',
      functions: '10.1.8.0/24',
    });
    expect(rules(nodes).filter((r) => r.startsWith('networking.'))).toEqual([]);
  });

  it('subnets of different VNETs are not compared', () => {
    const nodes: N[] = [
      { id: 'v1', kind: 'vnet' },
      { id: 'v2', kind: 'vnet' },
      { id: 's1', kind: 'subnet', parentId: 'v1', config: { cidr: '10.1.1.0/24' } },
      { id: 's2', kind: 'subnet', parentId: 'v2', config: { cidr: '10.1.1.0/24' } },
    ];
    expect(rules(nodes)).not.toContain('networking.cidr-overlap');
  });

  it('networking.cidr-outside-vnet fires for a subnet outside the address space, not for one inside', () => {
    expect(findingsOf('networking.cidr-outside-vnet', seedSubnets({ s: '10.2.1.0/24' })).map((f) => f.nodeIds)).toEqual([['s', 'vnet']]);
    expect(findingsOf('networking.cidr-outside-vnet', seedSubnets({ s: '10.1.200.0/24' }))).toHaveLength(0);
  });

  it('networking.cidr-invalid fires for malformed ranges, host bits (with the aligned fix) and subnets under /29', () => {
    const f = findingsOf('networking.cidr-invalid', seedSubnets({ bad: '10.1.300.0/24', host: '10.1.1.5/24', tiny: '10.1.9.0/30' }));
    expect(f.map((x) => x.nodeIds[0])).toEqual(['bad', 'host', 'tiny']);
    expect(f[1]?.fixes[0]?.patch).toEqual({ nodeId: 'host', config: { cidr: '10.1.1.0/24' } });
    expect(findingsOf('networking.cidr-invalid', seedSubnets({ ok: '10.1.9.0/29' }))).toHaveLength(0);
  });

  it('an invalid VNET address space is reported', () => {
    expect(findingsOf('networking.cidr-invalid', [{ id: 'v', kind: 'vnet', config: { addressSpace: ['10.1.0.0/33'] } }])).toHaveLength(1);
  });
});

describe('RBAC role assignments implied by edges (seed 9.13 RBAC table)', () => {
  const nodes: N[] = [
    { id: 'app', kind: 'app-service', label: 'Web' },
    { id: 'fn', kind: 'functions' },
    { id: 'apim', kind: 'apim' },
    { id: 'aoai', kind: 'azure-openai' },
    { id: 'search', kind: 'ai-search' },
    { id: 'blob', kind: 'blob-storage' },
  ];
  const edges: E[] = [
    { id: 'a1', source: 'app', target: 'apim' },
    { id: 'a2', source: 'apim', target: 'aoai' },
    { id: 'a3', source: 'app', target: 'search', flow: 'retrieval' },
    { id: 'a4', source: 'app', target: 'blob', flow: 'retrieval' },
    { id: 'a5', source: 'fn', target: 'aoai' },
    { id: 'a6', source: 'fn', target: 'search', flow: 'data' },
    { id: 'a7', source: 'blob', target: 'fn', flow: 'data' },
    { id: 'a8', source: 'fn', target: 'blob', flow: 'data' },
  ];
  const roles = analyzePosture(graphOf(nodes, edges)).report.roleAssignments.map(
    (r) => `${r.identityNodeId} | ${r.role} | ${r.scopeNodeId}`,
  );

  it('gives the seed rows', () => {
    expect(roles).toEqual([
      'apim | Cognitive Services OpenAI User | aoai', // seed: APIM MI → OpenAI User
      'app | Search Index Data Reader | search', // seed: App Service MI → Search Index Data Reader
      'app | Storage Blob Data Reader | blob', // seed: App Service MI → Storage Blob Data Reader
      'fn | Cognitive Services OpenAI User | aoai', // seed: Functions MI → OpenAI User (embeddings)
      'fn | Search Index Data Contributor | search', // seed: Functions MI → Search Index Data Contributor
      'fn | Storage Blob Data Reader | blob', // Blob → Functions (documents flow in): read
      'fn | Storage Blob Data Contributor | blob', // Functions → Blob data edge: writes (Azure built-in role)
    ]);
  });

  it('an app calling APIM gets no role (APIM is not a data-plane resource here)', () => {
    expect(roles.some((r) => r.startsWith('app |') && r.endsWith('| apim'))).toBe(false);
  });

  it('flags a connection that relies on a disabled managed identity', () => {
    const off = nodes.map((n) => (n.id === 'app' ? { ...n, config: { managedIdentity: false } } : n));
    const f = analyzePosture(graphOf(off, edges)).findings.filter((x) => x.ruleId === 'security.identity-disabled');
    expect(f.map((x) => x.nodeIds)).toEqual([['app']]);
    expect(f[0]?.fixes[0]?.patch).toEqual({ nodeId: 'app', config: { managedIdentity: true } });
  });
});
