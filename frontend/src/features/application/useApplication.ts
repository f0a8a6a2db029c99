import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus'
import { api, call, type ApiResult } from '@/api/client'
import { problemText } from '@/api/problem'
import type { ApplicationPatch, ApplicationView } from '@/api/types'

/** Answers after which the page's copy of the application is stale: reload it and say why. */
const STALE = ['VERSION_CONFLICT', 'APPLICATION_NOT_EDITABLE', 'ILLEGAL_TRANSITION']

/**
 * One application as the wizard edits it: loaded once, saved step by step with the version it was read at.
 * When someone else changed it meanwhile (another tab, a reviewer) the candidate is told and the page reloads.
 */
export function useApplication(id: () => string) {
  const { t } = useI18n()
  const view = ref<ApplicationView | null>(null)

  async function load(): Promise<ApiResult<ApplicationView>> {
    const r = await call(api.GET('/api/v1/applications/{id}', { params: { path: { id: id() } } }))
    if (r.ok) view.value = r.data
    return r
  }

  async function reloadAfter(problem: Parameters<typeof problemText>[0]): Promise<void> {
    try {
      await ElMessageBox.alert(problemText(problem) || t('errors.versionConflict'), {
        type: 'warning',
        confirmButtonText: t('common.reload'),
      })
    } catch {
      /* closed */
    }
    await load()
  }

  /** Saves the given fields (with the version read); a stale copy is reloaded after telling the candidate. */
  async function patch(body: Omit<ApplicationPatch, 'version'>): Promise<ApiResult<ApplicationView>> {
    const current = view.value
    if (!current) return { ok: false, problem: { status: 0, title: '', detail: '', code: '', fieldErrors: {} } }
    const r = await call(
      api.PATCH('/api/v1/applications/{id}', { params: { path: { id: current.id } }, body: { ...body, version: current.version } }),
    )
    if (r.ok) view.value = r.data
    else if (r.problem.status === 409 && STALE.includes(r.problem.code)) await reloadAfter(r.problem)
    return r
  }

  return { view, load, patch, reloadAfter }
}
