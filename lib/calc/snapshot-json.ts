/**
 * A JSON text of any value that keeps what JSON.stringify loses: `undefined` properties, NaN, ±Infinity
 * and -0 are written as tagged strings, and an object's keys keep their order. Two values with the same
 * text are equal in every field a reader can see; the report snapshot tests compare reports with it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: unknown, key: string, v: unknown) {
      // `this[key]` is the raw value (before toJSON), so undefined and special numbers are still visible.
      const raw = key === '' ? v : (this as Record<string, unknown>)[key];
      if (raw === undefined) return '«undefined»';
      if (typeof raw === 'number') {
        if (Number.isNaN(raw)) return '«NaN»';
        if (raw === Infinity) return '«Infinity»';
        if (raw === -Infinity) return '«-Infinity»';
        if (Object.is(raw, -0)) return '«-0»';
      }
      if (raw instanceof Map) return { '«Map»': [...raw.entries()] };
      if (raw instanceof Set) return { '«Set»': [...raw.values()] };
      return v;
    },
    1,
  );
}
