import { Type, type Static } from 'typebox'
import { nullable, querystring, ref, sourceIdProperty } from '../http/schema-builders.js'
import { outlookKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

export const OutlookKind = Type.Enum([...outlookKinds], {
  $id: 'OutlookKind',
  description: '`demand`: how much the work is sought. `growth`: how the number of positions is expected to change. ' +
    '`trend`: a change in how the work is done. `hotspot`: a place with many openings. `work_environment`: what the work is like day to day.'
})

export const Region = Type.Object({
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2.', examples: ['US'] }),
  subdivision: nullable(Type.String({ description: 'ISO 3166-2.', examples: ['US-CA'] }))
}, { $id: 'Region', description: 'The country or subdivision a statement is about.', additionalProperties: false })

export const OutlookStatement = Type.Object({
  id: Type.String(),
  kind: ref(OutlookKind),
  label: nullable(Type.String({ description: 'The item\'s lead-in as the document words it, where it has one.', examples: ['Growth Potential'] })),
  text: Type.String({ description: 'The statement, verbatim.' }),
  attribution: nullable(Type.String({ description: 'Whom the document credits with the statement.', examples: ['Bureau of Labor Statistics'] })),
  place: nullable(Type.String({ description: 'For a hotspot: the area the document names.', examples: ['Los Angeles County'] })),
  region: nullable(ref(Region)),
  section: Type.String({ description: 'The document section it is stated in.' }),
  source_id: sourceIdProperty
}, {
  $id: 'OutlookStatement',
  description: 'What one document says of a role\'s job market or working conditions, in its own words. Statements from different sources are never merged.',
  additionalProperties: false
})
export type OutlookStatement = Static<typeof OutlookStatement>

export const RoleOutlook = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(OutlookStatement))
}, { $id: 'RoleOutlook', additionalProperties: false })

export const RoleOutlookQuery = querystring(Type.Object({
  kind: Type.Optional(Type.Enum([...outlookKinds], { description: 'Only statements of this kind.' })),
  location: Type.Optional(Type.String({
    pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$',
    description: 'Only statements about this ISO 3166-1 country (`US`, including its subdivisions) or ISO 3166-2 subdivision (`US-CA`); ' +
      'statements that name no region are left out.',
    examples: ['US-CA']
  }))
}))

export const outlookSchemas = [OutlookKind, Region, OutlookStatement, RoleOutlook]
