// Regenerates schema/rocks.schema.json from the field declaration, through the zod schema (run `npm run build` first;
// `npm run schema` does both). test/schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { orgJsonSchemaText } from '../dist/input/json-schema.js';

const target = new URL('../schema/rocks.schema.json', import.meta.url);
writeFileSync(target, orgJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
