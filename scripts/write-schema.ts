// Writes public/schema/design-v1.json from the zod schema. Run after changing lib/design: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { designJsonSchema } from '../lib/design/json-schema';
import { SCHEMA_VERSION } from '../lib/design/schema';

const path = `public/schema/design-v${SCHEMA_VERSION}.json`;
writeFileSync(path, `${JSON.stringify(designJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
