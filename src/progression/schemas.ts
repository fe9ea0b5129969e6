import { Type, type Static } from 'typebox'
import { nullable, ref, sourceIdProperty } from '../http/schema-builders.js'
import { edgeKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

export const CareerMove = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...edgeKinds], { description: '`advancement`: a step up. `lateral`: a move across.' }),
  role: ref(RoleRef),
  condition: nullable(Type.String({ description: 'What the source says the move takes.', examples: ['with further education and licensure'] })),
  section: Type.String({ description: 'The document section the move is listed in.' }),
  quote: Type.String({ description: 'The list item as the source states it.' }),
  source_id: sourceIdProperty
}, { $id: 'CareerMove', description: 'A directed career move; `role` is the role at the other end.', additionalProperties: false })

export const Progression = Type.Object({
  role: ref(RoleRef),
  leads_to: Type.Array(ref(CareerMove), { description: 'Moves out of this role; `role` is where they lead.' }),
  comes_from: Type.Array(ref(CareerMove), { description: 'Moves into this role (entry points); `role` is where people come from.' })
}, { $id: 'Progression', additionalProperties: false })
export type Progression = Static<typeof Progression>

export const progressionSchemas = [CareerMove, Progression]
