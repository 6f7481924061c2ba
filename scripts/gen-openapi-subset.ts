// Generates test/double/openapi-subset.json: the operations the GitHub double implements, cut out of
// GitHub's official (dereferenced) OpenAPI description. Loading the full 73 MB description in every test
// process would dominate test time, so we commit this small, deterministic excerpt instead.
//
//   node scripts/gen-openapi-subset.ts          # (re)write the subset
//   node scripts/gen-openapi-subset.ts --check  # exit 1 when the committed subset is stale
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const OPERATIONS: ReadonlyArray<readonly [method: string, path: string]> = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['put', '/repos/{owner}/{repo}/issues/{issue_number}/lock'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
  ['post', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/reactions'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/reactions'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['post', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
]

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

// Validation keywords (and title, to name shared schemas) only: annotations (description, example, x-*) are dropped to keep the file
// small and so ajv never meets OpenAPI-only keywords it would have to ignore.
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties'])
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf'])
const SCHEMA_KEYWORDS = new Set(['items', 'not', 'additionalProperties'])
const VALUE_KEYWORDS = new Set([
  'title',
  'type',
  'required',
  'enum',
  'const',
  'format',
  'nullable',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function stripSchema(schema: Json): Json {
  if (typeof schema === 'boolean') return schema
  if (!isObject(schema)) throw new Error(`not a schema: ${JSON.stringify(schema).slice(0, 80)}`)
  const out: JsonObject = {}
  for (const key of Object.keys(schema).sort()) {
    const value = schema[key]
    if (value === undefined) continue
    if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      const map: JsonObject = {}
      for (const name of Object.keys(value).sort()) {
        const sub = value[name]
        if (sub !== undefined) map[name] = stripSchema(sub)
      }
      out[key] = map
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map(stripSchema)
    } else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = stripSchema(value)
    } else if (VALUE_KEYWORDS.has(key)) {
      out[key] = value
    }
  }
  return out
}

function jsonSchemaOf(content: Json | undefined): Json | undefined {
  if (!isObject(content)) return undefined
  const media = content['application/json']
  if (!isObject(media) || media.schema === undefined) return undefined
  return stripSchema(media.schema)
}

function pick(op: JsonObject, method: string, path: string): JsonObject {
  const out: JsonObject = {}
  if (typeof op.operationId === 'string') out.operationId = op.operationId
  if (isObject(op.externalDocs) && typeof op.externalDocs.url === 'string') {
    out.documentationUrl = op.externalDocs.url
  }
  const params: Json[] = []
  for (const p of Array.isArray(op.parameters) ? op.parameters : []) {
    if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') {
      throw new Error(`${method} ${path}: unexpected parameter ${JSON.stringify(p)}`)
    }
    if (p.in !== 'path' && p.in !== 'query') continue
    params.push({
      name: p.name,
      in: p.in,
      required: p.required === true,
      schema: p.schema === undefined ? {} : stripSchema(p.schema),
    })
  }
  out.parameters = params
  if (isObject(op.requestBody)) {
    const schema = jsonSchemaOf(op.requestBody.content)
    if (schema !== undefined) {
      out.requestBody = { required: op.requestBody.required === true, schema }
    }
  }
  const responses: JsonObject = {}
  if (isObject(op.responses)) {
    for (const status of Object.keys(op.responses).sort()) {
      const r = op.responses[status]
      const schema = isObject(r) ? jsonSchemaOf(r.content) : undefined
      responses[status] = schema === undefined ? {} : { schema }
    }
  }
  out.responses = responses
  return out
}

// The dereferenced description repeats the same schemas (users, repositories, labels) hundreds of times.
// Hoisting every repeated, non-trivial subschema into components/schemas (as OpenAPI $refs) shrinks the
// file several times over; the loader inlines them again.
const MIN_SHARED_LENGTH = 200

function forEachSubschema(schema: Json, visit: (sub: JsonObject) => void): void {
  if (!isObject(schema)) return
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      for (const sub of Object.values(value)) if (isObject(sub)) visit(sub)
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      for (const sub of value) if (isObject(sub)) visit(sub)
    } else if (SCHEMA_KEYWORDS.has(key) && isObject(value)) {
      visit(value)
    }
  }
}

function mapSubschemas(schema: JsonObject, map: (sub: JsonObject) => Json): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      const m: JsonObject = {}
      for (const [name, sub] of Object.entries(value)) m[name] = isObject(sub) ? map(sub) : sub
      out[key] = m
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub) => (isObject(sub) ? map(sub) : sub))
    } else if (SCHEMA_KEYWORDS.has(key) && isObject(value)) {
      out[key] = map(value)
    } else {
      out[key] = value
    }
  }
  return out
}

