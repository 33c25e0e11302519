/**
 * The design inside an exported SVG: a `<metadata>` element (SVG 2 §5.11) right after the opening
 * `<svg>` tag, holding the design file's JSON as escaped character data. Browsers and editors ignore it;
 * the studio reads it back when the image is dropped on the canvas. Pure text functions, no DOM.
 */
import { openDesignFile, type OpenResult } from '../design/file';
import type { Design } from '../design/schema';

/** The id of the studio's metadata element. */
export const SVG_DESIGN_ID = 'ai-architecture-studio-design';

const OPEN_TAG = `<metadata id="${SVG_DESIGN_ID}" data-media-type="application/json">`;
const ELEMENT = new RegExp(`<metadata\\s+id="${SVG_DESIGN_ID}"[^>]*>([\\s\\S]*?)</metadata>`);

/** XML character data: `&`, `<` and `>` escaped (XML 1.0 §2.4), so the JSON can never close the element. */
export const escapeXmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undo XML escaping: the five named entities and numeric character references. */
export function unescapeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Index just past the `>` of the first `<svg …>` start tag, minding quoted attribute values; -1 if none. */
function endOfSvgStartTag(svg: string): number {
  const start = svg.search(/<svg[\s>]/);
  if (start < 0) return -1;
  let quote: string | null = null;
  for (let i = start + 4; i < svg.length; i++) {
    const c = svg[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return svg[i - 1] === '/' ? -1 : i + 1;
  }
  return -1;
}

/**
 * The SVG with the design in a `<metadata>` element as the first child of the root `<svg>` (replacing a
 * design embedded earlier). Throws with a plain message when the text has no `<svg>` element with
 * content: the caller passes the studio's own rendering.
 */
export function embedDesignInSvg(svgText: string, design: Design): string {
  // JSON.stringify already writes control characters and lone surrogates as \u escapes; U+FFFE and
  // U+FFFF are not XML characters either (XML 1.0 §2.2), so they become escapes too (only strings hold them).
  const json = JSON.stringify(design).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const element = `${OPEN_TAG}${escapeXmlText(json)}</metadata>`;
  if (ELEMENT.test(svgText)) return svgText.replace(ELEMENT, () => element);
  const at = endOfSvgStartTag(svgText);
  if (at < 0) throw new Error('Cannot put the design into the image: the text has no <svg> element with content.');
  return `${svgText.slice(0, at)}${element}${svgText.slice(at)}`;
}

/** The design inside an SVG exported by the studio. Never throws. */
export function extractDesignFromSvg(text: string): OpenResult {
  const fail = (error: string): OpenResult => ({ ok: false, error, errors: [{ path: '(document)', message: error }] });
  if (!/<svg[\s>]/.test(text)) return fail('This is not an SVG image.');
  const m = ELEMENT.exec(text);
  if (!m) return fail('This SVG image holds no studio design: only images exported from the studio carry one.');
  return openDesignFile(unescapeXmlText(m[1] ?? ''));
}
