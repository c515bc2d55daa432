/**
 * The built-in list of words and phrases about protected characteristics that have no place in a
 * performance plan, by language (English only for now), grouped by the characteristic they
 * concern, and the phrases that look like one but are not (allowed exceptions). docs/checks.md
 * lists them; a test checks it lists every one.
 *
 * How the list is written: each entry is matched as whole words, case-insensitively, after the
 * text is split into words (letters, marks and digits, with inner apostrophes; hyphens, slashes
 * and punctuation separate words; a trailing `'s` is dropped, so "doctor's note" is "doctor
 * note"). `a|b` gives alternatives for one word: `his|her age` is "his age" and "her age".
 *
 * What is left out on purpose, because it is ordinary sales wording: bare "age" (deal age,
 * pipeline age), "old", "older", "young" (older opportunities), "health" (pipeline or account
 * health), "disabled" (a disabled integration), "medical" (medical-device sales), "child" (child
 * accounts), "partner" (HR or channel partners), "union" alone (credit unions, the European
 * Union), "blind" (blind spots), "black" and "white" (black box, white paper), nationality
 * adjectives and country names (territories and markets), first names that are also religious
 * words ("Christian", "Faith"), and company-wide holidays. A host adds terms of its own
 * (`protectedTermsAdded`) and allows phrases that are fine in its business
 * (`protectedTermsAllowed`).
 *
 * @module
 */
import type { ProtectedCharacteristic } from './characteristic-names.js';

export type { ProtectedCharacteristic } from './characteristic-names.js';

/** The built-in terms of one language, by characteristic. */
export type ProtectedTermList = { readonly [C in Exclude<ProtectedCharacteristic, 'host_listed'>]: readonly string[] };

export { CHARACTERISTIC_NAMES } from './characteristic-names.js';

const PERSON = 'rep|reps|worker|workers|employee|employees|colleague|colleagues|person|people|generation|staff';

