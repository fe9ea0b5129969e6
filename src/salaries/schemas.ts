import { Type, type Static } from 'typebox'
import { nullable, ref, sourceIdProperty } from '../http/schema-builders.js'
import { salaryKinds, salaryPeriods } from '../db/schema.js'
import { RoleRef } from '../roles/role-ref.js'

const Amount = (description: string) => nullable(Type.Number({ minimum: 0, description }))

export const SalaryLocation = Type.Object({
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2.', examples: ['US'] }),
  subdivision: nullable(Type.String({ description: 'ISO 3166-2.', examples: ['US-CA'] }))
}, { $id: 'SalaryLocation', additionalProperties: false })

export const Salary = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...salaryKinds], { description: 'What the figure is: a range, an average or a median.' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217.', examples: ['USD'] }),
  period: Type.Enum([...salaryPeriods], { description: 'The period the amounts are paid per.' }),
  min: Amount('Bottom of a range.'),
  max: Amount('Top of a range.'),
  median: Amount('The median.'),
  average: Amount('The mean.'),
  p10: Amount('10th percentile.'),
  p25: Amount('25th percentile.'),
  p75: Amount('75th percentile.'),
  p90: Amount('90th percentile.'),
  location: nullable(ref(SalaryLocation)),
  reference_year: nullable(Type.Integer({ description: 'The year the figure refers to, where the source gives it.' })),
  publisher: nullable(Type.String({ description: 'Who published the figure, as the source names it.', examples: ['BLS Occupational Employment and Wage Statistics via CareerOneStop'] })),
  quote: Type.String({ description: 'The figure as the source states it.' }),
  notes: nullable(Type.String()),
  source_id: sourceIdProperty
}, {
  $id: 'Salary',
  description: 'One salary figure with its provenance. Figures from different sources are never merged.',
  additionalProperties: false
})
export type Salary = Static<typeof Salary>

export const RoleSalaryList = Type.Object({
  role: ref(RoleRef),
  data: Type.Array(ref(Salary))
}, { $id: 'RoleSalaryList', additionalProperties: false })

export const salarySchemas = [SalaryLocation, Salary, RoleSalaryList]
