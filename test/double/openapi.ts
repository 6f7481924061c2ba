// GitHub's OpenAPI description (the committed subset) turned into a router and ajv validators.
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import type { ErrorObject, SchemaObject, ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

export const SUBSET_URL = new URL('./openapi-subset.json', import.meta.url)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

export interface ParameterSpec {
  name: string
  in: 'path' | 'query'
  required: boolean
  schema: SchemaObject
}

export interface OperationSpec {
  method: string
  path: string
  operationId: string
  documentationUrl: string
  parameters: ParameterSpec[]
  requestBody: { required: boolean; schema: SchemaObject } | undefined
  responses: Record<string, { schema: SchemaObject | undefined }>
}

export type RouteMatch =
  | { kind: 'operation'; op: OperationSpec; pathParams: Record<string, string> }
  | { kind: 'not-implemented'; template: string }
  | { kind: 'not-github' }

/** One problem with a request, shaped like an entry of GitHub's 422 `errors`. */
export interface RequestProblem {
  where: 'path' | 'query' | 'body'
  field: string
  code: 'invalid' | 'missing_field' | 'unknown_field'
  message: string
}

export interface CheckedRequest {
  /** Problems GitHub would reject the request for. */
  problems: RequestProblem[]
  /** Problems GitHub silently ignores (unknown fields) but that almost always mean a caller bug. */
  warnings: RequestProblem[]
  pathParams: Record<string, unknown>
  query: Record<string, unknown>
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// OpenAPI 3.0 is not JSON Schema: ajv does not know `nullable`, and GitHub's `oneOf`s overlap (nullable
// branches, objects without additionalProperties: false), so "exactly one" rejects valid payloads.
// Rewriting both here keeps the committed subset a faithful excerpt of GitHub's description.
const SCHEMA_BASE = 'https://double.invalid/schemas/'

function toJsonSchema(schema: Json): Json {
  if (!isObject(schema)) return schema
  const ref = schema.$ref
  // Shared schemas stay references (registered once with ajv) so each compiles once, not per use.
  if (typeof ref === 'string') return { $ref: `${SCHEMA_BASE}${ref.replace('#/components/schemas/', '')}` }
  const out: JsonObject = {}
  let nullable = false
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') {
      nullable = value === true
    } else if (key === 'properties' || key === 'patternProperties') {
      const map: JsonObject = {}
      if (isObject(value)) for (const [name, sub] of Object.entries(value)) map[name] = toJsonSchema(sub)
      out[key] = map
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      const list = Array.isArray(value) ? value.map((sub) => toJsonSchema(sub)) : []
      out[key === 'oneOf' ? 'anyOf' : key] = list
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = toJsonSchema(value)
    } else {
      out[key] = value
    }
  }
  if (!nullable) return out
  const { title, ...rest } = out
  const wrapped: JsonObject = { anyOf: [rest, { type: 'null' }] }
  if (title !== undefined) wrapped.title = title
  return wrapped
}

interface Template {
  method: string
  path: string
  segments: Array<{ literal: string } | { param: string }>
  op: OperationSpec | undefined
}

function compileTemplate(method: string, path: string, op: OperationSpec | undefined): Template {
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => {
      const m = /^\{(.+)\}$/.exec(s)
      return m?.[1] !== undefined ? { param: m[1] } : { literal: s }
    })
  return { method, path, segments, op }
}

function matchTemplate(t: Template, parts: string[]): Record<string, string> | undefined {
  if (t.segments.length !== parts.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const seg = t.segments[i]
    const part = parts[i]
    if (seg === undefined || part === undefined || part === '') return undefined
    if ('literal' in seg) {
      if (seg.literal !== part) return undefined
    } else {
      try {
        params[seg.param] = decodeURIComponent(part)
      } catch {
        return undefined
      }
    }
  }
  return params
}

// `/issues/comments` must win over `/issues/{issue_number}`: the first literal segment decides.
function moreSpecific(a: Template, b: Template): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const sa = a.segments[i]
    const sb = b.segments[i]
    if (sa === undefined || sb === undefined) break
    const la = 'literal' in sa
    const lb = 'literal' in sb
    if (la !== lb) return la
  }
  return false
}

