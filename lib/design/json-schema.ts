/** The JSON Schema of the design document, generated from the zod schema (published in public/schema/). */
import { z } from 'zod';
import { DesignSchema, SCHEMA_VERSION } from './schema';

export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // An editor finds this schema through a design's `$schema` field; parseDesign accepts and drops it.
  const properties = {
    $schema: { type: 'string', description: 'Where an editor finds this schema; not part of the design.' },
    ...(schema.properties as Record<string, unknown>),
  };
  return {
    ...schema,
    properties,
    $id: `https://ai-architecture-studio.dev/schema/design-v${SCHEMA_VERSION}.json`,
    title: `AI Architecture Studio design (schema v${SCHEMA_VERSION})`,
  };
}
