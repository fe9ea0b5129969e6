import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { RoleRef } from '../roles/role-ref.js'

const Percent = (description: string) => nullable(Type.Number({ minimum: 0, maximum: 100, description }))
const Tuition = (description: string) => nullable(Type.Number({ minimum: 0, description: `${description} Null where the source gives none ("N/A").` }))

const schoolProperties = {
  id: Slug,
  name: Type.String({ examples: ['Ivy Tech Community College'] }),
  city: nullable(Type.String({ examples: ['Indianapolis'] })),
  state: nullable(Type.String({ description: 'The state as the source abbreviates it.', examples: ['IN'] })),
  tuition_currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217.', examples: ['USD'] }),
  in_state_tuition: Tuition('Yearly in-state tuition.'),
  out_of_state_tuition: Tuition('Yearly out-of-state tuition.'),
  admission_rate_percent: Percent('The admission rate; null where the source gives none.'),
  graduation_rate_percent: Percent('The graduation rate; null where the source gives none.'),
  enrollment: nullable(Type.Integer({ minimum: 0, description: 'Total enrollment.' })),
  section: Type.String({ description: 'The heading the source lists the school under: the context of its figures.' }),
  source_id: sourceIdProperty
}

export const SchoolSummary = Type.Object(schoolProperties, {
  $id: 'SchoolSummary',
  description: 'A school with the figures its source gives, exactly as given.',
  additionalProperties: false
})

export const SchoolRoleLink = Type.Object({
  role: ref(RoleRef),
  section: Type.String({ description: 'The heading the source lists the school under for this role.' }),
  source_id: sourceIdProperty
}, { $id: 'SchoolRoleLink', additionalProperties: false })

export const School = Type.Object({
  ...schoolProperties,
  roles: Type.Array(ref(SchoolRoleLink), { description: 'The roles a source lists the school for.' }),
  ...entityProperties
}, { $id: 'School', additionalProperties: false })
export type School = Static<typeof School>

export const SchoolList = Page(ref(School), 'SchoolList', 'A page of schools, by name.')

export const RoleSchool = Type.Object({
  school: ref(SchoolSummary),
  section: Type.String({ description: 'The heading the source lists the school under for this role.' }),
  source_id: sourceIdProperty
}, { $id: 'RoleSchool', description: 'A school one source lists for one role.', additionalProperties: false })

export const RoleSchoolList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(RoleSchool))
}, { $id: 'RoleSchoolList', additionalProperties: false })

export const SchoolParams = Type.Object({ id: Type.String({ ...Slug, description: 'The school id.', examples: ['ivy-tech-community-college'] }) })

export const ListSchoolsQuery = querystring(Type.Object({ ...PageQuery }))

export const schoolSchemas = [SchoolSummary, SchoolRoleLink, School, SchoolList, RoleSchool, RoleSchoolList]
