/**
 * Parameter counts by part against the publishers' figures (models.ts exact counts where Meta / Qwen publish
 * them; rounded sizes from the model cards otherwise: sources in model-architectures.ts).
 */
import { describe, expect, it } from 'vitest';
import { MODEL_ARCHITECTURES, getModelArchitecture } from '../../catalog/model-architectures';
import { activeParameters, moeLayerCount, parameterParts, totalParameters } from './model-params';

const total = (id: string, tp = 1, pad = 1) => totalParameters(parameterParts(getModelArchitecture(id)!.config, tp, pad));

describe('parameter counts from configs', () => {
  it('exact counts where published: Llama 3.1 8B 8,030,261,248; 70B 70,553,706,496; 405B 405,853,388,800; Qwen2.5 7B 7,615,616,512', () => {
    expect(total('llama-3.1-8b')).toBe(8_030_261_248);
    expect(total('llama-3.1-70b')).toBe(70_553_706_496);
    expect(total('llama-3.1-405b')).toBe(405_853_388_800);
    expect(total('qwen2.5-7b')).toBe(7_615_616_512);
  });

  it('every architecture is within 2 % of its published size (text towers; Llama 4 Scout 109B includes vision, within 2 %)', () => {
    for (const m of MODEL_ARCHITECTURES) {
      if (m.publishedParameters === null) continue;
      const t = totalParameters(parameterParts(m.config));
      expect(Math.abs(t / m.publishedParameters - 1), `${m.id}: ${t}`).toBeLessThan(0.02);
    }
  });

  it('MoE active parameters: Mixtral-style routing, DeepSeek-V3 37B, Qwen3-235B 22B, Llama 4 17B, gpt-oss-120b 5.1B + embeddings', () => {
    expect(activeParameters(getModelArchitecture('deepseek-v3')!.config) / 1e9).toBeCloseTo(37.55, 1);
    expect(activeParameters(getModelArchitecture('qwen3-235b-a22b')!.config) / 1e9).toBeCloseTo(22.19, 1);
    expect(activeParameters(getModelArchitecture('llama-4-maverick')!.config) / 1e9).toBeCloseTo(17.17, 1);
    expect(activeParameters(getModelArchitecture('llama-4-scout')!.config) / 1e9).toBeCloseTo(17.17, 1);
    // OpenAI's 5.1B active excludes the 1.16B embedding table; the LM head is counted
    expect((activeParameters(getModelArchitecture('gpt-oss-120b')!.config) - 201088 * 2880) / 1e9).toBeCloseTo(5.13, 1);
  });

  it('MoE layer layout: DeepSeek-V3 58 of 61 layers, Llama 4 Maverick every second layer (24 of 48)', () => {
    expect(moeLayerCount(getModelArchitecture('deepseek-v3')!.config)).toBe(58);
    expect(moeLayerCount(getModelArchitecture('llama-4-maverick')!.config)).toBe(24);
    expect(moeLayerCount(getModelArchitecture('llama-4-scout')!.config)).toBe(48);
  });

  it('per tensor-parallel rank: Llama 3.1 70B at TP 4 holds a quarter of the sharded parts; norms are replicated', () => {
    const one = parameterParts(getModelArchitecture('llama-3.1-70b')!.config);
    const four = parameterParts(getModelArchitecture('llama-3.1-70b')!.config, 4);
    expect(four.mlp).toBe(one.mlp / 4);
    expect(four.attention).toBe(one.attention / 4);
    expect(four.embeddings).toBe(one.embeddings / 4);
    expect(four.norms).toBe(one.norms);
    // KV heads are replicated once TP exceeds them: at TP 16, each rank keeps 1 of 8 KV heads, not 0.5
    const sixteen = parameterParts(getModelArchitecture('llama-3.1-70b')!.config, 16);
    expect(sixteen.attention).toBeGreaterThan(one.attention / 16);
  });

  it('vLLM pads the vocabulary to a multiple of 64: a 32,001-token vocabulary is stored as 32,064 rows', () => {
    const c = { ...getModelArchitecture('phi-3.5-mini')!.config, vocabSize: 32001 };
    const padded = parameterParts(c, 1, 64);
    const exact = parameterParts(c);
    expect(padded.embeddings - exact.embeddings).toBe(63 * 3072);
    expect(padded.lmHead - exact.lmHead).toBe(63 * 3072);
  });
});
