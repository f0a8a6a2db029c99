// Files the API serves (the PDFs of an application, payment receipts): fetched with the session's token through the one client
// (so the bearer token, Accept-Language and the 401 handling apply), then handed to the browser to save.
import { api, call, type ApiResult } from './client'

export interface DownloadedFile {
  blob: Blob
  /** From Content-Disposition when the server names the file. */
  filename: string | null
  contentType: string
}

/** The file name of a Content-Disposition header (RFC 6266: `filename*=UTF-8''…` wins over `filename="…"`). */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header)
  const name = plain ? (plain[2] ?? plain[1] ?? '').trim() : ''
  return name || null
}

/** The application's printable documents (PDF, available once submitted) and the materials' files. */
export type DocumentPath = '/api/v1/applications/{id}/notice.pdf' | '/api/v1/applications/{id}/form.pdf' | '/api/v1/materials/{id}/content'

/**
 * GETs a document as a blob; a problem+json answer (404 outside my scope, 409 DOCUMENT_NOT_AVAILABLE before
 * submission…) comes back as the problem.
 */
export function fetchFile(path: DocumentPath, id: string): Promise<ApiResult<DownloadedFile>> {
  return asFile(api.GET(path, { params: { path: { id } }, parseAs: 'blob' }))
}

/** The receipt (缴费凭证, PDF) of a paid order; 409 ORDER_NOT_PAID comes back as the problem. */
export function fetchReceipt(orderNo: string): Promise<ApiResult<DownloadedFile>> {
  return asFile(api.GET('/api/v1/payment-orders/{orderNo}/receipt.pdf', { params: { path: { orderNo } }, parseAs: 'blob' }))
}

/** The outcome of a `parseAs: 'blob'` call as a file: the blob, its name and type, or the problem. */
export async function asFile(request: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<ApiResult<DownloadedFile>> {
  let response: Response | undefined
  const r = await call(
    request.then((res) => {
      response = res.response
      return res
    }),
  )
  if (!r.ok) return r
  const blob = r.data as Blob
  return {
    ok: true,
    data: {
      blob,
      filename: filenameFromDisposition(response?.headers.get('Content-Disposition')),
      contentType: response?.headers.get('Content-Type') ?? blob.type,
    },
  }
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser time to start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
