import { exampleRoleRefs } from '../http/examples.js'
import type { Progression } from './schemas.js'

export const progressionExample: Progression = {
  role: exampleRoleRefs.therapeuticAssistant,
  leads_to: [{
    id: 'edg_cb7885c8a9254133',
    kind: 'advancement',
    role: exampleRoleRefs.caseManager,
    condition: null,
    section: 'Career Progression › Typical Career Path › Advancement To',
    quote: 'Case Manager or Care Coordinator',
    source_id: '000_4694b98c1c2a5003'
  }],
  comes_from: [{
    id: 'edg_2d0c5d1b6f3e8a41',
    kind: 'advancement',
    role: { id: 'direct-support-professional', title: 'Direct Support Professional', detail: 'mention' },
    condition: 'in a developmental disabilities setting',
    section: 'Career Progression › Typical Career Path › Entry Point From',
    quote: 'Direct Support Professional (DSP) in a developmental disabilities setting',
    source_id: '000_4694b98c1c2a5003'
  }],
  entry_routes: [{
    id: 'ent_7b0fd93bdfd4e511',
    background: 'Recent graduate',
    education_level: null,
    fields_of_study: [{ id: 'psychology', name: 'Psychology' }, { id: 'social-work', name: 'Social Work' }],
    related_fields: 'a related field',
    section: 'Career Progression › Typical Career Path › Entry Point From',
    quote: 'Recent graduate with a degree in Psychology, Social Work, or a related field',
    source_id: '000_4694b98c1c2a5003'
  }]
}
