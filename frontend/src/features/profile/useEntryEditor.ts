import { reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox, type FormInstance } from 'element-plus'
import type { ApiResult } from '@/api/client'
import { problemSummary } from '@/api/problem'
import { showProblem } from '@/composables/feedback'
import { useServerErrors } from '@/composables/useServerErrors'

/**
 * The shared behaviour of the education, training and certificate sections: a dialog form for adding and
 * editing an entry (server violations shown at the fields), and a confirmed delete.
 */
export function useEntryEditor<Form extends object, Entry extends { id: string; version: number }>(opts: {
  formRef: Ref<FormInstance | undefined>
  blank: () => Form
  fromEntry: (e: Entry) => Form
  create: (form: Form) => Promise<ApiResult<unknown>>
  update: (entry: Entry, form: Form) => Promise<ApiResult<unknown>>
  remove: (entry: Entry) => Promise<ApiResult<unknown>>
  reload: () => Promise<void>
}) {
  const { t } = useI18n()
  const formRef = opts.formRef
  const form = reactive(opts.blank()) as Form
  const server = useServerErrors(form, () => Object.keys(form))
  const visible = ref(false)
  const editing = ref<Entry | null>(null)
  const saving = ref(false)
  const alertText = ref('')

  function open(entry: Entry | null) {
    editing.value = entry
    Object.assign(form, entry ? opts.fromEntry(entry) : opts.blank())
    server.clear()
    alertText.value = ''
    visible.value = true
    setTimeout(() => formRef.value?.clearValidate(), 0)
  }

  async function save() {
    alertText.value = ''
    server.clear()
    if (!(await formRef.value?.validate().catch(() => false))) return
    saving.value = true
    const r = editing.value ? await opts.update(editing.value, form) : await opts.create(form)
    saving.value = false
    if (!r.ok) {
      if (r.problem.code === 'VERSION_CONFLICT' || r.problem.status === 409) {
        showProblem(r.problem)
        visible.value = false
        await opts.reload()
        return
      }
      const elsewhere = server.apply(r.problem.fieldErrors, formRef.value)
      alertText.value = problemSummary(r.problem, elsewhere)
      return
    }
    visible.value = false
    ElMessage({ type: 'success', message: t('common.saved') })
    await opts.reload()
  }

  async function confirmRemove(entry: Entry) {
    try {
      await ElMessageBox.confirm(t('common.deleteConfirm'), t('common.deleteTitle'), {
        type: 'warning',
        confirmButtonText: t('common.delete'),
        cancelButtonText: t('common.cancel'),
      })
    } catch {
      return
    }
    const r = await opts.remove(entry)
    if (!r.ok) showProblem(r.problem)
    else ElMessage({ type: 'success', message: t('common.deleted') })
    await opts.reload()
  }

  return { form, server, visible, editing, saving, alertText, open, save, confirmRemove }
}

/** Optional text: trimmed, or undefined when blank (left out of the JSON: the API reads a missing field as "not given"). */
export const orOmit = (s: string | null | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined)
