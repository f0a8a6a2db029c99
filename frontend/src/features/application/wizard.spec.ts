import { describe, expect, it } from 'vitest'
import type { ApplicationView, StepStatus } from '@/api/types'
import {
  SUBMIT_INDEX,
  baseField,
  categoryCodeOf,
  certificateRequired,
  extraSubjectEntitled,
  fieldLabelKey,
  groupByStep,
  normaliseFieldErrors,
  pageStatus,
  problemsAsFieldErrors,
  resumeIndex,
  stepOfField,
} from './wizard'

function steps(incomplete: Partial<Record<StepStatus['step'], { field: string; message: string }[]>> = {}): StepStatus[] {
  return (['EXAM', 'BASIC', 'WORK', 'EDUCATION', 'CERTIFICATE', 'AREA'] as const).map((step) => {
    const problems = (incomplete[step] ?? []).map((p) => ({ ...p, code: 'RULE' }))
    return { step, complete: problems.length === 0, problems }
  })
}

function view(over: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'a1',
    number: '20261100000000001',
    version: 0,
    examCode: '2026110',
    state: 'DRAFT',
    applicant: { candidateId: 'c1', name: '张三', documentType: 'RESIDENT_ID', documentNumber: '430102199003071234', sex: 'MALE', birthDate: '1990-03-07' },
    educationIds: [],
    trainingIds: [],
    attempts: 1,
    extraSubjects: [],
    identityVerified: false,
    createdAt: '2026-01-10T01:00:00Z',
    steps: steps({ EDUCATION: [{ field: 'educationIds', message: '请选择学历' }], AREA: [{ field: 'areaCode', message: '请选择考区' }] }),
    reviews: [],
    ...over,
  }
}

describe('resumeIndex', () => {
  it('opens where the candidate left the wizard', () => {
    expect(resumeIndex(view(), 4)).toBe(4)
    expect(resumeIndex(view(), SUBMIT_INDEX)).toBe(SUBMIT_INDEX)
  })
  it('ignores a stored page that is not a page', () => {
    expect(resumeIndex(view(), 99)).toBe(0)
    expect(resumeIndex(view(), Number.NaN)).toBe(0)
  })
  it('starts a fresh draft at the first step', () => expect(resumeIndex(view(), null)).toBe(0))
  it('continues a draft worked on elsewhere at its first incomplete step', () => {
    expect(resumeIndex(view({ educationIds: ['e1'], steps: steps({ AREA: [{ field: 'areaCode', message: 'x' }] }) }), null)).toBe(5)
  })
  it('opens the final page when every step is complete', () => {
    expect(resumeIndex(view({ educationIds: ['e1'], areaCode: '43', siteCode: '4301', steps: steps() }), null)).toBe(SUBMIT_INDEX)
    expect(resumeIndex(view({ state: 'RETURNED', steps: steps() }), null)).toBe(SUBMIT_INDEX)
  })
})

describe('pageStatus', () => {
  const v = view()
  it('shows the current page in progress, complete steps green, passed incomplete ones red', () => {
    const visited = new Set<number>()
    expect(pageStatus(v, 3, 3, visited)).toBe('process')
    expect(pageStatus(v, 1, 3, visited)).toBe('success')
    expect(pageStatus(v, 3, 4, visited)).toBe('error')
    expect(pageStatus(v, 5, 2, visited)).toBe('wait')
    expect(pageStatus(v, 5, 2, new Set([5]))).toBe('error')
    expect(pageStatus(v, SUBMIT_INDEX, 2, visited)).toBe('wait')
    expect(pageStatus(null, 1, 0, visited)).toBe('wait')
  })
})

describe('problems and violations by step', () => {
  it('strips list indexes from field paths', () => {
    expect(baseField('educationIds[0].<list element>')).toBe('educationIds')
    expect(baseField('work.employmentStatus')).toBe('work.employmentStatus')
  })
  it('joins several problems of one field', () => {
    expect(problemsAsFieldErrors([{ field: 'extraSubjects', message: 'a' }, { field: 'extraSubjects', message: 'b' }])).toEqual({ extraSubjects: 'a；b' })
    expect(normaliseFieldErrors({ 'trainingIds[2]': 'too long' })).toEqual({ trainingIds: 'too long' })
  })
  it('finds the step of a field from the step problems, else from the fields each step owns', () => {
    const s = steps({ BASIC: [{ field: 'mobile', message: '请填写手机号码' }] })
    expect(stepOfField('mobile', s)).toBe('BASIC')
    expect(stepOfField('work.employmentStatus')).toBe('WORK')
    expect(stepOfField('certificateId')).toBe('CERTIFICATE')
    expect(stepOfField('siteCode')).toBe('AREA')
    expect(stepOfField('educationIds[3]')).toBe('EDUCATION')
    expect(stepOfField('somethingElse')).toBeNull()
  })
  it('groups a refused submit by step in wizard order, unowned messages last', () => {
    const groups = groupByStep(
      { siteCode: '该考点只接受名单内试用机构的考生', '': '其他', educationIds: '请选择学历', 'work.employmentStatus': '请填写在岗情况' },
      steps(),
    )
    expect(groups).toEqual([
      { step: 'WORK', items: [{ field: 'work.employmentStatus', message: '请填写在岗情况' }] },
      { step: 'EDUCATION', items: [{ field: 'educationIds', message: '请选择学历' }] },
      { step: 'AREA', items: [{ field: 'siteCode', message: '该考点只接受名单内试用机构的考生' }] },
      { step: null, items: [{ field: '', message: '其他' }] },
    ])
  })
  it('names the fields the server messages do not name', () => {
    expect(fieldLabelKey('mobile')).toBe('fields.mobile')
    expect(fieldLabelKey('educationIds[0]')).toBe('wizard.educations')
    expect(fieldLabelKey('')).toBeNull()
  })
})

describe('eligibility mirrors', () => {
  it('needs a certificate only for a practising exam with secondary-school education only', () => {
    expect(certificateRequired('PRACTISING', [{ level: 'SECONDARY' }])).toBe(true)
    expect(certificateRequired('PRACTISING', [{ level: 'SECONDARY' }, { level: 'UNDERGRADUATE' }])).toBe(false)
    expect(certificateRequired('ASSISTANT', [{ level: 'SECONDARY' }])).toBe(false)
    expect(certificateRequired('PRACTISING', [])).toBe(false)
  })
  it('offers extra subjects only to those entitled', () => {
    expect(extraSubjectEntitled('MILITARY_MEDICINE', '120', { ownStatus: 'ARMY_CADRE' })).toBe(true)
    expect(extraSubjectEntitled('MILITARY_MEDICINE', '110', {})).toBe(false)
    expect(extraSubjectEntitled('PAEDIATRICS', '110', { post: 'PAEDIATRICS' })).toBe(true)
    expect(extraSubjectEntitled('PAEDIATRICS', '210', { post: 'PAEDIATRICS' })).toBe(false)
    expect(extraSubjectEntitled('PREHOSPITAL_EMERGENCY', '110', { post: 'PAEDIATRICS' })).toBe(false)
    expect(extraSubjectEntitled('PREHOSPITAL_EMERGENCY', '110', undefined)).toBe(false)
  })
  it('reads the category code of an exam code', () => {
    expect(categoryCodeOf('2026110')).toBe('110')
    expect(categoryCodeOf('110')).toBe('110')
  })
})
