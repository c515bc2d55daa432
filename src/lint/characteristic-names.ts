/**
 * The protected characteristics and their English names, apart from the term lists.
 *
 * @module
 */

/** The protected characteristic a term concerns. */
export type ProtectedCharacteristic =
  | 'age'
  | 'sex_gender'
  | 'pregnancy_maternity'
  | 'race_ethnicity_origin'
  | 'religion'
  | 'disability_health'
  | 'sexual_orientation'
  | 'marital_family_status'
  | 'union_membership'
  | 'genetic_information'
  | 'military_service'
  /** A term the host's policy added (`protectedTermsAdded`). */
  | 'host_listed';

/** The words each characteristic is called in findings. */
export const CHARACTERISTIC_NAMES: Readonly<Record<ProtectedCharacteristic, string>> = {
  age: 'age',
  sex_gender: 'sex or gender',
  pregnancy_maternity: 'pregnancy or maternity',
  race_ethnicity_origin: 'race, ethnicity or national origin',
  religion: 'religion or belief',
  disability_health: 'disability or health',
  sexual_orientation: 'sexual orientation',
  marital_family_status: 'marital or family status',
  union_membership: 'union membership',
  genetic_information: 'genetic information',
  military_service: 'military service',
  host_listed: 'a term the policy lists',
};
