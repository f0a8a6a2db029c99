// The wizard's rules that do not need the screen: where to resume, how each step shows in el-steps,
// which step a server message belongs to, and the client-side mirrors of the eligibility rules (the server
// stays the authority; these only explain and pre-select).
import type { ApplicationView, EducationEntry, ExtraSubject, Profile, StepStatus, Violation, WizardStep } from '@/api/types'
import { WIZARD_STEPS } from '@/api/enums'
import type { ElStepStatus } from './status'

/** The wizard's pages: the six steps and the final check-and-submit page. */
export type WizardPage = WizardStep | 'SUBMIT'
export const WIZARD_PAGES: readonly WizardPage[] = [...WIZARD_STEPS, 'SUBMIT']
export const SUBMIT_INDEX = WIZARD_PAGES.length - 1

/** The fields each step owns (violations are keyed by the request's or the rule's field). */
const STEP_FIELDS: Record<WizardStep, readonly string[]> = {
  EXAM: ['examCode'],
  BASIC: ['photoRef', 'birthDate', 'mobile', 'email', 'name', 'contact'],
  WORK: ['work', 'employmentStatus', 'probationInstitution', 'ownStatus', 'post'],
  EDUCATION: ['educationIds', 'trainingIds'],
  CERTIFICATE: ['certificateId'],
  AREA: ['areaCode', 'siteCode', 'attempts', 'extraSubjects'],
}

/** `educationIds[1]` and `educationIds[1].<list element>` are about `educationIds`. */
export function baseField(field: string): string {
  return field.replace(/\[\d+\].*$/, '')
}

export function stepOf(view: Pick<ApplicationView, 'steps'> | null | undefined, step: WizardStep): StepStatus | undefined {
  return view?.steps.find((s) => s.step === step)
}

/** A step's problems as field errors for useServerErrors (several on one field joined). */
export function problemsAsFieldErrors(problems: readonly Pick<Violation, 'field' | 'message'>[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of problems ?? []) {
    const f = baseField(p.field ?? '')
    out[f] = out[f] ? `${out[f]}；${p.message}` : p.message
  }
  return out
}

/** Field errors (a problem's violations) normalised to base fields, for forms whose props are base fields. */
export function normaliseFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  return problemsAsFieldErrors(Object.entries(fieldErrors).map(([field, message]) => ({ field, message })))
}

/** The step a violation belongs to: the step whose problems name the field, else the step that owns it. */
export function stepOfField(field: string, steps: readonly StepStatus[] = []): WizardStep | null {
  const base = baseField(field)
  const top = base.split('.')[0] ?? base
  const fromStatus = steps.find((s) => s.problems.some((p) => baseField(p.field) === base))
  if (fromStatus) return fromStatus.step
  for (const step of WIZARD_STEPS) {
    if (STEP_FIELDS[step].includes(base) || STEP_FIELDS[step].includes(top)) return step
  }
  return null
}

export interface StepMessage {
  field: string
  message: string
}

export interface StepGroup {
  /** null: messages no step owns. */
  step: WizardStep | null
  items: StepMessage[]
}

/** A refused submit's violations grouped by wizard step, in wizard order (unowned ones last). */
export function groupByStep(fieldErrors: Record<string, string>, steps: readonly StepStatus[] = []): StepGroup[] {
  const groups = new Map<WizardStep | null, StepMessage[]>()
  for (const [field, message] of Object.entries(fieldErrors)) {
    const step = stepOfField(field, steps)
    groups.set(step, [...(groups.get(step) ?? []), { field, message }])
  }
  const order: (WizardStep | null)[] = [...WIZARD_STEPS, null]
  return order.filter((s) => groups.has(s)).map((step) => ({ step, items: groups.get(step)! }))
}

