import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv";
import { schemaKeywords } from "./schemaKeywords";

/**
 * Compiles the cohort schema with ajv (JSON Schema draft 2020-12) in strict mode, with every
 * custom `x-` annotation registered (lib/data/schemaKeywords.ts) and `allErrors` so that one
 * call reports every problem of a row. Throws when the schema itself is invalid, e.g. an
 * unknown keyword or an annotation whose value breaks its meta-schema.
 */
export function createRowValidator(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  for (const k of schemaKeywords) ajv.addKeyword(k);
  return ajv.compile(schema);
}
