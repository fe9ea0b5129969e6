// Compile-time checks, run by `tsc --noEmit` (npm test), not by tap: src/roles/json-ld.ts relies on
// schema-dts rejecting terms schema.org does not define. If a schema-dts upgrade stopped doing
// so, the @ts-expect-error lines below would become unused and the type check would fail.
import type { MonetaryAmountDistribution, Occupation, WithContext } from 'schema-dts'

export const inventedTopLevelTerm: WithContext<Occupation> = {
  '@context': 'https://schema.org',
  '@type': 'Occupation',
  name: 'Therapeutic Services Assistant',
  // @ts-expect-error `salaryRange` is not a schema.org term
  salaryRange: '35000-50000'
}

export const inventedNestedTerm: WithContext<Occupation> = {
  '@context': 'https://schema.org',
  '@type': 'Occupation',
  skills: [{
    '@type': 'DefinedTerm',
    name: 'Crisis Intervention',
    // @ts-expect-error `importance` is not a term of DefinedTerm
    importance: 'required'
  }]
}

export const distributionWithRange: MonetaryAmountDistribution = {
  '@type': 'MonetaryAmountDistribution',
  currency: 'USD',
  median: 35130,
  // @ts-expect-error schema.org gives a distribution no minValue: a range is a MonetaryAmount
  minValue: 35000
}
