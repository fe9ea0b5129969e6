// English names for the ISO 3166 codes salary figures carry. Countries come from ICU (Node ships
// full ICU); subdivisions have no Intl API, so the ones the data can name are listed here.

// `fallback: 'none'` makes an unknown code undefined, so placeName() decides what to show.
const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** ISO 3166-2 subdivisions of the US (states, DC and the outlying territories) and Canada. */
const subdivisionNames: ReadonlyMap<string, string> = new Map([
  ['US-AL', 'Alabama'], ['US-AK', 'Alaska'], ['US-AZ', 'Arizona'], ['US-AR', 'Arkansas'],
  ['US-CA', 'California'], ['US-CO', 'Colorado'], ['US-CT', 'Connecticut'], ['US-DE', 'Delaware'],
  ['US-FL', 'Florida'], ['US-GA', 'Georgia'], ['US-HI', 'Hawaii'], ['US-ID', 'Idaho'],
  ['US-IL', 'Illinois'], ['US-IN', 'Indiana'], ['US-IA', 'Iowa'], ['US-KS', 'Kansas'],
  ['US-KY', 'Kentucky'], ['US-LA', 'Louisiana'], ['US-ME', 'Maine'], ['US-MD', 'Maryland'],
  ['US-MA', 'Massachusetts'], ['US-MI', 'Michigan'], ['US-MN', 'Minnesota'], ['US-MS', 'Mississippi'],
  ['US-MO', 'Missouri'], ['US-MT', 'Montana'], ['US-NE', 'Nebraska'], ['US-NV', 'Nevada'],
  ['US-NH', 'New Hampshire'], ['US-NJ', 'New Jersey'], ['US-NM', 'New Mexico'], ['US-NY', 'New York'],
  ['US-NC', 'North Carolina'], ['US-ND', 'North Dakota'], ['US-OH', 'Ohio'], ['US-OK', 'Oklahoma'],
  ['US-OR', 'Oregon'], ['US-PA', 'Pennsylvania'], ['US-RI', 'Rhode Island'], ['US-SC', 'South Carolina'],
  ['US-SD', 'South Dakota'], ['US-TN', 'Tennessee'], ['US-TX', 'Texas'], ['US-UT', 'Utah'],
  ['US-VT', 'Vermont'], ['US-VA', 'Virginia'], ['US-WA', 'Washington'], ['US-WV', 'West Virginia'],
  ['US-WI', 'Wisconsin'], ['US-WY', 'Wyoming'],
  ['US-DC', 'District of Columbia'],
  ['US-AS', 'American Samoa'], ['US-GU', 'Guam'], ['US-MP', 'Northern Mariana Islands'],
  ['US-PR', 'Puerto Rico'], ['US-UM', 'United States Minor Outlying Islands'], ['US-VI', 'U.S. Virgin Islands'],
  ['CA-AB', 'Alberta'], ['CA-BC', 'British Columbia'], ['CA-MB', 'Manitoba'], ['CA-NB', 'New Brunswick'],
  ['CA-NL', 'Newfoundland and Labrador'], ['CA-NS', 'Nova Scotia'], ['CA-ON', 'Ontario'],
  ['CA-PE', 'Prince Edward Island'], ['CA-QC', 'Quebec'], ['CA-SK', 'Saskatchewan'],
  ['CA-NT', 'Northwest Territories'], ['CA-NU', 'Nunavut'], ['CA-YT', 'Yukon']
])

/**
 * The English name of an ISO 3166-1 alpha-2 country (`US`) or ISO 3166-2 subdivision (`US-CA`).
 * An unknown code names itself, so a new subdivision in the data is shown, not dropped.
 */
export function placeName (code: string): string {
  if (code.includes('-')) return subdivisionNames.get(code) ?? code
  return countryNames.of(code) ?? code
}
