import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { certificationKinds } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'
import { Importance } from '../skills/schemas.js'
import { SourcedName } from '../sources/schemas.js'

const names = Type.Array(ref(SourcedName), {
  description: 'Its abbreviations and other names, each with the document that states it.'
})

export const CertificationKind = Type.Enum([...certificationKinds], { $id: 'CertificationKind' })

export const CertificationRef = Type.Object({
  id: Slug,
  name: Type.String({ examples: ['Licensed Clinical Social Worker'] }),
  kind: ref(CertificationKind),
  issuing_body: nullable(Type.String({ description: 'Only where a source names it.' })),
  names
}, { $id: 'CertificationRef', additionalProperties: false })

export const RoleCertification = Type.Object({
  id: Type.String(),
  certification: ref(CertificationRef),
  importance: ref(Importance),
  alternative_group: nullable(Type.String({
    description: 'Links of one role that share a group are alternatives: any one of them meets the requirement.',
    examples: ['clinical-license']
  })),
  wording: Type.String({ description: 'How the source words this requirement.' }),
  section: Type.String(),
  source_id: sourceIdProperty
}, { $id: 'RoleCertification', description: 'A certification or license as one source states it for one role.', additionalProperties: false })

export const CertificationRoleLink = Type.Object({
  role: ref(RoleRef),
  importance: ref(Importance),
  alternative_group: nullable(Type.String()),
  wording: Type.String(),
  source_id: sourceIdProperty
}, { $id: 'CertificationRoleLink', additionalProperties: false })

export const Certification = Type.Object({
  id: Slug,
  name: Type.String(),
  kind: ref(CertificationKind),
  issuing_body: nullable(Type.String()),
  description: nullable(Type.String()),
  names,
  roles: Type.Array(ref(CertificationRoleLink)),
  ...entityProperties
}, { $id: 'Certification', additionalProperties: false })
export type Certification = Static<typeof Certification>

export const CertificationList = Page(ref(Certification), 'CertificationList', 'A page of certifications and licenses, by name.')

export const RoleCertificationList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(RoleCertification))
}, { $id: 'RoleCertificationList', additionalProperties: false })

export const CertificationParams = Type.Object({ id: Type.String({ ...Slug, description: 'The certification or license id.', examples: ['lcsw'] }) })

export const ListCertificationsQuery = querystring(Type.Object({
  kind: Type.Optional(Type.Enum([...certificationKinds], { description: 'Only certifications, or only licenses.' })),
  ...PageQuery
}))

export const certificationSchemas = [CertificationKind, CertificationRef, RoleCertification, CertificationRoleLink, Certification, CertificationList, RoleCertificationList]
