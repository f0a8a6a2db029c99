import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import type { ApplicationView, LevelProgress } from '@/api/types'
import ApplicationCard from './ApplicationCard.vue'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })

const levels = (...statuses: LevelProgress['status'][]): LevelProgress[] =>
  (['POINT', 'SITE', 'AREA', 'NATIONAL'] as const).map((level, i) => ({ level, status: statuses[i] ?? 'WAITING' }))

function view(over: Partial<ApplicationView>): ApplicationView {
  return {
    id: 'a1',
    number: '20261100000000001',
    version: 3,
    examCode: '2026110',
    state: 'UNDER_REVIEW',
    reviewLevel: 'POINT',
    applicant: { candidateId: 'c1', name: '张三', documentType: 'RESIDENT_ID', documentNumber: '430102199003071234', sex: 'MALE', birthDate: '1990-03-07' },
    educationIds: ['e1'],
    trainingIds: [],
    areaCode: '43',
    siteCode: '4301',
    attempts: 1,
    extraSubjects: [],
    identityVerified: false,
    createdAt: '2026-11-20T01:00:00Z',
    submittedAt: '2026-11-20T02:00:00Z',
    steps: [],
    reviews: levels('IN_REVIEW'),
    ...over,
  }
}

async function mountCard(state: ApplicationView['state'] = 'UNDER_REVIEW') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  await router.push('/applications')
  return mount(ApplicationCard, {
    props: {
      summary: { id: 'a1', number: '20261100000000001', examCode: '2026110', state, candidateName: '张三', documentNumber: '4301**1234', updatedAt: '2026-11-20T02:00:00Z' },
      examName: '2026 临床执业医师',
      areaName: '湖南省 · 长沙市考点',
      superseded: false,
      highlighted: false,
    },
    global: { plugins: [createPinia(), i18n, router, ElementPlus] },
    attachTo: document.body,
  })
}

describe('ApplicationCard', { timeout: 30_000 }, () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => setLocale('zh-CN'))
  afterEach(() => {
    wrapper?.unmount()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('shows the review progress per level and the reviewers’ decision without a reload (polling every 10 s)', async () => {
    const answers = [
      view({}),
      view({ version: 4, reviews: levels('APPROVED', 'IN_REVIEW'), reviewLevel: 'SITE' }),
      view({ version: 8, state: 'APPROVED', reviewLevel: 'NATIONAL', identityVerified: true, reviews: levels('APPROVED', 'APPROVED', 'APPROVED', 'APPROVED') }),
    ]
    const seen: string[] = []
    vi.stubGlobal('fetch', async (req: Request) => {
      const path = new URL(req.url).pathname
      seen.push(path)
      if (path.endsWith('/fees')) return json([])
      return json(answers.shift() ?? answers[answers.length - 1])
    })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    wrapper = await mountCard()
    await flushPromises()
    expect(wrapper.get('[data-testid="app-state"]').text()).toBe('审核中')
    expect(wrapper.get('[data-testid="app-level-POINT"]').attributes('data-status')).toBe('IN_REVIEW')
    expect(wrapper.get('[data-testid="app-level-POINT"]').text()).toContain('报名点')
    expect(wrapper.get('[data-testid="app-level-NATIONAL"]').text()).toContain('待审核')

    await vi.advanceTimersByTimeAsync(10_000)
    await flushPromises()
    expect(wrapper.get('[data-testid="app-level-POINT"]').attributes('data-status')).toBe('APPROVED')
    expect(wrapper.get('[data-testid="app-level-SITE"]').attributes('data-status')).toBe('IN_REVIEW')

    await vi.advanceTimersByTimeAsync(10_000)
    await flushPromises()
    expect(wrapper.get('[data-testid="app-state"]').text()).toBe('审核通过')
    expect(wrapper.emitted('updated')?.length).toBe(2)

    // Approved: no more polling.
    const calls = seen.length
    await vi.advanceTimersByTimeAsync(60_000)
    expect(seen.length).toBe(calls)
    expect(seen.filter((p) => p !== '/api/v1/applications/a1')).toEqual([
      // the fees are read when the card shows and again whenever the reviewers moved the application on
      '/api/v1/applications/a1/fees',
      '/api/v1/applications/a1/fees',
      '/api/v1/applications/a1/fees',
    ])
  })

  it('shows the server’s message when a document cannot be downloaded', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      if (new URL(req.url).pathname.endsWith('/fees')) return json([])
      if (new URL(req.url).pathname.endsWith('/notice.pdf')) {
        return json({ type: 'about:blank', title: '文件暂不可用', detail: '报名提交后才能下载', status: 409, code: 'DOCUMENT_NOT_AVAILABLE' }, 409)
      }
      return json(view({ state: 'APPROVED', reviews: levels('APPROVED', 'APPROVED', 'APPROVED', 'APPROVED') }))
    })
    wrapper = await mountCard('APPROVED')
    await flushPromises()
    await wrapper.get('[data-testid="app-download-notice"]').trigger('click')
    await vi.waitFor(() => expect(wrapper!.find('[data-testid="app-download-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="app-download-error"]').text()).toContain('文件暂不可用：报名提交后才能下载')
    expect(wrapper.find('[data-testid="app-withdraw"]').exists()).toBe(false)
  })
})
