/**
 * The studio's own icons, one per component kind, drawn in one style: 24-unit grid, 1.75 stroke, round
 * caps, no fill. Each sits on a tile in its layer's colour. No vendor logos (their licences do not ship).
 */
import { memo, type ReactNode } from 'react';
import { COMPONENTS, type ComponentKind, type Layer } from '@/lib/catalog/components';

const GLYPHS: Record<ComponentKind, ReactNode> = {
  client: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
      <circle cx="16.5" cy="9" r="2.6" />
      <path d="M15.6 14.1c2.6-.3 4.5 1.4 4.9 4.4" />
    </>
  ),
  'front-door': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17" />
      <path d="M12 3.5c2.3 2.4 3.5 5.2 3.5 8.5s-1.2 6.1-3.5 8.5c-2.3-2.4-3.5-5.2-3.5-8.5s1.2-6.1 3.5-8.5z" />
    </>
  ),
  'app-service': (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <path d="M3 8.5h18" />
      <path d="M10 11.5 7.5 14l2.5 2.5M14 11.5l2.5 2.5-2.5 2.5" />
    </>
  ),
  functions: <path d="M13.5 3 6 13.2h5.6L10.5 21 18 10.8h-5.6z" />,
  'container-apps': (
    <>
      <path d="m12 3 8 4.5v9L12 21l-8-4.5v-9z" />
      <path d="m4 7.5 8 4.5 8-4.5M12 12v9" />
    </>
  ),
  apim: (
    <>
      <circle cx="5.5" cy="12" r="2.5" />
      <path d="M8 12h4.5c2 0 2.5-5 5-5H20M12.5 12c2 0 2.5 5 5 5H20" />
      <path d="m18 5 2 2-2 2M18 15l2 2-2 2" />
    </>
  ),
  'azure-openai': <path d="M12 3c.6 4.6 2.9 7.4 8 9-5.1 1.6-7.4 4.4-8 9-.6-4.6-2.9-7.4-8-9 5.1-1.6 7.4-4.4 8-9z" />,
  'foundry-serverless': (
    <>
      <path d="M7 19h10a4 4 0 0 0 .6-7.96A5.5 5.5 0 0 0 7 10a4.5 4.5 0 0 0 0 9z" />
      <path d="M12 11.3c.2 1.3.9 2 2.2 2.3-1.3.3-2 1-2.2 2.3-.2-1.3-.9-2-2.2-2.3 1.3-.3 2-1 2.2-2.3z" />
    </>
  ),
  'ai-foundry': (
    <>
      <path d="M9.5 3.5h5M10.5 3.5v5.2L5 18.2A1.8 1.8 0 0 0 6.6 21h10.8a1.8 1.8 0 0 0 1.6-2.8l-5.5-9.5V3.5" />
      <path d="M7.3 15h9.4" />
    </>
  ),
  'ml-online-endpoint': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="4.5" />
      <circle cx="12" cy="12" r="1.2" fill="currentColor" />
    </>
  ),
  'ai-search': (
    <>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.3 15.3 5.2 5.2M7.8 9h5.4M7.8 12h3.4" />
    </>
  ),
  'content-safety': (
    <>
      <path d="m12 3 7 2.8v5.4c0 4.4-2.9 8.1-7 9.8-4.1-1.7-7-5.4-7-9.8V5.8z" />
      <path d="m8.8 12.2 2.2 2.2 4.3-4.4" />
    </>
  ),
  'gpu-vm': (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <rect x="9.5" y="9.5" width="5" height="5" rx=".6" />
      <path d="M9 3v3M12 3v3M15 3v3M9 18v3M12 18v3M15 18v3M3 9h3M3 12h3M3 15h3M18 9h3M18 12h3M18 15h3" />
    </>
  ),
  'aks-gpu-pool': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="2.5" />
      <path d="M12 3.5v6M12 14.5v6M3.5 12h6M14.5 12h6M6 6l4.2 4.2M13.8 13.8 18 18M18 6l-4.2 4.2M10.2 13.8 6 18" />
    </>
  ),
  'training-job': (
    <>
      <path d="M3.5 20.5h17" />
      <path d="m4 16 5-5 3.5 3.5L20 7" />
      <path d="M15 7h5v5" />
    </>
  ),
  'blob-storage': (
    <>
      <rect x="3.5" y="4" width="17" height="5" rx="1" />
      <path d="M5 9v9.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V9M10 13h4" />
    </>
  ),
  'cosmos-db': (
    <>
      <circle cx="12" cy="12" r="5.5" />
      <ellipse cx="12" cy="12" rx="10" ry="3.6" transform="rotate(-25 12 12)" />
    </>
  ),
  redis: (
    <>
      <path d="m12 3.5 8.5 4.25L12 12 3.5 7.75z" />
      <path d="m3.5 12 8.5 4.25L20.5 12M3.5 16.25 12 20.5l8.5-4.25" />
    </>
  ),
  'document-intelligence': (
    <>
      <path d="M6.5 3.5h7.5l4.5 4.5v12.5h-12z" />
      <path d="M14 3.5V8h4.5M9 12h6M9 15h6M9 18h3.5" />
    </>
  ),
  'event-grid': (
    <>
      <circle cx="12" cy="12" r="2" />
      <path d="M8.2 8.2a5.4 5.4 0 0 0 0 7.6M15.8 8.2a5.4 5.4 0 0 1 0 7.6M5.4 5.4a9.3 9.3 0 0 0 0 13.2M18.6 5.4a9.3 9.3 0 0 1 0 13.2" />
    </>
  ),
  'service-bus': (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="2" />
      <path d="m3.5 7 8.5 6 8.5-6" />
    </>
  ),
  'storage-queue': (
    <>
      <rect x="3" y="5" width="4" height="14" rx="1" />
      <rect x="9.5" y="5" width="4" height="14" rx="1" />
      <path d="M16 12h5M18.5 9.5 21 12l-2.5 2.5" />
    </>
  ),
  monitor: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M6 12.5h3l1.8-4 2.6 8 1.8-4H18" />
    </>
  ),
  'app-insights': (
    <>
      <path d="M9 17.5h6M10 20.5h4" />
      <path d="M12 3.5a5.8 5.8 0 0 0-3.5 10.4c.6.5 1 1.2 1 2v1.6h5v-1.6c0-.8.4-1.5 1-2A5.8 5.8 0 0 0 12 3.5z" />
    </>
  ),
  'key-vault': (
    <>
      <circle cx="8" cy="15.5" r="4" />
      <path d="M10.9 12.7 20 3.5M16.5 7 19 9.5M14 9.5l2 2" />
    </>
  ),
  'entra-id': (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="11" r="2.2" />
      <path d="M5.8 16.5c.5-1.7 1.7-2.6 3.2-2.6s2.7.9 3.2 2.6M14.5 10h4M14.5 13.5h3" />
    </>
  ),
  region: (
    <>
      <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
  vnet: (
    <>
      <path d="m7 6-4 6 4 6M17 6l4 6-4 6" />
      <circle cx="8.5" cy="12" r="1.1" fill="currentColor" />
      <circle cx="12" cy="12" r="1.1" fill="currentColor" />
      <circle cx="15.5" cy="12" r="1.1" fill="currentColor" />
    </>
  ),
  subnet: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="2" />
      <path d="M3.5 12h17M12 12v8.5" />
    </>
  ),
  firewall: (
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="1.5" />
      <path d="M3.5 9.5h17M3.5 14.5h17M9 4.5v5M15 9.5v5M9 14.5v5" />
    </>
  ),
  'ddos-protection': (
    <>
      <path d="m12 3 7 2.8v5.4c0 4.4-2.9 8.1-7 9.8-4.1-1.7-7-5.4-7-9.8V5.8z" />
      <path d="m13 7.5-3 5h4l-1 4.5" />
    </>
  ),
  'private-dns': (
    <>
      <path d="M12 3v18" />
      <path d="M5 5.5h11l2.5 2.5-2.5 2.5H5zM19 12.5H8L5.5 15 8 17.5h11z" />
    </>
  ),
};

/** CSS class carrying a layer's colour (see app/globals.css). */
export const layerClass = (layer: Layer): string => `layer-${layer.toLowerCase().replace(/[^a-z]+/g, '-')}`;

/** A component's glyph alone, in the current text colour. */
export const ComponentGlyph = memo(function ComponentGlyph({ kind, size = 20 }: { kind: ComponentKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {GLYPHS[kind]}
    </svg>
  );
});

/** A component's icon on its layer-coloured tile. Decorative: the name is always next to it. */
export const ComponentIcon = memo(function ComponentIcon({ kind, size = 36 }: { kind: ComponentKind; size?: number }) {
  return (
    <span
      className={`${layerClass(COMPONENTS[kind].layer)} inline-flex shrink-0 items-center justify-center rounded-lg bg-[var(--layer-soft)] text-[var(--layer)] ring-1 ring-inset ring-[var(--layer-ring)]`}
      style={{ width: size, height: size }}
    >
      <ComponentGlyph kind={kind} size={Math.round(size * 0.62)} />
    </span>
  );
});
