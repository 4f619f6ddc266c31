/**
 * The JSON Schema of a knowledge file, generated from the zod schema (z.toJSONSchema), for editors: each YAML
 * file under knowledge/ names it in its first line (SCHEMA_MODELINE), so an editor with a YAML language server
 * checks entries as they are typed. The build's own checks (validate.ts) remain the authority: refinements such
 * as "one to three sentences" or "never current" exist only there. Node-only (scripts and tests).
 */
import { z } from 'zod';
import { aliasInputSchema, aliasSchema, entryFileSchema } from './schema';

export const SCHEMA_FILE = 'entry.schema.json';
/** The first line of every entry file: where the YAML language server finds the schema. */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;

/** The schema as the file holds it (2-space JSON, a final newline). */
export function knowledgeJsonSchema(): string {
  const schema = z.toJSONSchema(entryFileSchema, {
    io: 'input',
    override: (ctx) => {
      // An alias is read through a preprocess step (a plain string becomes `{ text }`), which JSON Schema cannot
      // describe: describe what may be written instead.
      if (ctx.zodSchema !== aliasSchema) return;
      const written = z.toJSONSchema(aliasInputSchema, { io: 'input' }) as Record<string, unknown>;
      delete written.$schema;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, written);
    },
  });
  const described = {
    ...schema,
    title: 'Gloss knowledge file',
    description:
      'A list of entries. Generated from src/knowledge/schema.ts by `npm run knowledge:schema`; the build checks more (knowledge/README.md).',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}

/** `text` of a YAML entry file, starting with the schema's modeline. */
export function withModeline(text: string): string {
  return text.startsWith(SCHEMA_MODELINE) ? text : `${SCHEMA_MODELINE}\n${text}`;
}
