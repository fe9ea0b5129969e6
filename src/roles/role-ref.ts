import { Type, type Static } from 'typebox'
import { Slug } from '../http/schema-builders.js'
import { roleDetails } from '../db/schema.js'

// Kept apart from roles/schemas.ts, which embeds the other resources' schemas, because
// those resources refer to roles through this.
export const RoleRef = Type.Object({
  id: Slug,
  title: Type.String({ examples: ['Case Manager'] }),
  detail: Type.Enum([...roleDetails])
}, { $id: 'RoleRef', description: 'A link to a role: GET /v1/roles/{id}.', additionalProperties: false })
export type RoleRef = Static<typeof RoleRef>
