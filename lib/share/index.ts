/** Share links: the design in the URL fragment. See share-link.ts for the format. */
export {
  classifyShareLength,
  decodeShareFragment,
  encodeShareFragment,
  shareUrl,
  MAX_DESIGN_BYTES,
  MAX_FRAGMENT_CHARS,
  SHARE_FORMAT_VERSION,
  SHARE_LINK_MAX_CHARS,
  SHARE_LINK_SAFE_CHARS,
  type ShareDecodeResult,
  type ShareLengthClass,
  type ShareLengthVerdict,
} from './share-link';
export { compactDesign } from './compact';
