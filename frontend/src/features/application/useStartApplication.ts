import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage } from 'element-plus'
import { api, call } from '@/api/client'
import { problemText } from '@/api/problem'
import { showProblem } from '@/composables/feedback'
import { canEdit, isLive } from './status'

export interface ExistingApplication {
  examCode: string
  message: string
  /** The live application of that exam, when the list shows it. */
  id: string | null
  editable: boolean
}

/**
 * Starts an application (a draft) for an exam and opens the wizard. When the candidate already has a live
 * application for that exam (409 APPLICATION_EXISTS), `existing` holds the server's message and the
 * application to go to instead.
 */
export function useStartApplication() {
  const { t } = useI18n()
  const router = useRouter()
  const starting = ref<string | null>(null)
  const existing = ref<ExistingApplication | null>(null)

  async function findLive(examCode: string) {
    const r = await call(api.GET('/api/v1/applications', { params: { query: { examCode, size: 100, sort: '-updatedAt' } } }))
    if (!r.ok) return null
    return r.data.items.find((a) => a.examCode === examCode && isLive(a.state)) ?? null
  }

  async function start(examCode: string): Promise<void> {
    existing.value = null
    starting.value = examCode
    const r = await call(api.POST('/api/v1/applications', { body: { examCode } }))
    if (r.ok) {
      starting.value = null
      ElMessage({ type: 'success', message: t('exams.started') })
      await router.push(`/applications/${r.data.id}/edit`)
      return
    }
    if (r.problem.code === 'APPLICATION_EXISTS') {
      const live = await findLive(examCode)
      existing.value = { examCode, message: problemText(r.problem), id: live?.id ?? null, editable: live ? canEdit(live.state) : false }
    } else {
      showProblem(r.problem)
    }
    starting.value = null
  }

  /** Where the link to an existing application goes: the wizard while it can be edited, else my applications. */
  function existingLink(e: ExistingApplication): string {
    if (e.id && e.editable) return `/applications/${e.id}/edit`
    return e.id ? `/applications?highlight=${encodeURIComponent(e.id)}` : '/applications'
  }

  return { start, starting, existing, existingLink }
}
