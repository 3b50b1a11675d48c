/**
 * The org file's JSON Schema (draft-07, which yaml-language-server supports),
 * generated from the zod schema, itself built from the field declaration
 * (model/org-file-fields.ts), so the two cannot drift. Field descriptions
 * become hover text; every object is closed so editors flag typos.
 */
import { z } from 'zod';
import { orgFileSchema } from './schema.js';

/** Where the schema says it lives; editors only use it as an identifier. */
export const JSON_SCHEMA_TITLE = 'rocks org file';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The org file's JSON Schema as a plain object. Deterministic: same zod schema, same output. */
export function orgJsonSchema(): JsonObject {
  return jsonSchemaOf(orgFileSchema);
}

/** The JSON Schema of an org file schema (orgFileSchema, or one built from another declaration). */
export function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const generated = z.toJSONSchema(schema, { target: 'draft-07', unrepresentable: 'throw' }) as JsonObject;
  closeObjects(generated);
  const { $schema, ...rest } = generated;
  // Keys in a fixed, readable order: identification first, then the body.
  return { $schema, title: JSON_SCHEMA_TITLE, ...rest };
}

/** The schema as committed in schema/rocks.schema.json and printed by `rocks schema`. */
export function orgJsonSchemaText(): string {
  return `${JSON.stringify(orgJsonSchema(), null, 2)}\n`;
}

/**
 * Every object schema with named properties gets `additionalProperties: false`
 * (zod's strict objects already do; this guards against a future non-strict
 * one). Maps such as `classification.weights` keep their value schema.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjects(item);
    return;
  }
  if (!isObject(node)) return;
  if (isObject(node.properties) && node.additionalProperties === undefined) node.additionalProperties = false;
  for (const value of Object.values(node)) closeObjects(value);
}

/**
 * Data paths (`members.items.tasks`) of properties that have no description,
 * for the test that keeps hover text complete.
 */
export function undocumentedProperties(schema: unknown, path = ''): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${at}[${i}]`));
      return;
    }
    if (!isObject(node)) return;
    if (isObject(node.properties)) {
      for (const [key, value] of Object.entries(node.properties)) {
        const where = at ? `${at}.${key}` : key;
        if (!isObject(value) || typeof value.description !== 'string' || value.description === '') missing.push(where);
        visit(value, where);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') continue;
      visit(value, key === 'items' ? `${at}[]` : at);
    }
  };
  visit(schema, path);
  return missing;
}
