/**
 * Colours of the insights charts, as CSS variables set on the panel (light and dark), so the SVG charts
 * and the HTML bars read the same colour for the same idea: `var(--c-weights)`, `var(--c-ptu)`, …
 */
export const CHART_VARS = [
  '[--c-weights:#2563eb] dark:[--c-weights:#60a5fa]',
  '[--c-kv:#9333ea] dark:[--c-kv:#c084fc]',
  '[--c-overhead:#64748b] dark:[--c-overhead:#94a3b8]',
  '[--c-network:#0e7490] dark:[--c-network:#22d3ee]',
  '[--c-service:#2563eb] dark:[--c-service:#60a5fa]',
  '[--c-generation:#15803d] dark:[--c-generation:#4ade80]',
  '[--c-ptu:#a21caf] dark:[--c-ptu:#f0abfc]',
  '[--c-payg:#0369a1] dark:[--c-payg:#38bdf8]',
  '[--c-bar:#93b4ea] dark:[--c-bar:#35548a]',
].join(' ');
