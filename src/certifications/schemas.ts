import { Type, type Static } from 'typebox'
import { entityProperties, nullable, querystring, ref, Slug, sourceIdProperty } from '../http/schema-builders.js'
import { Page, PageQuery } from '../http/pagination.js'
import { alternativeKinds, certificationKinds, certificationRelationKinds, linkBases, qualifiers } from '../db/schema.js'
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

export const Qualifier = Type.Enum([...qualifiers], {
  $id: 'Qualifier',
  description: 'How widely the source says the link holds, to be read with `importance`: `none` (stated for the role without qualification), ' +
    '`often` ("State licensure is often required") or `some_positions` ("Some positions may require"). A `required` link qualified ' +
    '`some_positions` is required by some of the role\'s positions, not by all.'
})

export const Alternatives = Type.Enum([...alternativeKinds], {
  $id: 'Alternatives',
  description: 'For links in an alternative group: `closed` (one of exactly the linked credentials meets it) or `open` ' +
    '(any credential of the kind `alternatives_label` names meets it; the linked ones are the source\'s examples, after "e.g." or "such as").'
})

export const LinkBasis = Type.Enum([...linkBases], {
  $id: 'LinkBasis',
  description: '`stated`: the source links the credential to this role. `matched_by_name`: the source names the credential for a family of roles, ' +
    'and roleatlas links it to the member role its name names (Certified Peer Specialist to Peer Support Specialist).'
})

// What one source says of a credential for one role, besides its wording.
const linkProperties = {
  importance: ref(Importance),
  qualifier: ref(Qualifier),
  alternative_group: nullable(Type.String({
    description: 'Links of one role that share a group are alternatives: any one of them meets the requirement.',
    examples: ['clinical-license']
  })),
  alternatives: nullable(ref(Alternatives)),
  alternatives_label: nullable(Type.String({
    description: 'For an open group, the kind of credential the source asks for, in its words.',
    examples: ['a recognized crisis management system']
  })),
  basis: ref(LinkBasis)
}

export const RoleCertification = Type.Object({
  id: Type.String(),
  certification: ref(CertificationRef),
  ...linkProperties,
  wording: Type.String({ description: 'How the source words this requirement.' }),
  section: Type.String(),
  source_id: sourceIdProperty
}, { $id: 'RoleCertification', description: 'A certification or license as one source states it for one role.', additionalProperties: false })

export const CertificationRoleLink = Type.Object({
  role: ref(RoleRef),
  ...linkProperties,
  wording: Type.String(),
  source_id: sourceIdProperty
}, { $id: 'CertificationRoleLink', additionalProperties: false })

export const RelatedCertification = Type.Object({
  certification: ref(CertificationRef),
  relation: Type.Enum([...certificationRelationKinds], {
    description: '`related`: a credential close to this one that a source names differently (CPR and First Aid, CPR/First Aid & AED). ' +
      'The relation is roleatlas\'s, not a source\'s.'
  })
}, { $id: 'RelatedCertification', additionalProperties: false })

export const Certification = Type.Object({
  id: Slug,
  name: Type.String(),
  kind: ref(CertificationKind),
  issuing_body: nullable(Type.String()),
  description: nullable(Type.String()),
  names,
  roles: Type.Array(ref(CertificationRoleLink)),
  related: Type.Array(ref(RelatedCertification), { description: 'Credentials that other sources name differently; kept apart, not merged.' }),
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

export const certificationSchemas = [CertificationKind, CertificationRef, Qualifier, Alternatives, LinkBasis, RoleCertification, RelatedCertification, CertificationRoleLink, Certification, CertificationList, RoleCertificationList]
