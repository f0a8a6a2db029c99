// Runtime lists of the contract's enum values (for selects). The type check makes the build fail when the
// contract (schema.d.ts) gains or loses a value, so these lists cannot silently drift from openapi.yaml.
import type {
  ApplicationState,
  CertificateKind,
  DocumentType,
  ExtraSubject,
  FeeItemKind,
  FeeStatus,
  PaymentChannel,
  PaymentOrderStatus,
  LevelStatus,
  EducationLevel,
  MaterialFormat,
  MaterialStatus,
  SlotStatus,
  EmploymentStatus,
  ExamDiscipline,
  ExamLevel,
  OwnStatus,
  Post,
  ProofType,
  Region,
  ReviewLevel,
  Sex,
  StudyForm,
  TrainingKind,
  WizardStep,
} from './types'

type Exhaustive<T extends string, A extends readonly string[]> = [T] extends [A[number]]
  ? [A[number]] extends [T]
    ? A
    : { extraValue: Exclude<A[number], T> }
  : { missingValue: Exclude<T, A[number]> }

function allOf<T extends string>() {
  return <const A extends readonly T[]>(values: A & Exhaustive<T, A>): readonly T[] => values
}

export const REGIONS = allOf<Region>()(['MAINLAND', 'HONG_KONG', 'MACAO', 'TAIWAN', 'FOREIGN'])
export const DOCUMENT_TYPES = allOf<DocumentType>()([
  'RESIDENT_ID',
  'MILITARY_OFFICER',
  'POLICE_OFFICER',
  'CIVILIAN_CADRE',
  'SOLDIER',
  'MILITARY_STUDENT',
  'TAIWAN_PERMIT',
  'TAIWAN_ID',
  'HONG_KONG_PERMIT',
  'HONG_KONG_ID',
  'MACAO_PERMIT',
  'MACAO_ID',
  'PASSPORT',
])
export const SEXES = allOf<Sex>()(['MALE', 'FEMALE'])
export const EMPLOYMENT_STATUSES = allOf<EmploymentStatus>()(['PROBATION', 'EMPLOYED', 'POSTGRADUATE_CURRENT_YEAR'])
export const OWN_STATUSES = allOf<OwnStatus>()([
  'ARMY_CADRE',
  'ARMY_NCO',
  'ARMY_CIVILIAN',
  'FORCES_CADRE',
  'FORCES_NCO',
  'FORCES_CIVILIAN',
])
export const POSTS = allOf<Post>()(['PREHOSPITAL_EMERGENCY', 'PAEDIATRICS'])
export const EDUCATION_LEVELS = allOf<EducationLevel>()([
  'POSTGRADUATE',
  'UNDERGRADUATE',
  'JUNIOR_COLLEGE',
  'SECONDARY',
  'MASTER_APPRENTICE',
  'NONE',
])
export const STUDY_FORMS = allOf<StudyForm>()(['FULL_TIME', 'PART_TIME'])
export const PROOF_TYPES = allOf<ProofType>()([
  'MOE_REGISTRATION_RECORD',
  'CREDENTIAL_REPORT',
  'SECONDARY_VOCATIONAL_PROOF',
  'OVERSEAS_CREDENTIAL',
  'TCM_EXPERTISE_CERTIFICATE',
])
export const TRAINING_KINDS = allOf<TrainingKind>()(['STANDARDISED_RESIDENCY', 'PROBATION', 'INTERNSHIP', 'OTHER'])
export const CERTIFICATE_KINDS = allOf<CertificateKind>()(['ASSISTANT_QUALIFICATION', 'ASSISTANT_PRACTISING', 'OTHER'])

export const APPLICATION_STATES = allOf<ApplicationState>()(['DRAFT', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'])
/** In review order: registration point → exam site → exam area → national. */
export const REVIEW_LEVELS = allOf<ReviewLevel>()(['POINT', 'SITE', 'AREA', 'NATIONAL'])
export const LEVEL_STATUSES = allOf<LevelStatus>()(['WAITING', 'IN_REVIEW', 'APPROVED', 'RETURNED', 'REJECTED'])
/** The six wizard steps, in order. */
export const WIZARD_STEPS = allOf<WizardStep>()(['EXAM', 'BASIC', 'WORK', 'EDUCATION', 'CERTIFICATE', 'AREA'])
export const EXTRA_SUBJECTS = allOf<ExtraSubject>()(['MILITARY_MEDICINE', 'PREHOSPITAL_EMERGENCY', 'PAEDIATRICS'])

export const EXAM_LEVELS = allOf<ExamLevel>()(['PRACTISING', 'ASSISTANT'])
export const EXAM_DISCIPLINES = allOf<ExamDiscipline>()([
  'CLINICAL',
  'DENTAL',
  'PUBLIC_HEALTH',
  'CHINESE_MEDICINE',
  'ETHNIC_MEDICINE',
  'INTEGRATED',
  'VILLAGE_GENERAL',
])
export const FEE_ITEM_KINDS = allOf<FeeItemKind>()(['SKILLS', 'WRITTEN'])
export const FEE_STATUSES = allOf<FeeStatus>()(['NOT_ELIGIBLE', 'NOT_OPEN', 'PAYABLE', 'PAYING', 'PAID', 'GIVEN_UP'])
export const PAYMENT_CHANNELS = allOf<PaymentChannel>()(['SANDBOX', 'WECHAT_NATIVE', 'PAY_BY_NUMBER', 'BANK_CARD'])
export const PAYMENT_ORDER_STATUSES = allOf<PaymentOrderStatus>()(['CREATED', 'PAYING', 'PAID', 'CLOSED', 'EXPIRED', 'REFUNDING', 'REFUNDED'])

/** The document types offered first for each region (the server decides what it accepts). */
export const DOCUMENT_TYPES_BY_REGION: Record<Region, readonly DocumentType[]> = {
  MAINLAND: ['RESIDENT_ID', 'MILITARY_OFFICER', 'POLICE_OFFICER', 'CIVILIAN_CADRE', 'SOLDIER', 'MILITARY_STUDENT'],
  HONG_KONG: ['HONG_KONG_PERMIT', 'HONG_KONG_ID', 'RESIDENT_ID'],
  MACAO: ['MACAO_PERMIT', 'MACAO_ID', 'RESIDENT_ID'],
  TAIWAN: ['TAIWAN_PERMIT', 'TAIWAN_ID', 'RESIDENT_ID'],
  FOREIGN: ['PASSPORT'],
}

/** Levels without school, major and graduation month (no degree, master–apprentice). */
export const LEVELS_WITHOUT_SCHOOL: readonly EducationLevel[] = ['MASTER_APPRENTICE', 'NONE']
/** Levels for which the graduation certificate number is not required (postgraduates, master–apprentice, none). */
export const LEVELS_WITHOUT_CERTIFICATE_NUMBER: readonly EducationLevel[] = ['POSTGRADUATE', 'MASTER_APPRENTICE', 'NONE']

export const MATERIAL_FORMATS = allOf<MaterialFormat>()(['JPEG', 'PNG', 'PDF'])
export const MATERIAL_STATUSES = allOf<MaterialStatus>()(['PENDING', 'ACCEPTED', 'REJECTED'])
export const SLOT_STATUSES = allOf<SlotStatus>()(['MISSING', 'PENDING_REVIEW', 'ACCEPTED', 'REJECTED'])