/** English. */
const EN: ProtectedTermList = {
  age: [
    'too old', 'too young', 'his|her|your age', 'at his|her|their|your age', 'age group', 'age bracket', 'retirement age',
    `older ${PERSON}`, `younger ${PERSON}`, 'elderly', 'senile', 'senior moment', 'over the hill', 'past his|her|their|your prime',
    'set in his|her|their|your ways', 'millennial|millennials', 'boomer|boomers', 'gen z', 'generation z', 'zoomer|zoomers',
    'digital native|natives', 'near|nearing|close to retirement', 'date of birth',
  ],
  sex_gender: [
    'gender', 'genders', 'sex', 'female', 'females', 'male', 'males', 'woman', 'women', 'girl', 'girls', 'lady', 'ladies',
    'as a man', 'feminine', 'masculine', 'transgender', 'trans man|woman|person', 'non binary', 'nonbinary', 'gender identity',
    'menopause', 'menopausal', 'time of the month', 'hormonal',
  ],
  pregnancy_maternity: [
    'pregnant', 'pregnancy', 'pregnancies', 'maternity', 'paternity', 'parental leave', 'adoption leave', 'expecting a baby|child',
    'baby', 'babies', 'newborn', 'childbirth', 'miscarriage', 'breastfeeding', 'breast feeding', 'nursing mother', 'morning sickness',
    'ivf', 'fertility',
  ],
  race_ethnicity_origin: [
    'race', 'races', 'racial', 'racially', 'ethnic', 'ethnicity', 'ethnically', 'skin colour|color', 'colour|color of his|her|their|your skin',
    'person|people of colour|color', 'national origin', 'nationality', 'citizenship', 'immigrant', 'immigrants', 'immigration status',
    'foreigner', 'foreigners', 'foreign born', 'accent', 'accents', 'accented', 'native speaker|speakers', 'non native',
    'first language', 'mother tongue', 'ancestry', 'caste', 'cultural background', 'ethnic background',
  ],
  religion: [
    'religion', 'religions', 'religious', 'his|her|their|your faith', 'church', 'mosque', 'synagogue', 'prayer', 'prayers',
    'ramadan', 'fasting', 'sabbath', 'shabbat', 'hijab', 'headscarf', 'turban', 'kippah', 'yarmulke', 'christianity', 'muslim',
    'muslims', 'islam', 'islamic', 'jewish', 'jew', 'jews', 'judaism', 'hindu', 'hindus', 'hinduism', 'sikh', 'sikhs', 'buddhist',
    'buddhists', 'buddhism', 'atheist', 'atheists', 'catholic', 'catholics', 'protestant', 'mormon', 'evangelical', 'diwali',
    'passover', 'yom kippur',
  ],
  disability_health: [
    'disability', 'disabilities', 'handicap', 'handicapped', 'impairment', 'visually impaired', 'hearing impaired', 'wheelchair',
    'deaf', 'hard of hearing', 'hearing aid', 'legally blind', 'sign language', 'stutter', 'stutters', 'stuttering', 'stammer',
    'stammering', 'dyslexia', 'dyslexic', 'adhd', 'autism', 'autistic', 'asperger|aspergers', 'bipolar', 'ptsd', 'ocd', 'depression',
    'anxiety disorder', 'panic attack|attacks', 'mental health', 'mental illness', 'mentally ill', 'psychiatric', 'therapist',
    'medical condition|conditions|leave|history|appointment|appointments', 'doctor appointment|appointments|note', 'sick leave',
    'sick day|days|note', 'off sick', 'out sick', 'called|calls|calling in sick', 'sickness', 'illness', 'illnesses', 'chronic pain',
    'his|her|your health', 'health condition|conditions|issue|issues|problem|problems', 'his|her|your diagnosis',
    'his|her|their|your cancer', 'medication', 'medicated', 'obese', 'obesity', 'alcoholism', 'alcoholic',
    'epilepsy', 'epileptic', 'diabetes', 'diabetic', 'migraine|migraines', 'long covid',
  ],
  sexual_orientation: [
    'sexual orientation', 'sexuality', 'gay', 'lesbian', 'bisexual', 'homosexual', 'heterosexual', 'queer', 'lgbt', 'lgbtq', 'lgbtqia',
    'same sex',
  ],
  marital_family_status: [
    'marital status', 'married', 'marriage', 'unmarried', 'divorce', 'divorced', 'divorcing', 'widow', 'widowed', 'widower', 'wife',
    'wives', 'husband', 'husbands', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'maiden name',
    'single mother|mom|mum|father|dad|parent', 'working mother|mom|mum', 'new mother|mom|mum|father|dad|parent', 'mother', 'father',
    'mom', 'dad', 'kids', 'children', 'his|her|their|your child', 'grandchildren', 'childcare', 'child care', 'daycare', 'school run',
    'babysitter', 'nanny', 'family commitments|responsibilities|obligations|situation|reasons', 'his|her|your family',
    'caring responsibilities', 'carer', 'caregiver', 'caregiving',
  ],
  union_membership: [
    'trade union|unions', 'labor union|unions', 'labour union|unions',
    'union member|members|membership|activity|activities|meeting|meetings|rep|representative|steward|dues|official|organizing|organising',
    'shop steward', 'his|her|their|your union', 'join|joined|joining a|the union', 'unionize', 'unionise', 'unionizing', 'unionising',
    'unionized', 'unionised', 'collective bargaining', 'works council',
  ],
  genetic_information: ['genetic information', 'genetic test results', 'family medical history', 'family history of'],
  military_service: ['military service', 'military leave', 'reservist', 'reserve duty', 'national guard', 'veteran status'],
};

/**
 * Phrases built-in terms sit inside that are not about a person: an allowed phrase found in a
 * text silences every term that shares a word with it there ("race to the bottom", "baby steps",
 * "pipeline health issues").
 */
const EN_ALLOWED: readonly string[] = [
  'race to|against|for', 'arms race', 'rat race', 'baby steps', 'deaf ears', 'too old fashioned', 'mom and pop',
  'pipeline|account|deal|customer|client|crm|data|portfolio|territory|business|system health',
];

/**
 * The built-in protected terms, by language tag. English only for now; a language added later
 * is one more key, and a host's own terms come keyed the same way (`protectedTermsAdded`).
 *
 * @example
 * ```ts
 * PROTECTED_TERMS.en.age.includes('too old'); // => true
 * ```
 */
export const PROTECTED_TERMS: { readonly en: ProtectedTermList; readonly [language: string]: ProtectedTermList } = Object.freeze({ en: EN });

/**
 * The built-in allowed phrases, by language tag (see {@link PROTECTED_TERMS}).
 *
 * @example
 * ```ts
 * PROTECTED_TERMS_ALLOWED.en.includes('baby steps'); // => true
 * ```
 */
export const PROTECTED_TERMS_ALLOWED: { readonly en: readonly string[]; readonly [language: string]: readonly string[] } = Object.freeze({ en: EN_ALLOWED });
