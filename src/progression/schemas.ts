import { Type, type Static } from 'typebox'
import { nullable, ref, sourceIdProperty } from '../http/schema-builders.js'
import { edgeKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'
import { EducationLevel, FieldOfStudy } from '../education/schemas.js'

export const CareerMove = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...edgeKinds], { description: '`advancement`: a step up. `lateral`: a move across.' }),
  role: ref(RoleRef),
  condition: nullable(Type.String({ description: 'What the source says the move takes.', examples: ['with further education and licensure'] })),
  section: Type.String({ description: 'The document section the move is listed in.' }),
  quote: Type.String({ description: 'The list item as the source states it.' }),
  source_id: sourceIdProperty
}, { $id: 'CareerMove', description: 'A directed career move; `role` is the role at the other end.', additionalProperties: false })

export const EntryRoute = Type.Object({
  id: Type.String(),
  background: Type.String({ description: 'Who the source says comes in this way.', examples: ['Recent graduate'] }),
  education_level: nullable(ref(EducationLevel)),
  fields_of_study: Type.Array(ref(FieldOfStudy)),
  related_fields: nullable(Type.String({ description: 'Fields beyond the list that the source also accepts, in its words.', examples: ['a related field'] })),
  section: Type.String({ description: 'The document section it is listed in.' }),
  quote: Type.String({ description: 'The list item as the source states it.' }),
  source_id: sourceIdProperty
}, {
  $id: 'EntryRoute',
  description: 'A background a source names as a way into this role, such as a degree; unlike a career move it is not a role of its own. ' +
    '`education_level` is null where the source names a degree without its level.',
  additionalProperties: false
})

export const Progression = Type.Object({
  role: ref(RoleRef),
  leads_to: Type.Array(ref(CareerMove), { description: 'Moves out of this role; `role` is where they lead.' }),
  comes_from: Type.Array(ref(CareerMove), { description: 'Moves into this role (entry points); `role` is where people come from.' }),
  entry_routes: Type.Array(ref(EntryRoute), { description: 'Backgrounds that lead into this role and are not roles, such as a recent degree.' })
}, { $id: 'Progression', additionalProperties: false })
export type Progression = Static<typeof Progression>

export const progressionSchemas = [CareerMove, EntryRoute, Progression]
