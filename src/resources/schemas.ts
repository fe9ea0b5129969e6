import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { resourceKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

export const ResourceKind = Type.Enum([...resourceKinds], {
  $id: 'ResourceKind',
  description: 'What the resource is: a government `agency`, a professional `association`, a `foundation`, a `licensing_board`, ' +
    'a `course_provider`, a `journal`, or a `networking` venue.'
})

const resourceProperties = {
  id: Slug,
  name: Type.String({ examples: ['California Department of Public Health'] }),
  abbreviation: nullable(Type.String({ examples: ['CDPH'] })),
  kind: ref(ResourceKind),
  website: nullable(Type.String({ description: 'As the source writes it, often without a scheme; null where it gives none.', examples: ['cdph.ca.gov'] })),
  description: nullable(Type.String({ description: 'What the source says the resource is for, verbatim; null where it says nothing.' })),
  section: Type.String({ description: 'The heading the source lists the resource under.' }),
  source_id: sourceIdProperty
}

export const ResourceSummary = Type.Object(resourceProperties, {
  $id: 'ResourceSummary',
  description: 'An organisation, site or publication a source points readers to, as the source describes it.',
  additionalProperties: false
})

export const ResourceRoleLink = Type.Object({
  role: ref(RoleRef),
  section: Type.String({ description: 'The heading the source lists the resource under for this role.' }),
  source_id: sourceIdProperty
}, { $id: 'ResourceRoleLink', additionalProperties: false })

export const Resource = Type.Object({
  ...resourceProperties,
  roles: Type.Array(ref(ResourceRoleLink), { description: 'The roles a source recommends the resource for.' }),
  ...entityProperties
}, { $id: 'Resource', additionalProperties: false })
export type Resource = Static<typeof Resource>

export const ResourceList = Page(ref(Resource), 'ResourceList', 'A page of resources, by name.')

export const RoleResource = Type.Object({
  resource: ref(ResourceSummary),
  section: Type.String({ description: 'The heading the source lists the resource under for this role.' }),
  source_id: sourceIdProperty
}, { $id: 'RoleResource', description: 'A resource one source recommends for one role.', additionalProperties: false })

export const RoleResourceList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(RoleResource))
}, { $id: 'RoleResourceList', additionalProperties: false })

export const ResourceParams = Type.Object({ id: Type.String({ ...Slug, description: 'The resource id.', examples: ['cdph'] }) })

export const ListResourcesQuery = querystring(Type.Object({
  kind: Type.Optional(Type.Enum([...resourceKinds], { description: 'Only resources of this kind.' })),
  ...PageQuery
}))

export const resourceSchemas = [ResourceKind, ResourceSummary, ResourceRoleLink, Resource, ResourceList, RoleResource, RoleResourceList]
