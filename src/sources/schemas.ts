import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { nameKinds, publishedOnBases, publisherBases, sourceCoverages } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

export const NameKind = Type.Enum([...nameKinds], {
  $id: 'NameKind',
  description: '`alias`: another name or wording the document uses. `abbreviation`: initials or a short form, such as LCSW.'
})

export const SourcedName = Type.Object({
  name: Type.String({ examples: ['LCSW'] }),
  kind: ref(NameKind),
  source_id: sourceIdProperty
}, {
  $id: 'SourcedName',
  description: 'Another name of the entity, as one document states it. A name two documents state is listed once for each.',
  additionalProperties: false
})

export const PublisherBasis = Type.Enum([...publisherBases], {
  $id: 'PublisherBasis',
  description: 'How the publisher is known: `stated` by the document as its publisher, or `inferred_from_author_bio` ' +
    '(the document names no publisher; its author\'s bio names the organisation, as "Founder of PsyWellPath").'
})

export const PublishedOnBasis = Type.Enum([...publishedOnBases], {
  $id: 'PublishedOnBasis',
  description: 'How the date is known: `stated` as the publication date, `last_updated` (the date the document gives as its last update, ' +
    'as "Last updated: May 4, 2025"), or `inferred_from_title` (a year in the title, as "[Updated for 2025]").'
})

export const SourceRole = Type.Object({
  role: ref(RoleRef),
  coverage: Type.Enum([...sourceCoverages])
}, { $id: 'SourceRole', additionalProperties: false })

export const Source = Type.Object({
  id: Type.String({ examples: ['000_4694b98c1c2a5003'] }),
  title: Type.String(),
  publisher: nullable(Type.String()),
  publisher_basis: nullable(ref(PublisherBasis), { description: 'How the publisher is known; null when there is none.' }),
  author: nullable(Type.String()),
  published_on: nullable(Type.String({ description: 'The publication or last-update date the document gives: a year, year-month or date.', examples: ['2025-05-04'] })),
  published_on_basis: nullable(ref(PublishedOnBasis), { description: 'How the date is known; null when there is none.' }),
  description: Type.String(),
  roles: Type.Array(ref(SourceRole), { description: 'The roles the document describes or mentions.' }),
  ...entityProperties
}, { $id: 'Source', description: 'A document that facts are taken from.', additionalProperties: false })
export type Source = Static<typeof Source>

export const SourceList = Page(ref(Source), 'SourceList', 'A page of source documents, by id.')

export const SourceParams = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,100}$', description: 'The source document id.', examples: ['000_4694b98c1c2a5003'] })
})

export const ListSourcesQuery = querystring(Type.Object({ ...PageQuery }))

export const sourceSchemas = [NameKind, SourcedName, PublisherBasis, PublishedOnBasis, SourceRole, Source, SourceList]
