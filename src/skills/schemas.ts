import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { importances, skillKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'
import { SourcedName } from '../sources/schemas.js'

export const SkillKind = Type.Enum([...skillKinds], {
  $id: 'SkillKind',
  description: '`hard`: technical knowledge or skill. `soft`: interpersonal or personal. `tool`: software or equipment.'
})

export const Importance = Type.Enum([...importances], {
  $id: 'Importance',
  description: 'What the source says of it for the role: `required` (the role needs it), `preferred` (preferred or recommended), ' +
    'or `listed` (named with the role, for example as used in the work or as something to train in, without saying it is required or preferred). ' +
    'Rank them required > preferred > listed.'
})

export const SkillRef = Type.Object({
  id: Slug,
  name: Type.String({ examples: ['Crisis Intervention'] }),
  kind: ref(SkillKind),
  category: nullable(Type.String({ description: 'The source\'s grouping, such as "Medical software".' }))
}, { $id: 'SkillRef', additionalProperties: false })

export const RoleSkill = Type.Object({
  id: Type.String(),
  skill: ref(SkillRef),
  importance: ref(Importance),
  wording: Type.String({ description: 'How the source words this skill for this role.' }),
  section: Type.String({ description: 'The document section it is listed in.' }),
  source_id: sourceIdProperty
}, { $id: 'RoleSkill', description: 'A skill as one source states it for one role.', additionalProperties: false })

export const SkillRoleLink = Type.Object({
  role: ref(RoleRef),
  importance: ref(Importance),
  wording: Type.String(),
  source_id: sourceIdProperty
}, { $id: 'SkillRoleLink', description: 'A role that needs the skill, as one source states it.', additionalProperties: false })

export const Skill = Type.Object({
  id: Slug,
  name: Type.String(),
  kind: ref(SkillKind),
  category: nullable(Type.String()),
  description: nullable(Type.String()),
  names: Type.Array(ref(SourcedName), { description: 'Other names and abbreviations the sources use for this skill, each with the document that uses it.' }),
  roles: Type.Array(ref(SkillRoleLink)),
  ...entityProperties
}, { $id: 'Skill', additionalProperties: false })
export type Skill = Static<typeof Skill>

export const SkillList = Page(ref(Skill), 'SkillList', 'A page of skills, by name.')

export const RoleSkillList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(RoleSkill))
}, { $id: 'RoleSkillList', additionalProperties: false })

export const SkillParams = Type.Object({ id: Type.String({ ...Slug, description: 'The skill id.', examples: ['crisis-intervention'] }) })

export const ListSkillsQuery = querystring(Type.Object({
  kind: Type.Optional(Type.Enum([...skillKinds], { description: 'Only skills of this kind.' })),
  ...PageQuery
}))

export const skillSchemas = [SkillKind, Importance, SkillRef, RoleSkill, SkillRoleLink, Skill, SkillList, RoleSkillList]
