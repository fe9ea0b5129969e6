import { Type, type Static } from 'typebox'
import { nullable, querystring, ref, Slug } from '../http/schema-builders.js'
import { roleDetails } from '../db/schema.js'
import { SkillKind } from '../skills/schemas.js'
import { CertificationKind } from '../certifications/schemas.js'
import { SourcedName } from '../sources/schemas.js'
import { ResourceKind } from '../resources/schemas.js'

const score = Type.Number({ description: 'Relevance (bm25, higher is better); comparable within one response.' })

export const RoleHit = Type.Object({
  type: Type.Literal('role'),
  id: Slug,
  title: Type.String(),
  detail: Type.Enum([...roleDetails]),
  summary: nullable(Type.String()),
  score
}, { $id: 'RoleHit', additionalProperties: false })

export const SkillHit = Type.Object({
  type: Type.Literal('skill'),
  id: Slug,
  name: Type.String(),
  kind: ref(SkillKind),
  score
}, { $id: 'SkillHit', additionalProperties: false })

export const CertificationHit = Type.Object({
  type: Type.Literal('certification'),
  id: Slug,
  name: Type.String(),
  names: Type.Array(ref(SourcedName), { description: 'Its abbreviations and other names, each with the document that states it.' }),
  kind: ref(CertificationKind),
  score
}, { $id: 'CertificationHit', additionalProperties: false })

export const SchoolHit = Type.Object({
  type: Type.Literal('school'),
  id: Slug,
  name: Type.String(),
  city: nullable(Type.String()),
  state: nullable(Type.String()),
  score
}, { $id: 'SchoolHit', additionalProperties: false })

export const ResourceHit = Type.Object({
  type: Type.Literal('resource'),
  id: Slug,
  name: Type.String(),
  abbreviation: nullable(Type.String()),
  kind: ref(ResourceKind),
  score
}, { $id: 'ResourceHit', additionalProperties: false })

export const SearchHit = Type.Union([ref(RoleHit), ref(SkillHit), ref(CertificationHit), ref(SchoolHit), ref(ResourceHit)], {
  $id: 'SearchHit',
  description: 'A ranked hit; `type` tells which kind of entity it is.'
})
export type SearchHit = Static<typeof SearchHit>

export const searchTypes = ['role', 'skill', 'certification', 'school', 'resource'] as const

export const SearchResults = Type.Object({
  query: Type.String(),
  data: Type.Array(ref(SearchHit))
}, { $id: 'SearchResults', additionalProperties: false })

export const SearchQuery = querystring(Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Words to find; each matches as a prefix, so partial words work for type-ahead.', examples: ['crisis interv'] }),
  type: Type.Optional(Type.Array(Type.Enum([...searchTypes]), { description: 'Only these kinds of hit (comma-separated or repeated). Default: all.' })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'At most this many hits, best first.' })
}))

export const searchSchemas = [RoleHit, SkillHit, CertificationHit, SchoolHit, ResourceHit, SearchHit, SearchResults]
