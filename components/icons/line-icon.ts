/** The attributes of the studio's 18 px line icons (header buttons): 24-unit grid, 2-unit round strokes, hidden from screen readers. */
export const LINE_ICON = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  width: 18,
  height: 18,
  'aria-hidden': true,
};
