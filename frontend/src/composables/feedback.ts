import { ElMessage } from 'element-plus'
import { i18n } from '@/i18n'
import { problemText, type ProblemInfo } from '@/api/problem'

/** Shows a problem the page has no better place for (title and detail as the server sent them). */
export function showProblem(p: ProblemInfo): void {
  if (p.code === 'VERSION_CONFLICT' || p.status === 409) {
    ElMessage({ type: 'warning', message: problemText(p) || i18n.global.t('errors.versionConflict'), duration: 8000, showClose: true })
    return
  }
  const text = problemText(p) || i18n.global.t('errors.generic', { status: p.status })
  ElMessage({ type: 'error', message: text, duration: 6000, showClose: true })
}
