// Fragments shared by the OpenAPI response examples in each resource's examples.ts.
export const exampleTimestamps = {
  version: 1,
  created_at: '2026-11-22T07:55:37.459Z',
  updated_at: '2026-11-22T07:55:37.459Z'
}

export const exampleRoleRefs = {
  therapeuticAssistant: { id: 'therapeutic-assistant', title: 'Therapeutic Assistant', detail: 'full' as const },
  therapeuticServicesAssistant: { id: 'therapeutic-services-assistant', title: 'Therapeutic Services Assistant', detail: 'full' as const },
  therapySpecialist: { id: 'therapy-specialist', title: 'Therapy Specialist', detail: 'full' as const },
  caseManager: { id: 'case-manager', title: 'Case Manager', detail: 'mention' as const }
}
