import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'

// The committed OpenAPI document, typed as far as the contract tests read it, and the helpers
// test/openapi.test.ts and test/openapi-responses.test.ts share.

const committedFile = join(import.meta.dirname, '..', 'openapi', 'openapi.json')
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
export const COMPONENT_REF = '#/components/schemas/'

export interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  example?: unknown
  examples?: Record<string, unknown>
  schema?: { default?: unknown, examples?: unknown[] }
}
export interface MediaType { schema?: { $ref?: string }, example?: unknown, examples?: Record<string, { value?: unknown }> }
export interface Header { description?: string, schema?: { type?: string } }
export interface Response { description?: string, headers?: Record<string, Header>, content?: Record<string, MediaType> }
export interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  responses: Record<string, Response>
}
export interface Document {
  openapi: string
  info: { title: string, version: string }
  tags?: Array<{ name: string, description?: string }>
  paths: Record<string, Partial<Record<typeof METHODS[number], Operation>>>
  components: { schemas: Record<string, Record<string, unknown>> }
}
export interface OperationEntry { path: string, method: string, operation: Operation }

export const committed = JSON.parse(readFileSync(committedFile, 'utf8')) as Document

export function operationsOf (doc: Document): OperationEntry[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] === undefined ? [] : [{ path, method, operation: item[method] }])))
}

/** Every `$ref` value anywhere in a JSON value. */
export function refsIn (value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item)
      else refsIn(item, found)
    }
  }
  return found
}

/** The examples a media type declares, from `example` or `examples`. */
export function mediaExamples (media: MediaType | undefined): unknown[] {
  if (media === undefined) return []
  return [
    ...('example' in media ? [media.example] : []),
    ...Object.values(media.examples ?? {}).map((example) => example.value)
  ]
}

export function parameterHasExample (parameter: Parameter): boolean {
  return parameter.example !== undefined || Object.keys(parameter.examples ?? {}).length > 0 ||
    (parameter.schema?.examples?.length ?? 0) > 0
}

/**
 * Ajv with every component registered under its `#/components/schemas/<Name>` ref. Nullable
 * primitives are `type: [<type>, "null"]`, which strict mode refuses without `allowUnionTypes`.
 */
export function buildValidator (doc: Document): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
  ;(ajvFormats as unknown as (ajv: Ajv2020) => Ajv2020)(ajv)
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `${COMPONENT_REF}${name}`)
  return ajv
}

export const formatErrors = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).slice(0, 10).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n')

/** The media types an operation's 200 offers: JSON everywhere, and JSON-LD for the role document. */
export const okMediaTypes = (operationId: string | undefined): string[] =>
  operationId === 'getRole' ? ['application/json', 'application/ld+json'] : ['application/json']
