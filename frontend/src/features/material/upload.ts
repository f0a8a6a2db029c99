// Sends a material with XMLHttpRequest, which reports upload progress (fetch does not). Same headers and the
// same problem+json handling as the generated client: the result is the stored material or a ProblemInfo.
import { apiHeaders, sessionRejected, type ApiResult } from '@/api/client'
import { toProblem } from '@/api/problem'
import type { MaterialView } from '@/api/types'
import { i18n } from '@/i18n'

export interface UploadForm {
  type: string
  entryId?: string | null
  verificationCode?: string | null
  file: File
}

export interface UploadHandle {
  done: Promise<ApiResult<MaterialView>>
  abort: () => void
}

/** Starts an upload; {@code onProgress} gets 0–100 as the bytes leave the browser. */
export function uploadMaterial(applicationId: string, form: UploadForm, onProgress: (percent: number) => void): UploadHandle {
  const body = new FormData()
  body.append('type', form.type)
  if (form.entryId) body.append('entryId', form.entryId)
  if (form.verificationCode) body.append('verificationCode', form.verificationCode)
  body.append('file', form.file, form.file.name)
  const xhr = new XMLHttpRequest()
  const done = new Promise<ApiResult<MaterialView>>((resolve) => {
    xhr.open('POST', `/api/v1/applications/${encodeURIComponent(applicationId)}/materials`)
    const headers = apiHeaders()
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)))
    }
    xhr.onload = () => {
      let parsed: unknown = xhr.responseText
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        /* not JSON: keep the text */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100)
        resolve({ ok: true, data: parsed as MaterialView })
        return
      }
      if (xhr.status === 401 && headers.Authorization) sessionRejected()
      resolve({ ok: false, problem: toProblem(parsed, xhr.status, i18n.global.t('errors.generic', { status: xhr.status })) })
    }
    // An oversized upload is refused (413) before its body is read and the connection closed: some browsers then
    // report a network error instead of the answer.
    xhr.onerror = () => resolve({ ok: false, problem: toProblem(undefined, 0, i18n.global.t('materials.uploadBroken')) })
    xhr.onabort = () => resolve({ ok: false, problem: toProblem(undefined, 0, i18n.global.t('materials.uploadAborted')) })
    xhr.send(body)
  })
  return { done, abort: () => xhr.abort() }
}
