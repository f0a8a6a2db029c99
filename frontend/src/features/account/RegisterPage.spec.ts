import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import RegisterPage from './RegisterPage.vue'

const problem = (body: object, status = 400) =>
  new Response(JSON.stringify({ type: 'urn:examreg:problem:validation-failed', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
const ok = (body: object, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** Element Plus validates asynchronously; allow for a slow, busy machine. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 8000, interval: 25 })

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/register', component: RegisterPage },
      { path: '/login', component: { template: '<div>login</div>' } },
    ],
  })
  await router.push('/register')
  await router.isReady()
  return mount(RegisterPage, { global: { plugins: [createPinia(), i18n, router, ElementPlus] }, attachTo: document.body })
}

async function fill(w: VueWrapper, testid: string, value: string) {
  await w.get(`input[data-testid="${testid}"]`).setValue(value)
}

/** The error text that Element Plus shows under the form item holding the given input. */
function errorAt(w: VueWrapper, testid: string): string {
  const item = w.get(`input[data-testid="${testid}"]`).element.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('RegisterPage', { timeout: 30_000 }, () => {
  let requests: { url: string; body: unknown; lang: string | null }[]
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    setLocale('zh-CN')
    requests = []
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
  })

  it('renders the Chinese labels a candidate expects', async () => {
    wrapper = await mountPage()
    const labels = wrapper.findAll('.el-form-item__label').map((l) => l.text())
    for (const l of ['用户名', '密码', '确认密码', '密码找回问题', '找回密码答案', '姓名', '证件类型', '证件号码', '民族', '手机号码', '电子邮件']) {
      expect(labels).toContain(l)
    }
    // Resident ID is the default: sex and birth date are derived, not typed.
    expect(labels).not.toContain('性别')
    expect(labels).not.toContain('出生日期')
  })

  it('shows a violation from a 400 answer under its field', async () => {
    vi.stubGlobal('fetch', async (req: Request) => {
      requests.push({ url: req.url, body: await req.clone().json(), lang: req.headers.get('Accept-Language') })
      if (req.url.endsWith('/identity-preview')) return ok({ sex: 'MALE', birthDate: '1990-03-07', age: 35 })
      return problem({
        title: '请求数据有误',
        detail: '1 个字段未通过校验',
        code: 'VALIDATION_FAILED',
        violations: [{ field: 'documentNumber', code: 'DOCUMENT_ALREADY_REGISTERED', message: '该证件号码已注册，请直接登录' }],
      })
    })
    wrapper = await mountPage()
    await fill(wrapper, 'reg-username', 'zhangsan01')
    await fill(wrapper, 'reg-password', 'abc12345')
    await fill(wrapper, 'reg-confirm-password', 'abc12345')
    await fill(wrapper, 'reg-security-question', '我出生的城市是？')
    await fill(wrapper, 'reg-security-answer', '呼和浩特')
    await fill(wrapper, 'reg-name', '张三')
    await fill(wrapper, 'reg-document-number', '110105199003070016')
    await fill(wrapper, 'reg-mobile', '13800138000')
    await fill(wrapper, 'reg-email', 'zhangsan@example.cn')

    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(errorAt(wrapper!, 'reg-document-number')).toBe('该证件号码已注册，请直接登录'))

    const register = requests.find((r) => r.url.endsWith('/api/v1/candidates'))!
    expect(register.lang).toBe('zh-CN')
    expect(register.body).toMatchObject({ username: 'zhangsan01', documentType: 'RESIDENT_ID', region: 'MAINLAND', documentNumber: '110105199003070016' })
    expect(register.body).not.toHaveProperty('sex') // derived by the server for a resident ID
    expect(register.body).not.toHaveProperty('confirmPassword')
    expect(errorAt(wrapper, 'reg-username')).toBe('')
    // Nothing the candidate typed is lost.
    expect((wrapper.get('input[data-testid="reg-name"]').element as HTMLInputElement).value).toBe('张三')
  })

  it('does not call the server when the pre-checks fail', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    wrapper = await mountPage()
    await fill(wrapper, 'reg-password', 'abcdefgh')
    await fill(wrapper, 'reg-confirm-password', 'abcdefgx')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(errorAt(wrapper!, 'reg-password')).toBe('密码须为 8–64 位，且同时包含字母和数字'))
    expect(errorAt(wrapper, 'reg-confirm-password')).toBe('两次输入的密码不一致')
    expect(errorAt(wrapper, 'reg-username')).toBe('请填写用户名')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('shows the sex and birth date the server derives from a resident ID, or its error', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      vi.stubGlobal('fetch', async (req: Request) => {
        const body = (await req.clone().json()) as { documentNumber: string }
        requests.push({ url: req.url, body, lang: req.headers.get('Accept-Language') })
        if (body.documentNumber.endsWith('7')) {
          return problem({
            title: '请求数据有误',
            code: 'VALIDATION_FAILED',
            violations: [{ field: 'documentNumber', code: 'RESIDENT_ID_CHECK_CHARACTER', message: '身份证号码校验位不正确' }],
          })
        }
        return ok({ sex: 'MALE', birthDate: '1990-03-07', age: 35 })
      })
      wrapper = await mountPage()
      await fill(wrapper, 'reg-document-number', '110105199003070017')
      await vi.advanceTimersByTimeAsync(500)
      await flushPromises()
      await eventually(() => expect(errorAt(wrapper!, 'reg-document-number')).toBe('身份证号码校验位不正确'))
      expect(requests[0]!.url).toMatch(/\/api\/v1\/candidates\/identity-preview$/)

      await fill(wrapper, 'reg-document-number', '110105199003070016')
      await vi.advanceTimersByTimeAsync(500)
      await flushPromises()
      await eventually(() =>
        expect(wrapper!.get('[data-testid="derived-identity"]').text()).toBe('出生日期 1990-03-07 · 性别 男（由身份证号自动识别）'),
      )
      expect(errorAt(wrapper, 'reg-document-number')).toBe('')
    } finally {
      vi.useRealTimers()
    }
  })
})
