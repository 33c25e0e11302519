/**
 * Zod compiles fast parsers with `new Function` when it may, and probes for that on the first parse: under
 * the studio's Content Security Policy (no 'unsafe-eval') the probe is blocked and reported as a policy
 * violation. Import this module before anything that parses: zod then never tries. Parsing happens when a
 * design is opened or an edit is checked, never per frame, so the compiled parsers are not needed.
 */
import { config } from 'zod';

config({ jitless: true });
