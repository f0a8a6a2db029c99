import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n, setLocale } from '@/i18n'
import type { ChecklistItem, MaterialView } from '@/api/types'
import MaterialSlot from './MaterialSlot.vue'

const photoItem = (over: Partial<ChecklistItem> = {}): ChecklistItem => ({
  slot: 'PHOTO',
  type: {
    code: 'PHOTO',
    name: '考生照片',
    formats: ['JPEG'],
    maxBytes: 40960,
    minWidth: 150,
    maxWidth: 800,
    minHeight: 180,
    maxHeight: 1200,
    minAspectPermille: 1200,
    maxAspectPermille: 1500,
    perEntry: false,
    needsVerificationCode: false,
  },
  required: true,
  reason: '所有考生须上传',
  status: 'MISSING',
  revisions: 0,
  uploadable: true,
  ...over,
})

const stored: MaterialView = {
  id: 'm1',
  applicationId: 'a1',
  type: 'PHOTO',
  slot: 'PHOTO',
  revision: 1,
  current: true,
  status: 'PENDING',
  format: 'JPEG',
  contentType: 'image/jpeg',
  size: 20000,
  sha256: 'ab',
  width: 295,
  height: 413,
  fileName: 'photo.jpg',
  uploadedAt: '2026-05-01T01:00:00Z',
}

/** A stand-in for XMLHttpRequest that reports progress and answers with the given status and body. */
function fakeXhr(status: number, body: unknown, sent: FormData[]) {
  return class {
    status = 0
    responseText = ''
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    headers: Record<string, string> = {}
    open() {}
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value
    }
    abort() {}
    send(data: FormData) {
      sent.push(data)
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 })
        this.status = status
        this.responseText = JSON.stringify(body)
        this.onload?.()
      }, 0)
    }
  }
}

async function choose(wrapper: VueWrapper, bytes: number[], name: string) {
  const input = wrapper.get('input[type="file"]')
  const data = new Uint8Array(20_000)
  data.set(bytes)
  Object.defineProperty(input.element, 'files', { value: [new File([data], name, { type: 'image/jpeg' })], configurable: true })
  await input.trigger('change')
  await flushPromises()
  await new Promise((r) => setTimeout(r, 5))
  await flushPromises()
}

const JPEG = [0xff, 0xd8, 0xff, 0xe0]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('MaterialSlot', { timeout: 30_000 }, () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    setLocale('zh-CN')
    // jsdom has no object URLs
    URL.createObjectURL = () => 'blob:preview'
    URL.revokeObjectURL = () => {}
  })
  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  const mountSlot = (item: ChecklistItem, readDimensions = async () => ({ width: 295, height: 413 })) =>
    mount(MaterialSlot, {
      props: { item, applicationId: 'a1', readDimensions },
      global: { plugins: [createPinia(), i18n, ElementPlus] },
    })

  it('shows the rules, the status and a rejection’s reason', () => {
    vi.stubGlobal('fetch', async () => new Response(new Blob([]), { status: 200, headers: { 'Content-Type': 'image/jpeg' } }))
    wrapper = mountSlot(photoItem({ status: 'REJECTED', current: { ...stored, status: 'REJECTED', reviewReason: '背景不是白色' } }))
    expect(wrapper.get('[data-testid="mat-rules"]').text()).toContain('JPEG')
    expect(wrapper.get('[data-testid="mat-rules"]').text()).toContain('40 KB')
    expect(wrapper.get('[data-testid="mat-status"]').text()).toBe('未通过')
    expect(wrapper.get('[data-testid="mat-rejection"]').text()).toContain('背景不是白色')
    expect(wrapper.get('[data-testid="mat-drop"]').text()).toContain('替换')
  })

  it('refuses a PNG as the photo in the browser without sending it', async () => {
    const sent: FormData[] = []
    vi.stubGlobal('XMLHttpRequest', fakeXhr(201, stored, sent))
    wrapper = mountSlot(photoItem())
    await choose(wrapper, PNG, 'photo.jpg')
    expect(wrapper.get('[data-testid="mat-error"]').text()).toContain('所选文件的内容是 PNG')
    expect(sent).toHaveLength(0)
  })

  it('uploads a valid photo with a progress bar and hands the stored material on', async () => {
    const sent: FormData[] = []
    vi.stubGlobal('XMLHttpRequest', fakeXhr(201, stored, sent))
    wrapper = mountSlot(photoItem())
    await choose(wrapper, JPEG, 'photo.jpg')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.get('type')).toBe('PHOTO')
    expect(wrapper.emitted('uploaded')?.[0]?.[0]).toMatchObject({ id: 'm1' })
    expect(wrapper.find('[data-testid="mat-progress"]').exists()).toBe(true)
  })

  it('shows the server’s refusal at the slot', async () => {
    const sent: FormData[] = []
    const problem = {
      status: 400,
      title: '提交的信息有误',
      code: 'VALIDATION_FAILED',
      violations: [{ field: 'file', code: 'FILE_CORRUPT', message: '文件不完整或已损坏，无法作为 JPEG 打开，请重新保存后上传' }],
    }
    vi.stubGlobal('XMLHttpRequest', fakeXhr(400, problem, sent))
    wrapper = mountSlot(photoItem())
    await choose(wrapper, JPEG, 'photo.jpg')
    expect(wrapper.get('[data-testid="mat-error"]').text()).toContain('文件不完整或已损坏')
    expect(wrapper.emitted('uploaded')).toBeUndefined()
  })
})
