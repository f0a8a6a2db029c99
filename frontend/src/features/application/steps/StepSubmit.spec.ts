import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import type { ApplicationView, StepStatus } from '@/api/types'
import StepSubmit from './StepSubmit.vue'

const problem = (body: object, status: number) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } })

const steps: StepStatus[] = [
  { step: 'EXAM', complete: true, problems: [] },
  { step: 'BASIC', complete: true, problems: [] },
  { step: 'WORK', complete: false, problems: [{ field: 'work.employmentStatus', code: 'REQUIRED', message: '此项为必填项' }] },
  { step: 'EDUCATION', complete: true, problems: [] },
  { step: 'CERTIFICATE', complete: true, problems: [] },
  { step: 'AREA', complete: false, problems: [{ field: 'siteCode', code: 'SITE_RESTRICTED', message: '该考点只接受名单内试用机构的考生' }] },
]

const view = {
  id: 'a1',
  number: '20261100000000001',
  version: 2,
  examCode: '2026110',
  state: 'DRAFT',
  applicant: { candidateId: 'c1', name: '张三', documentType: 'RESIDENT_ID', documentNumber: '430102199003071234', sex: 'MALE', birthDate: '1990-03-07' },
  educationIds: ['e1'],
  trainingIds: [],
  attempts: 1,
  extraSubjects: [],
  identityVerified: false,
  createdAt: '2026-11-20T01:00:00Z',
  steps,
  reviews: [],
} satisfies ApplicationView

describe('StepSubmit', { timeout: 30_000 }, () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setLocale('zh-CN')
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const mountStep = () => mount(StepSubmit, { props: { view, editable: true }, global: { plugins: [createPinia(), i18n, ElementPlus] } })

  it('shows each step’s completeness with its problems, naming the fields', () => {
    wrapper = mountStep()
    expect(wrapper.get('[data-testid="wiz-summary-EXAM"]').text()).toContain('已完成')
    expect(wrapper.get('[data-testid="wiz-summary-WORK"]').text()).toContain('未完成')
    expect(wrapper.get('[data-testid="wiz-summary-WORK"]').text()).toContain('在岗情况：此项为必填项')
    expect(wrapper.get('[data-testid="wiz-summary-AREA"]').text()).toContain('考点：该考点只接受名单内试用机构的考生')
  })

  it('lists a refused submit’s violations under the step they belong to', async () => {
    vi.stubGlobal('fetch', async () =>
      problem(
        {
          title: '请求数据有误',
          code: 'VALIDATION_FAILED',
          violations: [
            { field: 'siteCode', code: 'SITE_RESTRICTED', message: '该考点只接受名单内试用机构的考生' },
            { field: 'work.employmentStatus', code: 'REQUIRED', message: '此项为必填项' },
          ],
        },
        400,
      ),
    )
    wrapper = mountStep()
    await wrapper.get('[data-testid="wiz-submit"]').trigger('click')
    await flushPromises()
    const text = wrapper.get('[data-testid="submit-errors"]').text()
    expect(text.indexOf('3. 工作情况')).toBeGreaterThan(-1)
    expect(text.indexOf('6. 考区与考点')).toBeGreaterThan(text.indexOf('3. 工作情况'))
    expect(text).toContain('考点：该考点只接受名单内试用机构的考生')
    expect(wrapper.emitted('reload')).toHaveLength(1)
    expect(wrapper.emitted('submitted')).toBeUndefined()
  })

  it('shows why when the registration window is closed', async () => {
    vi.stubGlobal('fetch', async () =>
      problem({ title: '不在报名时间内', detail: '本考区报名时间为 2026-01-10 09:00 至 2026-01-24 17:00（北京时间）', code: 'REGISTRATION_CLOSED' }, 409),
    )
    wrapper = mountStep()
    await wrapper.get('[data-testid="wiz-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="submit-closed"]').text()).toContain('本考区报名时间为 2026-01-10 09:00 至 2026-01-24 17:00')
  })

  it('hands the submitted application on', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      expect(req.method).toBe('POST')
      expect(new URL(req.url).pathname).toBe('/api/v1/applications/a1/submit')
      return new Response(JSON.stringify({ ...view, state: 'UNDER_REVIEW' }), { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
    wrapper = mountStep()
    await wrapper.get('[data-testid="wiz-submit"]').trigger('click')
    await flushPromises()
    expect((wrapper.emitted('submitted')?.[0]?.[0] as ApplicationView).state).toBe('UNDER_REVIEW')
  })
})
