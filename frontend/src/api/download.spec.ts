import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fetchFile, filenameFromDisposition } from './download'
import { useSessionStore } from '@/stores/session'

describe('filenameFromDisposition', () => {
  it('reads the UTF-8 name first, then the plain one', () => {
    expect(filenameFromDisposition(`attachment; filename="notice.pdf"; filename*=UTF-8''%E9%80%9A%E7%9F%A5%E5%8D%95.pdf`)).toBe('通知单.pdf')
    expect(filenameFromDisposition('attachment; filename="form-2026110.pdf"')).toBe('form-2026110.pdf')
    expect(filenameFromDisposition('inline; filename=form.pdf')).toBe('form.pdf')
    expect(filenameFromDisposition('inline')).toBeNull()
    expect(filenameFromDisposition(null)).toBeNull()
  })
})

describe('fetchFile', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().login({ accessToken: 'tok', tokenType: 'Bearer', expiresIn: 600, role: 'CANDIDATE', mustChangePassword: false, username: 'u' })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends the bearer token and returns the blob with its name', async () => {
    const fetchMock = vi.fn(async (req: Request) => {
      expect(req.headers.get('Authorization')).toBe('Bearer tok')
      expect(new URL(req.url).pathname).toBe('/api/v1/applications/a1/notice.pdf')
      return new Response('%PDF-1.7', {
        status: 200,
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="n.pdf"' },
      })
    })
    vi.stubGlobal('fetch', fetchMock)
    const r = await fetchFile('/api/v1/applications/{id}/notice.pdf', 'a1')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data.filename).toBe('n.pdf')
    expect(r.data.contentType).toBe('application/pdf')
    expect(await r.data.blob.text()).toBe('%PDF-1.7')
  })

  it('turns a problem+json answer into the problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ type: 'about:blank', title: '资源不存在', status: 404, code: 'NOT_FOUND', detail: '没有找到' }), {
            status: 404,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      ),
    )
    const r = await fetchFile('/api/v1/applications/{id}/form.pdf', 'a1')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem.status).toBe(404)
    expect(r.problem.title).toBe('资源不存在')
  })
})
