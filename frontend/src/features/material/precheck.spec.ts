import { describe, expect, it } from 'vitest'
import type { MaterialTypeView } from '@/api/types'
import { humanSize, precheck, ruleParams, sniff } from './precheck'
import { splitMaterialErrors } from './checklist'

const PHOTO: MaterialTypeView = {
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
}
const SCAN: MaterialTypeView = { ...PHOTO, code: 'ID_DOCUMENT', name: '身份证件扫描件', formats: ['JPEG', 'PNG', 'PDF'], maxBytes: 5 * 1024 * 1024, maxWidth: undefined, maxHeight: undefined, minAspectPermille: undefined, maxAspectPermille: undefined, minWidth: 300, minHeight: 300 }

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]
const file = (bytes: number[], size: number, name = 'photo.jpg') => {
  const data = new Uint8Array(size)
  data.set(bytes.slice(0, size))
  return new File([data], name)
}
const dims = (width: number, height: number) => async () => ({ width, height })

describe('precheck', () => {
  it('decides the format from the first bytes, not the name', () => {
    expect(sniff(new Uint8Array(JPEG_HEAD))).toBe('JPEG')
    expect(sniff(new Uint8Array(PNG_HEAD))).toBe('PNG')
    expect(sniff(new TextEncoder().encode('%PDF-1.7'))).toBe('PDF')
    expect(sniff(new TextEncoder().encode('<svg xmlns='))).toBeNull()
  })

  it('counts sizes as the server does', () => {
    expect(humanSize(40960)).toBe('40 KB')
    expect(humanSize(5 * 1024 * 1024)).toBe('5 MB')
    expect(humanSize(53555)).toBe('52.3 KB')
    expect(humanSize(0)).toBe('0 B')
  })

  it('refuses an empty file, one over the limit, and a PNG renamed .jpg for the photo', async () => {
    expect((await precheck(file([], 0), PHOTO))?.key).toBe('empty')
    expect(await precheck(file(JPEG_HEAD, 50_000), PHOTO)).toMatchObject({ key: 'tooLarge', params: { max: '40 KB', size: '48.8 KB' } })
    expect(await precheck(file(PNG_HEAD, 2000, 'photo.jpg'), PHOTO, dims(300, 400))).toMatchObject({ key: 'formatNotAccepted', params: { found: 'PNG' } })
    const html = [...new TextEncoder().encode('<!DOCTYPE html><html>')]
    expect((await precheck(file(html, 100, 'photo.jpg'), PHOTO))?.key).toBe('unknownFormat')
  })

  it('checks the photo’s dimensions and aspect, and lets the server decide when the browser cannot read them', async () => {
    expect(await precheck(file(JPEG_HEAD, 20_000), PHOTO, dims(100, 140))).toMatchObject({ key: 'dimensions', params: { actual: '100×140' } })
    expect(await precheck(file(JPEG_HEAD, 20_000), PHOTO, dims(400, 400))).toMatchObject({ key: 'aspect', params: { min: '1.2', max: '1.5' } })
    expect(await precheck(file(JPEG_HEAD, 20_000), PHOTO, dims(295, 413))).toBeNull()
    expect(await precheck(file(JPEG_HEAD, 20_000), PHOTO, async () => null)).toBeNull()
    expect(await precheck(file([...new TextEncoder().encode('%PDF-1.4')], 20_000, 'scan.pdf'), SCAN)).toBeNull()
  })

  it('states a type’s rules', () => {
    expect(ruleParams(PHOTO)).toEqual({ formats: 'JPEG', max: '40 KB', dimensions: '150–800 × 180–1200' })
    expect(ruleParams(SCAN).dimensions).toBe('≥ 300 × 300')
    expect(ruleParams({ ...SCAN, minWidth: undefined, minHeight: undefined })).toEqual({ formats: 'JPEG、PNG、PDF', max: '5 MB', dimensions: null })
  })

  it('tells the materials’ violations of a refused submit from the others', () => {
    expect(splitMaterialErrors({ 'materials.PHOTO': '缺少材料：考生照片', siteCode: '考点有误' })).toEqual({
      materials: ['缺少材料：考生照片'],
      others: { siteCode: '考点有误' },
    })
  })
})
