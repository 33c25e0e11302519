/** The icons of the right-hand panel's tabs, in the studio's icon style (24-unit grid, 1.75 stroke). */
import type { ReactNode } from 'react';
import type { PanelId } from '@/components/store/studio-store';

const GLYPHS: Record<PanelId, ReactNode> = {
  inspector: (
    <>
      <rect x="3.5" y="3.5" width="17" height="17" rx="2.5" />
      <path d="M7.5 8.5h9M7.5 12h9M7.5 15.5h5" />
    </>
  ),
  findings: (
    <>
      <path d="M12 3.8 21 19.5H3z" strokeLinejoin="round" />
      <path d="M12 10v4.2M12 16.8v.2" />
    </>
  ),
  cost: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M14.8 9.2c-.5-1-1.5-1.5-2.8-1.5-1.6 0-2.8.8-2.8 2.1 0 3 5.8 1.4 5.8 4.3 0 1.3-1.3 2.2-3 2.2-1.4 0-2.5-.6-3-1.6M12 6v1.7M12 16.3V18" />
    </>
  ),
  vram: (
    <>
      <rect x="5.5" y="5.5" width="13" height="13" rx="1.5" />
      <rect x="9" y="9" width="6" height="6" rx=".5" />
      <path d="M9 2.5v3M15 2.5v3M9 18.5v3M15 18.5v3M2.5 9h3M2.5 15h3M18.5 9h3M18.5 15h3" />
    </>
  ),
  latency: (
    <>
      <circle cx="12" cy="13.5" r="7.5" />
      <path d="M12 13.5V9.5M9.5 2.5h5M18.5 6.5l1.5-1.5" />
    </>
  ),
  availability: (
    <>
      <path d="M12 3 4.5 6v5.5c0 4.4 3.1 8.2 7.5 9.5 4.4-1.3 7.5-5.1 7.5-9.5V6z" strokeLinejoin="round" />
      <path d="m8.8 12 2.2 2.2 4.3-4.4" />
    </>
  ),
  scenario: (
    <>
      <path d="M4 7h10M18 7h2M4 12h3M11 12h9M4 17h12M20 17h0" />
      <circle cx="16" cy="7" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="18" cy="17" r="2" />
    </>
  ),
};

export function PanelIcon({ id, size = 18 }: { id: PanelId; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {GLYPHS[id]}
    </svg>
  );
}
