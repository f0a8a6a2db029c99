import { describe, expect, it } from 'vitest'
import type { ApplicationState, LevelProgress } from '@/api/types'
import { APPLICATION_STATES, LEVEL_STATUSES } from '@/api/enums'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'
import {
  activeLevelIndex,
  canEdit,
  canReapply,
  canWithdraw,
  decisiveReview,
  hasDocuments,
  historyKeys,
  isUnderReview,
  levelStepStatus,
  orderedProgress,
  stateTagType,
} from './status'

describe('state labels', () => {
  it('names every state as the candidate knows it', () => {
    expect(APPLICATION_STATES.map((s) => zh.enums.applicationState[s])).toEqual(['草稿', '审核中', '退回修改', '审核通过', '未通过', '已放弃'])
    for (const s of APPLICATION_STATES) expect(en.enums.applicationState[s]).toMatch(/\w/)
  })
  it('names the four review levels', () => {
    expect(['POINT', 'SITE', 'AREA', 'NATIONAL'].map((l) => zh.enums.reviewLevel[l as 'POINT'])).toEqual(['报名点', '考点', '考区', '国家'])
  })
  it('colours states: approved green, rejected red, returned amber', () => {
    expect(stateTagType('APPROVED')).toBe('success')
    expect(stateTagType('REJECTED')).toBe('danger')
    expect(stateTagType('RETURNED')).toBe('warning')
    expect(stateTagType('UNDER_REVIEW')).toBe('primary')
    expect(stateTagType('DRAFT')).toBe('info')
  })
})

describe('review progress', () => {
  it('maps each level status to an el-step status', () => {
    expect(LEVEL_STATUSES.map(levelStepStatus)).toEqual(['wait', 'process', 'success', 'error', 'error'])
  })

  it('orders the levels point → site → area → national and fills in missing ones as waiting', () => {
    const reviews: LevelProgress[] = [
      { level: 'AREA', status: 'IN_REVIEW' },
      { level: 'POINT', status: 'APPROVED', decidedAt: '2026-01-12T02:00:00Z' },
      { level: 'SITE', status: 'APPROVED' },
    ]
    expect(orderedProgress(reviews).map((r) => `${r.level}:${r.status}`)).toEqual([
      'POINT:APPROVED',
      'SITE:APPROVED',
      'AREA:IN_REVIEW',
      'NATIONAL:WAITING',
    ])
    expect(activeLevelIndex(reviews)).toBe(2)
    expect(activeLevelIndex(orderedProgress(undefined))).toBe(0)
    expect(activeLevelIndex(['POINT', 'SITE', 'AREA', 'NATIONAL'].map((level) => ({ level, status: 'APPROVED' }) as LevelProgress))).toBe(4)
  })

  it('finds the level that returned or rejected, with its reason', () => {
    const reviews: LevelProgress[] = [
      { level: 'POINT', status: 'APPROVED' },
      { level: 'SITE', status: 'RETURNED', reason: '毕业证书编号与学信网记录不符' },
      { level: 'AREA', status: 'WAITING' },
      { level: 'NATIONAL', status: 'WAITING' },
    ]
    expect(decisiveReview(reviews)).toMatchObject({ level: 'SITE', reason: '毕业证书编号与学信网记录不符' })
    expect(decisiveReview([{ level: 'POINT', status: 'IN_REVIEW' }])).toBeNull()
  })
})

describe('actions by state', () => {
  const allowed = (f: (s: ApplicationState) => boolean) => APPLICATION_STATES.filter(f)
  it('edits drafts and returned applications only', () => expect(allowed(canEdit)).toEqual(['DRAFT', 'RETURNED']))
  it('withdraws until a final decision', () => expect(allowed(canWithdraw)).toEqual(['DRAFT', 'UNDER_REVIEW', 'RETURNED']))
  it('re-applies after a withdrawal or a rejection', () => expect(allowed(canReapply)).toEqual(['REJECTED', 'WITHDRAWN']))
  it('polls only while under review', () => expect(allowed(isUnderReview)).toEqual(['UNDER_REVIEW']))
  it('offers the notice and the form once submitted', () => {
    expect(allowed(hasDocuments)).toEqual(['UNDER_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED'])
  })
})

describe('history lines', () => {
  it('uses i18n keys for known actions and roles and shows unknown ones as they came', () => {
    expect(historyKeys({ at: '', actorRole: 'SITE', action: 'RETURN', to: 'RETURNED' })).toEqual({
      action: 'enums.historyAction.RETURN',
      actionKnown: true,
      role: 'enums.role.SITE',
      roleKnown: true,
    })
    expect(zh.enums.historyAction.RETURN).toBe('退回修改')
    expect(historyKeys({ at: '', actorRole: 'PORTAL', action: 'MATERIAL_UPLOADED', to: 'UNDER_REVIEW' })).toMatchObject({
      action: 'MATERIAL_UPLOADED',
      actionKnown: false,
      role: 'PORTAL',
    })
  })
})