class SchemaPool {
  readonly counts = new Map<string, number>()
  readonly names = new Map<string, string>()
  readonly schemas: JsonObject = {}

  count(schema: JsonObject): void {
    const key = JSON.stringify(schema)
    if (key.length >= MIN_SHARED_LENGTH) this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    forEachSubschema(schema, (sub) => this.count(sub))
  }

  // Top-down, so the largest repeated schema is hoisted whole rather than its parts.
  share(schema: JsonObject): Json {
    const key = JSON.stringify(schema)
    if ((this.counts.get(key) ?? 0) < 2) return mapSubschemas(schema, (sub) => this.share(sub))
    let name = this.names.get(key)
    if (name === undefined) {
      const base =
        (typeof schema.title === 'string' ? schema.title : 'schema')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'schema'
      name = base
      for (let i = 2; this.schemas[name] !== undefined; i++) name = `${base}-${i}`
      this.names.set(key, name)
      this.schemas[name] = {}
      this.schemas[name] = mapSubschemas(schema, (sub) => this.share(sub))
    }
    return { $ref: `#/components/schemas/${name}` }
  }
}

function forEachOperationSchema(
  paths: JsonObject,
  visit: (holder: JsonObject, key: string, schema: JsonObject) => void,
): void {
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue
    for (const op of Object.values(item)) {
      if (!isObject(op)) continue
      for (const p of Array.isArray(op.parameters) ? op.parameters : []) {
        if (isObject(p) && isObject(p.schema)) visit(p, 'schema', p.schema)
      }
      if (isObject(op.requestBody) && isObject(op.requestBody.schema))
        visit(op.requestBody, 'schema', op.requestBody.schema)
      if (isObject(op.responses)) {
        for (const r of Object.values(op.responses)) if (isObject(r) && isObject(r.schema)) visit(r, 'schema', r.schema)
      }
    }
  }
}

export function buildSubset(full: Json): JsonObject {
  if (!isObject(full) || !isObject(full.paths) || !isObject(full.info)) throw new Error('not an OpenAPI description')
  const paths: JsonObject = {}
  for (const [method, path] of OPERATIONS) {
    const item = full.paths[path]
    const op = isObject(item) ? item[method] : undefined
    if (!isObject(op)) throw new Error(`${method.toUpperCase()} ${path} is not in the description`)
    const entry = paths[path]
    const methods: JsonObject = isObject(entry) ? entry : {}
    methods[method] = pick(op, method, path)
    paths[path] = methods
  }
  // Every other operation GitHub has, by name only, so the double can tell "not a GitHub endpoint" apart
  // from "a GitHub endpoint the double does not implement" in its violations.
  const otherOperations: string[] = []
  for (const path of Object.keys(full.paths).sort()) {
    const item = full.paths[path]
    if (!isObject(item)) continue
    for (const method of Object.keys(item).sort()) {
      const implemented = paths[path]
      if (!HTTP_METHODS.has(method) || (isObject(implemented) && implemented[method] !== undefined)) continue
      otherOperations.push(`${method.toUpperCase()} ${path}`)
    }
  }
  const pool = new SchemaPool()
  forEachOperationSchema(paths, (_holder, _key, schema) => pool.count(schema))
  forEachOperationSchema(paths, (holder, key, schema) => {
    holder[key] = pool.share(schema)
  })
  const schemas: JsonObject = {}
  for (const name of Object.keys(pool.schemas).sort()) {
    const schema = pool.schemas[name]
    if (schema !== undefined) schemas[name] = schema
  }
  return {
    source: `@octokit/openapi ${typeof full.info.version === 'string' ? full.info.version : '?'} generated/api.github.com.deref.json`,
    openapi: typeof full.openapi === 'string' ? full.openapi : null,
    paths,
    components: { schemas },
    otherOperations,
  }
}

export function renderSubset(subset: JsonObject): string {
  return `${JSON.stringify(subset, null, 1)}\n`
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SUBSET_PATH = join(root, 'test/double/openapi-subset.json')

export function fullDescriptionPath(): string {
  const require = createRequire(join(root, 'package.json'))
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated/api.github.com.deref.json')
}

export function generate(): string {
  const full = JSON.parse(readFileSync(fullDescriptionPath(), 'utf8')) as Json
  return renderSubset(buildSubset(full))
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate()
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(SUBSET_PATH, 'utf8')
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${SUBSET_PATH} is stale: run node scripts/gen-openapi-subset.ts`)
      process.exit(1)
    }
    console.log('openapi subset is up to date')
  } else {
    writeFileSync(SUBSET_PATH, text)
    console.log(`wrote ${SUBSET_PATH} (${text.length} bytes)`)
  }
}