function formatAjvError(
  e: ErrorObject,
  base: string,
): { field: string; code: RequestProblem['code']; message: string } {
  const pointer = e.instancePath === '' ? base : `${base}${e.instancePath}`
  if (e.keyword === 'required' && isObject(e.params) && typeof e.params.missingProperty === 'string') {
    const field =
      e.instancePath === '' ? e.params.missingProperty : `${e.instancePath.slice(1)}/${e.params.missingProperty}`
    return { field, code: 'missing_field', message: `${field} is missing` }
  }
  const allowed =
    isObject(e.params) && Array.isArray(e.params.allowedValues)
      ? ` (${e.params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')})`
      : ''
  return {
    field: pointer.replace(/^\//, ''),
    code: 'invalid',
    message: `${pointer || '(root)'} ${e.message ?? 'is invalid'}${allowed}`,
  }
}

// ajv reports every failed anyOf branch; the shortest distinct messages are the useful ones.
function summarize(errors: ErrorObject[] | null | undefined): string[] {
  const messages = new Set<string>()
  for (const e of errors ?? []) {
    if (e.keyword === 'anyOf') continue
    const at = e.instancePath === '' ? '(root)' : e.instancePath
    const allowed =
      isObject(e.params) && Array.isArray(e.params.allowedValues)
        ? ` (${e.params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')})`
        : ''
    messages.add(`${at} ${e.message ?? 'is invalid'}${allowed}`)
  }
  if (messages.size === 0 && errors && errors.length > 0) messages.add('does not match any allowed schema')
  return [...messages]
}

function coerce(raw: string, schema: SchemaObject): unknown {
  const types = new Set<string>()
  const collect = (s: unknown): void => {
    if (!isObject(s)) return
    if (typeof s.type === 'string') types.add(s.type)
    if (Array.isArray(s.type)) for (const t of s.type) if (typeof t === 'string') types.add(t)
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const list = s[key]
      if (Array.isArray(list)) list.forEach(collect)
    }
  }
  collect(schema)
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (types.has('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

export class OpenApi {
  readonly operations: OperationSpec[] = []
  readonly source: string
  private readonly ajv: Ajv
  private readonly templates: Template[] = []
  private readonly validators = new Map<SchemaObject, ValidateFunction>()

  constructor(subset: unknown) {
    if (!isObject(subset) || !isObject(subset.paths)) throw new Error('not an OpenAPI subset')
    this.source = typeof subset.source === 'string' ? subset.source : 'unknown'
    const components =
      isObject(subset.components) && isObject(subset.components.schemas) ? subset.components.schemas : {}
    const schemaOf = (s: Json | undefined): SchemaObject => {
      const converted = toJsonSchema(s ?? {})
      if (!isObject(converted)) throw new Error('schema is not an object')
      return converted
    }
    for (const [path, item] of Object.entries(subset.paths)) {
      if (!isObject(item)) continue
      for (const [method, raw] of Object.entries(item)) {
        if (!isObject(raw)) continue
        const parameters: ParameterSpec[] = []
        for (const p of Array.isArray(raw.parameters) ? raw.parameters : []) {
          if (!isObject(p) || typeof p.name !== 'string' || (p.in !== 'path' && p.in !== 'query')) continue
          parameters.push({ name: p.name, in: p.in, required: p.required === true, schema: schemaOf(p.schema) })
        }
        const rb = raw.requestBody
        const responses: OperationSpec['responses'] = {}
        if (isObject(raw.responses)) {
          for (const [status, r] of Object.entries(raw.responses)) {
            responses[status] = { schema: isObject(r) && r.schema !== undefined ? schemaOf(r.schema) : undefined }
          }
        }
        const op: OperationSpec = {
          method: method.toUpperCase(),
          path,
          operationId: typeof raw.operationId === 'string' ? raw.operationId : `${method} ${path}`,
          documentationUrl:
            typeof raw.documentationUrl === 'string' ? raw.documentationUrl : 'https://docs.github.com/rest',
          parameters,
          requestBody: isObject(rb) ? { required: rb.required === true, schema: schemaOf(rb.schema) } : undefined,
          responses,
        }
        this.operations.push(op)
        this.templates.push(compileTemplate(op.method, path, op))
      }
    }
    for (const name of Array.isArray(subset.otherOperations) ? subset.otherOperations : []) {
      if (typeof name !== 'string') continue
      const [method, path] = name.split(' ')
      if (method !== undefined && path !== undefined) this.templates.push(compileTemplate(method, path, undefined))
    }
    // strict: false because GitHub's schemas carry keywords (`title`, `default` next to `$ref`-free
    // siblings, formats like `repo.nwo`) that strict mode treats as authoring mistakes.
    // inlineRefs: false keeps each shared schema one compiled function instead of copies in every user.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, inlineRefs: false })
    // ajv-formats is CommonJS; under Node's ESM interop the plugin is also its own `.default`.
    addFormats.default(this.ajv)
    this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
    for (const [name, schema] of Object.entries(components)) {
      this.ajv.addSchema({ ...schemaOf(schema), $id: `${SCHEMA_BASE}${name}` })
    }
  }

  static load(file: URL | string = SUBSET_URL): OpenApi {
    return new OpenApi(JSON.parse(readFileSync(file, 'utf8')))
  }

  operation(method: string, template: string): OperationSpec | undefined {
    return this.operations.find((o) => o.method === method.toUpperCase() && o.path === template)
  }

  match(method: string, pathname: string): RouteMatch {
    const parts = pathname.split('/').slice(1)
    let best: { t: Template; params: Record<string, string> } | undefined
    for (const t of this.templates) {
      if (t.method !== method.toUpperCase()) continue
      const params = matchTemplate(t, parts)
      if (params === undefined) continue
      if (best === undefined || moreSpecific(t, best.t)) best = { t, params }
    }
    if (best === undefined) return { kind: 'not-github' }
    if (best.t.op === undefined) return { kind: 'not-implemented', template: best.t.path }
    return { kind: 'operation', op: best.t.op, pathParams: best.params }
  }

  /** Compiled lazily: the repository and issue schemas take a while and most tests touch few of them. */
  private validator(schema: SchemaObject): ValidateFunction {
    let v = this.validators.get(schema)
    if (v === undefined) {
      v = this.ajv.compile(schema)
      this.validators.set(schema, v)
    }
    return v
  }

  checkRequest(
    op: OperationSpec,
    rawPath: Record<string, string>,
    search: URLSearchParams,
    body: unknown,
  ): CheckedRequest {
    const problems: RequestProblem[] = []
    const warnings: RequestProblem[] = []
    const pathParams: Record<string, unknown> = {}
    const query: Record<string, unknown> = {}
    const known = new Set<string>()
    for (const p of op.parameters) {
      const raw = p.in === 'path' ? rawPath[p.name] : (search.get(p.name) ?? undefined)
      if (p.in === 'query') known.add(p.name)
      if (raw === undefined) {
        if (p.required)
          problems.push({ where: p.in, field: p.name, code: 'missing_field', message: `${p.name} is missing` })
        continue
      }
      const value = coerce(raw, p.schema)
      const v = this.validator(p.schema)
      if (!v(value)) {
        for (const m of summarize(v.errors)) {
          problems.push({
            where: p.in,
            field: p.name,
            code: 'invalid',
            message: `${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${m.replace(/^\(root\) /, '')}`,
          })
        }
        continue
      }
      if (p.in === 'path') pathParams[p.name] = value
      else query[p.name] = value
    }
    for (const name of new Set(search.keys())) {
      if (!known.has(name))
        warnings.push({
          where: 'query',
          field: name,
          code: 'unknown_field',
          message: `unknown query parameter ${name}`,
        })
    }
    if (op.requestBody === undefined) {
      return { problems, warnings, pathParams, query }
    }
    if (body === undefined) {
      if (op.requestBody.required)
        problems.push({ where: 'body', field: '', code: 'missing_field', message: 'request body is required' })
      return { problems, warnings, pathParams, query }
    }
    const v = this.validator(op.requestBody.schema)
    if (!v(body)) {
      for (const e of v.errors ?? []) {
        if (e.keyword === 'anyOf') continue
        const f = formatAjvError(e, '')
        problems.push({ where: 'body', field: f.field, code: f.code, message: `body ${f.message}` })
      }
      if (problems.length === 0)
        problems.push({ where: 'body', field: '', code: 'invalid', message: 'body does not match the schema' })
    }
    const props: unknown = op.requestBody.schema.properties
    if (isObject(body) && isObject(props)) {
      for (const key of Object.keys(body)) {
        if (!(key in props))
          warnings.push({ where: 'body', field: key, code: 'unknown_field', message: `unknown body field ${key}` })
      }
    }
    return { problems: dedupe(problems), warnings, pathParams, query }
  }

  /** Empty when the body matches the schema documented for `status` (or none is documented). */
  checkResponse(op: OperationSpec, status: number, body: unknown): string[] {
    const spec = op.responses[String(status)]
    if (spec === undefined) {
      // GitHub documents only some error statuses per operation; undocumented ones are not the double's bug.
      return status < 400 ? [`status ${status} is not documented for ${op.operationId}`] : []
    }
    if (spec.schema === undefined) return []
    const v = this.validator(spec.schema)
    return v(body) ? [] : summarize(v.errors)
  }
}

function dedupe(problems: RequestProblem[]): RequestProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.where}|${p.field}|${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

let shared: OpenApi | undefined
/** One parsed description per process: doubles started in the same test file share compiled validators. */
export function sharedOpenApi(): OpenApi {
  shared ??= OpenApi.load()
  return shared
}
