import { describe, expect, it } from 'vitest';
import { aoaiOutputSpeed } from './aoai-speed';

describe('aoaiOutputSpeed: typical and worst-case output speed per model and deployment type', () => {
  it('gpt-4o on pay-as-you-go types: the Azure median, 115 tokens/s (aa-azure-gpt-4o-2024-05-13); worst case the PTU target, 25 (facts §5.1)', () => {
    for (const t of ['standard', 'global-standard', 'data-zone-standard'] as const) {
      const s = aoaiOutputSpeed('gpt-4o', t);
      expect([s.outputTokensPerSecond, s.worstCaseOutputTokensPerSecond, s.basis]).toEqual([115, 25, 'published-median']);
      expect(s.description).toContain('no latency SLA');
      expect(s.sources).toEqual(['aa-azure-gpt-4o-2024-05-13', 'aoai-ptu-onboarding']);
    }
  });

  it('gpt-4o on provisioned types: the pay-as-you-go median, labelled as such; the worst case is the PTU latency SLA', () => {
    for (const t of ['provisioned', 'global-provisioned', 'data-zone-provisioned'] as const) {
      const s = aoaiOutputSpeed('gpt-4o', t);
      expect([s.outputTokensPerSecond, s.worstCaseOutputTokensPerSecond, s.basis]).toEqual([115, 25, 'published-median-payg']);
      expect(s.description).toContain('no median is published for provisioned deployments');
      expect(s.description).toContain('PTU latency SLA (99% of requests faster)');
    }
  });

  it('gpt-4o-mini (no published median): the PTU floor, 33 tokens/s, for both figures, labelled as the fallback', () => {
    const s = aoaiOutputSpeed('gpt-4o-mini', 'global-standard');
    expect([s.outputTokensPerSecond, s.worstCaseOutputTokensPerSecond, s.basis]).toEqual([33, 33, 'ptu-floor-fallback']);
    expect(s.description).toContain('stands in as the typical speed');
  });

  it('an unknown model: no figures', () => {
    const s = aoaiOutputSpeed('no-such-model', 'standard');
    expect([s.outputTokensPerSecond, s.worstCaseOutputTokensPerSecond, s.basis, s.sources]).toEqual([null, null, 'unknown', []]);
  });
});
