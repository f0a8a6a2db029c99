// Names for the generated contract types. Nothing here is written by hand: every type is an alias of
// a schema in schema.d.ts (generated from ../openapi.yaml by `npm run gen:api`).
import type { components } from './schema'

type S = components['schemas']

export type Problem = S['Problem']
export type Violation = S['Violation']

export type Region = S['Region']
export type DocumentType = S['DocumentType']
export type Sex = S['Sex']
export type Post = S['Post']
export type EmploymentStatus = S['EmploymentStatus']
export type OwnStatus = S['OwnStatus']
export type EducationLevel = S['EducationLevel']
export type StudyForm = S['StudyForm']
export type ProofType = S['ProofType']
export type TrainingKind = S['TrainingKind']
export type CertificateKind = S['CertificateKind']

export type RegistrationRequest = S['RegistrationRequest']
export type IdentityPreviewRequest = S['IdentityPreviewRequest']
export type IdentityPreview = S['IdentityPreview']
export type LoginRequest = S['LoginRequest']
export type TokenResponse = S['TokenResponse']
/** Roles are a plain string in the contract (CANDIDATE, REGISTRATION_POINT, SITE, AREA, NATIONAL, FINANCE). */
export type Role = TokenResponse['role']
export type PasswordChangeRequest = S['PasswordChangeRequest']
export type ResetQuestionRequest = S['ResetQuestionRequest']
export type ResetQuestion = S['ResetQuestion']
export type PasswordResetRequest = S['PasswordResetRequest']

export type Profile = S['Profile']
export type ProfileUpdate = S['ProfileUpdate']
export type Basic = S['Basic']
export type Contact = S['Contact']
export type Work = S['Work']
export type EducationEntry = S['EducationEntry']
export type EducationInput = S['EducationInput']
export type TrainingEntry = S['TrainingEntry']
export type TrainingInput = S['TrainingInput']
export type CertificateEntry = S['CertificateEntry']
export type CertificateInput = S['CertificateInput']
