import { Type, type Static } from 'typebox'
import { nullable, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { educationLevels } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

export const EducationLevel = Type.Enum([...educationLevels], {
  $id: 'EducationLevel',
  description: 'Ordered: none < high_school < postsecondary_certificate < associate < bachelor < master < doctorate.'
})

export const FieldOfStudy = Type.Object({
  id: Slug,
  name: Type.String({ examples: ['Psychology'] })
}, { $id: 'FieldOfStudy', additionalProperties: false })

export const TrainingProgram = Type.Object({
  id: Slug,
  name: Type.String({ examples: ['Health Aide'] }),
  description: nullable(Type.String())
}, { $id: 'TrainingProgram', additionalProperties: false })

export const EducationRequirement = Type.Object({
  id: Type.String(),
  minimum_level: nullable(ref(EducationLevel)),
  minimum_text: nullable(Type.String({ description: 'The source\'s wording of the minimum.' })),
  preferred_levels: Type.Array(ref(EducationLevel)),
  preferred_text: nullable(Type.String()),
  fields_of_study: Type.Array(ref(FieldOfStudy)),
  related_fields: nullable(Type.String({
    description: 'Fields beyond `fields_of_study` that the source also accepts, in its words.',
    examples: ['a related human services field']
  })),
  training_programs: Type.Array(ref(TrainingProgram)),
  notes: nullable(Type.String()),
  source_id: sourceIdProperty
}, { $id: 'EducationRequirement', description: 'The education one source asks of the role.', additionalProperties: false })
export type EducationRequirement = Static<typeof EducationRequirement>

export const RoleEducationList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(EducationRequirement))
}, { $id: 'RoleEducationList', additionalProperties: false })

export const educationSchemas = [EducationLevel, FieldOfStudy, TrainingProgram, EducationRequirement, RoleEducationList]
