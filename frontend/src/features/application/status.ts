// What an application's state and review progress mean on screen: tag colours, el-steps statuses, which
// actions a state allows. Texts are i18n keys (enums.applicationState.*, enums.reviewLevel.*, …).
import type { ApplicationState, HistoryEntry, LevelProgress, LevelStatus, ReviewLevel } from '@/api/types'
import { REVIEW_LEVELS } from '@/api/enums'

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
export type ElStepStatus = 'wait' | 'process' | 'finish' | 'error' | 'success'

const STATE_TAGS: Record<ApplicationState, TagType> = {
  DRAFT: 'info',
  UNDER_REVIEW: 'primary',
  RETURNED: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
}

/** The Element Plus tag type of a state. */
export const stateTagType = (state: ApplicationState): TagType => STATE_TAGS[state] ?? 'info'

const LEVEL_STEP_STATUS: Record<LevelStatus, ElStepStatus> = {
  WAITING: 'wait',
  IN_REVIEW: 'process',
  APPROVED: 'success',
  RETURNED: 'error',
  REJECTED: 'error',
}

/** The el-step status of one review level. */
export const levelStepStatus = (status: LevelStatus): ElStepStatus => LEVEL_STEP_STATUS[status] ?? 'wait'

/**
 * The four levels in review order (registration point → site → area → national), whatever order and
 * completeness the server's list has: a level it does not mention is waiting.
 */
export function orderedProgress(reviews: readonly LevelProgress[] | undefined): LevelProgress[] {
  return REVIEW_LEVELS.map((level) => reviews?.find((r) => r.level === level) ?? { level, status: 'WAITING' as const })
}

/** The index of the level el-steps should highlight: the first not approved (4 when all are). */
export function activeLevelIndex(reviews: readonly LevelProgress[] | undefined): number {
  const i = orderedProgress(reviews).findIndex((r) => r.status !== 'APPROVED')
  return i === -1 ? REVIEW_LEVELS.length : i
}

/** The level that returned or rejected the application, with its reason, if any. */
export function decisiveReview(reviews: readonly LevelProgress[] | undefined): LevelProgress | null {
  return orderedProgress(reviews).find((r) => r.status === 'RETURNED' || r.status === 'REJECTED') ?? null
}

/** A draft or an application returned for correction can be edited and (re)submitted. */
export const canEdit = (s: ApplicationState) => s === 'DRAFT' || s === 'RETURNED'
/** Withdrawal (放弃报考) is possible until a final decision. */
export const canWithdraw = (s: ApplicationState) => s === 'DRAFT' || s === 'UNDER_REVIEW' || s === 'RETURNED'
/** After a withdrawal or a rejection the candidate may apply again for the same exam. */
export const canReapply = (s: ApplicationState) => s === 'WITHDRAWN' || s === 'REJECTED'
/** How often an application under review is read again (reviewers decide elsewhere). */
export const POLL_INTERVAL_MS = 10_000

/** An application the server may still change by itself (reviewers decide): watch it. */
export const isUnderReview = (s: ApplicationState) => s === 'UNDER_REVIEW'
/** Still counts as the one application of its exam. */
export const isLive = (s: ApplicationState) => s !== 'WITHDRAWN' && s !== 'REJECTED'
/** The notice and the form (PDF) exist once submitted, whatever the review decided since. */
export const hasDocuments = (s: ApplicationState) => s !== 'DRAFT' && s !== 'WITHDRAWN'

export const isReviewLevel = (v: string | null | undefined): v is ReviewLevel =>
  !!v && (REVIEW_LEVELS as readonly string[]).includes(v)

const KNOWN_ACTIONS = ['CREATE', 'SUBMIT', 'RESUBMIT', 'APPROVE', 'REJECT', 'RETURN', 'WITHDRAW'] as const
const KNOWN_ROLES = ['CANDIDATE', 'REGISTRATION_POINT', 'SITE', 'AREA', 'NATIONAL', 'FINANCE'] as const

/** i18n keys (or the raw value when unknown) for one history line: what happened, by whom. */
export function historyKeys(e: HistoryEntry): { action: string; actionKnown: boolean; role: string; roleKnown: boolean } {
  const actionKnown = (KNOWN_ACTIONS as readonly string[]).includes(e.action)
  const roleKnown = (KNOWN_ROLES as readonly string[]).includes(e.actorRole)
  return {
    action: actionKnown ? `enums.historyAction.${e.action}` : e.action,
    actionKnown,
    role: roleKnown ? `enums.role.${e.actorRole}` : e.actorRole,
    roleKnown,
  }
}
