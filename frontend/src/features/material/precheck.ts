// Checks a file in the browser before it is sent, with the rules the API publishes for its type (formats, size,
// image dimensions): a quick, friendly refusal for the common mistakes. The server checks everything again and
// stays the authority (it also decodes the image, strips metadata and refuses damaged files).
import type { MaterialFormat, MaterialTypeView } from '@/api/types'

/** The accepted format the first bytes announce (magic numbers, as the server decides), or null. */
export function sniff(head: Uint8Array): MaterialFormat | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG'
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return 'PNG'
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
  if (head.length >= 5 && pdf.every((b, i) => head[i] === b)) return 'PDF'
  return null
}

/** The first bytes of a file (FileReader where Blob.arrayBuffer is missing, as in older browsers and jsdom). */
export async function readHead(file: Blob, n: number): Promise<Uint8Array> {
  const slice = file.slice(0, n)
  if (typeof slice.arrayBuffer === 'function') return new Uint8Array(await slice.arrayBuffer())
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(slice)
  })
}

/** Bytes as people read them (1 KB = 1024 bytes, as the server and operating systems count): 40 KB, 5 MB, 52.3 KB. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`
}

/** A problem found before sending: an i18n key under materials.precheck and its parameters. */
export interface Precheck {
  key: string
  params: Record<string, string | number>
}

export interface Dimensions {
  width: number
  height: number
}

/** Reads an image's pixel size in the browser (createImageBitmap decodes it); null when it cannot be read. */
export async function imageDimensions(file: Blob): Promise<Dimensions | null> {
  if (typeof createImageBitmap !== 'function') return null
  try {
    const bitmap = await createImageBitmap(file)
    const size = { width: bitmap.width, height: bitmap.height }
    bitmap.close()
    return size
  } catch {
    return null
  }
}

const range = (min?: number | null, max?: number | null) =>
  min != null && max != null ? `${min}–${max}` : min != null ? `≥ ${min}` : max != null ? `≤ ${max}` : '*'
const ratio = (permille?: number | null) => (permille == null ? '*' : String(permille / 1000))

/**
 * The first rule the file breaks, or null when the browser finds nothing wrong. {@code readDimensions} is
 * injectable for tests (jsdom decodes no images).
 */
export async function precheck(
  file: File,
  type: MaterialTypeView,
  readDimensions: (f: Blob) => Promise<Dimensions | null> = imageDimensions,
): Promise<Precheck | null> {
  if (file.size === 0) return { key: 'empty', params: {} }
  if (file.size > type.maxBytes) {
    return { key: 'tooLarge', params: { name: type.name, max: humanSize(type.maxBytes), size: humanSize(file.size) } }
  }
  const head = await readHead(file, 16)
  const format = sniff(head)
  const accepted = type.formats.join('、')
  if (!format) return { key: 'unknownFormat', params: { formats: accepted } }
  if (!type.formats.includes(format)) return { key: 'formatNotAccepted', params: { name: type.name, formats: accepted, found: format } }
  const hasRules = [type.minWidth, type.maxWidth, type.minHeight, type.maxHeight, type.minAspectPermille, type.maxAspectPermille].some(
    (v) => v != null,
  )
  if (format === 'PDF' || !hasRules) return null
  const size = await readDimensions(file)
  if (!size) return null // the server decides
  const { width, height } = size
  const widthOk = (type.minWidth == null || width >= type.minWidth) && (type.maxWidth == null || width <= type.maxWidth)
  const heightOk = (type.minHeight == null || height >= type.minHeight) && (type.maxHeight == null || height <= type.maxHeight)
  if (!widthOk || !heightOk) {
    return {
      key: 'dimensions',
      params: { name: type.name, width: range(type.minWidth, type.maxWidth), height: range(type.minHeight, type.maxHeight), actual: `${width}×${height}` },
    }
  }
  const aspect = Math.round((height * 1000) / width)
  if ((type.minAspectPermille != null && aspect < type.minAspectPermille) || (type.maxAspectPermille != null && aspect > type.maxAspectPermille)) {
    return {
      key: 'aspect',
      params: { name: type.name, min: ratio(type.minAspectPermille), max: ratio(type.maxAspectPermille), actual: `${width}×${height}` },
    }
  }
  return null
}

/** The rules of a type in one line of i18n parameters: formats, size, dimensions. */
export function ruleParams(type: MaterialTypeView): { formats: string; max: string; dimensions: string | null } {
  const hasSize = type.minWidth != null || type.maxWidth != null || type.minHeight != null || type.maxHeight != null
  const minimumsOnly = type.maxWidth == null && type.maxHeight == null && type.minWidth != null && type.minHeight != null
  return {
    formats: type.formats.join('、'),
    max: humanSize(type.maxBytes),
    dimensions: !hasSize
      ? null
      : minimumsOnly
        ? `≥ ${type.minWidth} × ${type.minHeight}`
        : `${range(type.minWidth, type.maxWidth)} × ${range(type.minHeight, type.maxHeight)}`,
  }
}
