import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import { useStartApplication } from './useStartApplication'

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } })

let router: Router
async function host() {
  router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  await router.push('/exams')
  let api!: ReturnType<typeof useStartApplication>
  mount(
    defineComponent({
      setup() {
        api = useStartApplication()
        return () => null
      },
    }),
    { global: { plugins: [createPinia(), i18n, router, ElementPlus] } },
  )
  return api
}

describe('useStartApplication', () => {
  beforeEach(() => setLocale('zh-CN'))
  afterEach(() => vi.unstubAllGlobals())

  it('creates the draft and opens the wizard', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      expect(await req.json()).toEqual({ examCode: '2026110' })
      return json({ id: 'new1' }, 201)
    })
    const s = await host()
    await s.start('2026110')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/applications/new1/edit')
    expect(s.existing.value).toBeNull()
  })

  it('on 409 APPLICATION_EXISTS shows the server’s message and links to the live application', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      if (req.method === 'POST') {
        return json(
          { type: 'about:blank', status: 409, code: 'APPLICATION_EXISTS', title: '已有报名', detail: '您已报名该考试（报名号 2026110001），同一考试只能有一份有效报名' },
          409,
        )
      }
      expect(new URL(req.url).searchParams.get('examCode')).toBe('2026110')
      return json(
        {
          items: [
            { id: 'old', number: '2026110000', examCode: '2026110', state: 'WITHDRAWN', candidateName: '张三', documentNumber: 'x', updatedAt: '' },
            { id: 'live', number: '2026110001', examCode: '2026110', state: 'UNDER_REVIEW', candidateName: '张三', documentNumber: 'x', updatedAt: '' },
          ],
          page: 0,
          size: 100,
          total: 2,
        },
        200,
      )
    })
    const s = await host()
    await s.start('2026110')
    expect(s.existing.value).toEqual({
      examCode: '2026110',
      message: '已有报名：您已报名该考试（报名号 2026110001），同一考试只能有一份有效报名',
      id: 'live',
      editable: false,
    })
    expect(s.existingLink(s.existing.value!)).toBe('/applications?highlight=live')
    expect(s.existingLink({ ...s.existing.value!, editable: true })).toBe('/applications/live/edit')
    expect(router.currentRoute.value.path).toBe('/exams')
  })
})