/** The i18n key naming a field in a message list (server messages such as “此项为必填项” do not name it). */
const FIELD_LABELS: Record<string, string> = {
  examCode: 'wizard.examCode',
  photoRef: 'wizard.photo',
  name: 'fields.name',
  birthDate: 'fields.birthDate',
  mobile: 'fields.mobile',
  email: 'fields.email',
  'contact.mobile': 'fields.mobile',
  'contact.email': 'fields.email',
  'work.employmentStatus': 'fields.employmentStatus',
  'work.employer': 'fields.employer',
  'work.probationInstitution': 'fields.probationInstitution',
  'work.ownStatus': 'fields.ownStatus',
  'work.post': 'fields.post',
  educationIds: 'wizard.educations',
  trainingIds: 'wizard.trainings',
  certificateId: 'wizard.certificate',
  areaCode: 'wizard.area',
  siteCode: 'wizard.site',
  attempts: 'wizard.attempts',
  extraSubjects: 'wizard.extraSubjects',
}

export function fieldLabelKey(field: string): string | null {
  return FIELD_LABELS[baseField(field)] ?? null
}

/** Nothing chosen yet beyond the exam: a fresh draft starts at the first step. */
function untouched(view: ApplicationView): boolean {
  return view.educationIds.length === 0 && view.trainingIds.length === 0 && !view.certificateId && !view.areaCode && !view.siteCode
}

/**
 * Where to open the wizard: where the candidate left it (stored per application), else the first
 * incomplete step of an application already worked on (the final page when none is), else the first step.
 */
export function resumeIndex(view: ApplicationView, stored: number | null): number {
  if (stored !== null && Number.isInteger(stored) && stored >= 0 && stored <= SUBMIT_INDEX) return stored
  if (view.state === 'DRAFT' && untouched(view)) return 0
  const i = WIZARD_STEPS.findIndex((s) => stepOf(view, s)?.complete === false)
  return i === -1 ? SUBMIT_INDEX : i
}

/** How page `index` shows in el-steps: the current one in progress, complete ones green, incomplete ones already passed red. */
export function pageStatus(view: ApplicationView | null, index: number, current: number, visited: ReadonlySet<number>): ElStepStatus {
  if (index === current) return 'process'
  const page = WIZARD_PAGES[index]
  if (!view || !page || page === 'SUBMIT') return 'wait'
  const status = stepOf(view, page)
  if (status?.complete) return 'success'
  return visited.has(index) || index < current ? 'error' : 'wait'
}

const STORAGE_PREFIX = 'examreg.wizard.'

export function storedPage(applicationId: string): number | null {
  try {
    const v = localStorage.getItem(STORAGE_PREFIX + applicationId)
    return v === null ? null : Number(v)
  } catch {
    return null
  }
}

export function storePage(applicationId: string, index: number): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + applicationId, String(index))
  } catch {
    /* storage unavailable: the wizard resumes from the steps' completeness */
  }
}

/**
 * Mirrors the server's rule (SPEC §3): a practising-physician (执业医师) exam with only secondary-school
 * (中专) education among the chosen entries needs an assistant-physician qualification.
 */
export function certificateRequired(examLevel: string | null | undefined, chosen: readonly Pick<EducationEntry, 'level'>[]): boolean {
  return examLevel === 'PRACTISING' && chosen.length > 0 && chosen.every((e) => e.level === 'SECONDARY')
}

/** The clinical practising-physician category (the only one with the pre-hospital and paediatrics extras). */
export const CLINICAL_PRACTISING = '110'

/**
 * Mirrors the server's rule (SPEC §3): 军事医学 only for active service members (an own status is set);
 * 院前急救 and 儿科 only for clinical practising-physician applicants working in that post.
 */
export function extraSubjectEntitled(subject: ExtraSubject, categoryCode: string | null | undefined, work: Profile['work'] | undefined): boolean {
  switch (subject) {
    case 'MILITARY_MEDICINE':
      return !!work?.ownStatus
    case 'PREHOSPITAL_EMERGENCY':
      return categoryCode === CLINICAL_PRACTISING && work?.post === 'PREHOSPITAL_EMERGENCY'
    case 'PAEDIATRICS':
      return categoryCode === CLINICAL_PRACTISING && work?.post === 'PAEDIATRICS'
  }
  return false
}

/** The category code of an exam code (year + category), e.g. 2026110 → 110. */
export const categoryCodeOf = (examCode: string) => (/^\d{4}/.test(examCode) ? examCode.slice(4) : examCode)
