import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import type { AppliesWhen, CohortSchema, DerivedSpec, FieldSpec, MissingPolicy } from "./cohortTypes";
import { createRowValidator } from "./createRowValidator";

const SCHEMA_FILE = join("data-schema", "lm-cohort.schema.json");
const cache = new Map<string, CohortSchema>();

/**
 * Where the schema lives: the first `data-schema/lm-cohort.schema.json` found walking up from
 * this file's folder (works from lib/data, from the tslab kernel's compiled copy under the
 * project root, and from tools/), else under the current directory.
 */
export function cohortSchemaPath(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, SCHEMA_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return resolve(SCHEMA_FILE);
}

type Json = Record<string, any>;

function kindOf(name: string, type: unknown): "integer" | "number" | "text" {
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("integer")) return "integer";
  if (types.includes("number")) return "number";
  if (types.includes("string")) return "text";
  throw new Error(`schema: field ${name} has type ${JSON.stringify(type)}; expected integer, number or string`);
}

function fieldSpec(name: string, p: Json): FieldSpec {
  const levels = Array.isArray(p.enum) ? (p.enum as Array<string | number | null>).filter((v): v is string | number => v !== null) : null;
  return {
    name,
    label: p["x-label"],
    unit: p["x-unit"] ?? null,
    group: p["x-group"],
    kind: kindOf(name, p.type),
    levels,
    valueLabels: p["x-value-labels"] ?? null,
    minimum: p.minimum ?? null,
    maximum: p.maximum ?? null,
    multipleOf: p.multipleOf ?? null,
    pattern: p.pattern ?? null,
    missing: p["x-missing"] as MissingPolicy,
    appliesWhen: (p["x-applies-when"] as AppliesWhen) ?? null,
    notAfter: p["x-not-after"] ?? null,
    unique: p["x-unique"] === true,
    exclusiveWith: p["x-exclusive-with"] ?? null,
    startDay: p["x-start-day"] ?? null,
    description: p.description ?? null,
  };
}

function derivedSpec(name: string, d: Json): DerivedSpec {
  return {
    name,
    label: d["x-label"],
    unit: d["x-unit"],
    kind: kindOf(name, d.type),
    levels: d.enum ?? null,
    valueLabels: d["x-value-labels"] ?? null,
    from: d["x-from"],
    definition: d["x-definition"],
    reference: d["x-reference"],
    cutoffs: d["x-cutoffs"] ?? null,
    cutoffsMgdl: d["x-cutoffs-mgdl"] ?? null,
    constants: d["x-constants"] ?? null,
  };
}

/**
 * Reads and checks the cohort schema (cached per path). Rules: the file compiles with ajv in
 * strict mode (every annotation valid); every field carries x-label, x-group and x-missing; every
 * group has a display label in the root's x-groups; every field named by x-applies-when,
 * x-not-after, x-exclusive-with, x-start-day or a derived variable's x-from exists. Throws an Error naming the first broken field otherwise.
 */
export function cohortSchema(path: string = cohortSchemaPath()): CohortSchema {
  const hit = cache.get(path);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(path, "utf8")) as Json;
  createRowValidator(raw);
  const props = raw.properties as Json;
  const fields = Object.keys(props).map((name) => fieldSpec(name, props[name]));
  const byName = new Map(fields.map((f) => [f.name, f]));
  const derived = Object.keys(raw["x-derived"] ?? {}).map((name) => derivedSpec(name, raw["x-derived"][name]));
  const known = new Set<string>([...byName.keys(), ...derived.map((d) => d.name)]);
  const need = (owner: string, ref: string | undefined | null) => {
    if (ref && !known.has(ref)) throw new Error(`schema: ${owner} refers to unknown field ${ref}`);
  };
  for (const f of fields) {
    for (const key of ["label", "group", "missing"] as const) {
      if (!f[key]) throw new Error(`schema: field ${f.name} lacks x-${key}`);
    }
    need(f.name, f.appliesWhen?.field);
    need(f.name, f.notAfter);
    need(f.name, f.startDay);
    for (const e of f.exclusiveWith ?? []) need(f.name, e);
  }
  for (const d of derived) for (const s of d.from) need(`derived ${d.name}`, s);
  const groupLabels = (raw["x-groups"] as Record<string, string> | undefined) ?? {};
  for (const f of fields) if (!groupLabels[f.group]) throw new Error(`schema: group ${f.group} of field ${f.name} has no label in x-groups`);
  const schema: CohortSchema = {
    path,
    version: String(raw["x-version"] ?? "unversioned"),
    raw,
    fields,
    byName,
    derived,
    missingTokens: (raw["x-missing-tokens"] as string[]) ?? [""],
    groupLabels,
  };
  cache.set(path, schema);
  return schema;
}
