/**
 * The custom annotation keywords of data-schema/lm-cohort.schema.json, registered with ajv
 * so that strict mode stays on (an unknown or misspelt keyword is an error) and each
 * annotation's value is itself checked by its meta-schema.
 */
import type { KeywordDefinition } from "ajv";

const text = { type: "string", minLength: 1 };
const textOrNull = { type: ["string", "null"] };
const numbers = { type: "array", items: { type: "number" } };

/** Sections of the table, in the order of the data dictionary. */
export const fieldGroups = ["identity", "demographics", "primary_tumor", "presentation", "diagnosis", "laboratory", "procedures", "treatment", "outcome"];

const derivedEntry = {
  type: "object",
  required: ["type", "x-label", "x-unit", "x-from", "x-definition", "x-reference"],
  additionalProperties: false,
  properties: {
    type: { enum: ["integer", "number", "string"] },
    enum: { type: "array" },
    "x-label": text,
    "x-unit": textOrNull,
    "x-from": { type: "array", items: text, minItems: 1 },
    "x-definition": text,
    "x-reference": textOrNull,
    "x-cutoffs": { anyOf: [numbers, { type: "object", additionalProperties: numbers }] },
    "x-cutoffs-mgdl": numbers,
    "x-constants": { type: "object", additionalProperties: { type: "number" } },
    "x-value-labels": { type: "object", additionalProperties: { type: "string" } },
  },
};

/** Keyword definitions (annotation only: no validation code, a meta-schema for the value). */
export const schemaKeywords: KeywordDefinition[] = [
  { keyword: "x-label", metaSchema: text },
  { keyword: "x-unit", metaSchema: textOrNull },
  { keyword: "x-group", metaSchema: { enum: fieldGroups } },
  { keyword: "x-missing", metaSchema: { enum: ["allowed", "excludes-row", "forbidden"] } },
  { keyword: "x-value-labels", metaSchema: { type: "object", additionalProperties: { type: "string" } } },
  {
    keyword: "x-applies-when",
    metaSchema: {
      type: "object",
      required: ["field", "in"],
      additionalProperties: false,
      properties: { field: text, in: { type: "array", minItems: 1, items: { type: ["string", "number"] } }, ifMissing: { const: "warning" } },
    },
  },
  { keyword: "x-not-after", metaSchema: text },
  { keyword: "x-unique", metaSchema: { type: "boolean" } },
  { keyword: "x-exclusive-with", metaSchema: { type: "array", items: text, minItems: 1 } },
  { keyword: "x-start-day", metaSchema: text },
  { keyword: "x-version", metaSchema: text },
  {
    keyword: "x-groups",
    metaSchema: { type: "object", required: fieldGroups, additionalProperties: false, properties: Object.fromEntries(fieldGroups.map((g) => [g, text])) },
  },
  { keyword: "x-missing-tokens", metaSchema: { type: "array", items: { type: "string" } } },
  { keyword: "x-derived", metaSchema: { type: "object", additionalProperties: derivedEntry } },
];
