import { describe, expect, it } from 'vitest';
import { checkFieldInput, configFields, edgeFields, scenarioFields, valueLabel } from './fields';
import { defaultConfig } from './node-configs';

describe('form fields from the schemas', () => {
  it('reads choices, switches, numbers with limits and catalog choices', () => {
    const fields = configFields('gpu-vm', defaultConfig('gpu-vm'));
    const byKey = new Map(fields.map((f) => [f.key, f]));
    expect(byKey.get('count')).toMatchObject({ type: 'number', integer: true, min: 1, max: 1000, label: 'VMs' });
    expect(byKey.get('zones')).toMatchObject({ type: 'switch' });
    expect(byKey.get('precision')).toMatchObject({ type: 'choice', label: 'Weights precision' });
    const sku = byKey.get('sku');
    expect(sku?.type).toBe('choice');
    if (sku?.type === 'choice') expect(sku.options.some((o) => o.value === 'Standard_NC24ads_A100_v4')).toBe(true);
    expect(byKey.get('tensorParallel')).toMatchObject({ label: 'Tensor parallel size', hint: 'GPUs per replica, inside a VM' });
  });

  it('keeps an id the catalog does not know as a choice, marked', () => {
    const f = configFields('azure-openai', { ...defaultConfig('azure-openai'), model: 'gpt-9' }).find((x) => x.key === 'model');
    expect(f?.type === 'choice' && f.options[0]).toEqual({ value: 'gpt-9', label: 'gpt-9 (not in the catalog)' });
  });

  it('says what is wrong with a typed value, in plain words', () => {
    const count = configFields('gpu-vm', defaultConfig('gpu-vm')).find((f) => f.key === 'count')!;
    expect(checkFieldInput(count, '0')).toEqual({ ok: false, message: 'Must be at least 1, got the number 0.' });
    expect(checkFieldInput(count, '2.5')).toEqual({ ok: false, message: 'Must be a whole number, got 2.5.' });
    expect(checkFieldInput(count, 'two')).toEqual({ ok: false, message: 'Enter a number: “two” is not one.' });
    expect(checkFieldInput(count, '')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(checkFieldInput(count, '1_000')).toEqual({ ok: true, value: 1000 });
    const maxContext = configFields('gpu-vm', defaultConfig('gpu-vm')).find((f) => f.key === 'maxContextTokens')!;
    expect(checkFieldInput(maxContext, '')).toEqual({ ok: true, value: undefined });
  });

  it('covers the scenario and the connection settings', () => {
    expect(scenarioFields().map((f) => f.key)).toContain('peakRequestsPerMinute');
    expect(edgeFields().find((f) => f.key === 'flow')).toMatchObject({ type: 'choice' });
    expect(valueLabel('global-standard')).toBe('Global Standard');
    expect(valueLabel('bf16')).toBe('BF16');
  });
});
