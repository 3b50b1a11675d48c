import { orgJsonSchemaText } from '../../input/json-schema.js';
import { EXIT } from '../errors.js';
import type { Streams } from '../io.js';
import { writeOutput } from '../write.js';

export interface SchemaOptions {
  output?: string;
}

/** Prints the org file's JSON Schema (draft-07), or writes it to --output. */
export async function schema(options: SchemaOptions, streams: Streams): Promise<number> {
  await writeOutput(orgJsonSchemaText(), options.output, streams);
  return EXIT.ok;
}
