import { nextTick, onMounted, reactive, ref, watch, type Ref } from 'vue'
import type { FormInstance } from 'element-plus'
import type { ApiResult } from '@/api/client'
import { problemSummary } from '@/api/problem'
import type { ApplicationPatch, ApplicationView, Violation } from '@/api/types'
import { useServerErrors } from '@/composables/useServerErrors'
import { baseField, normaliseFieldErrors, problemsAsFieldErrors, type StepMessage } from './wizard'

/**
 * The shared behaviour of the wizard steps that save something: a form filled from the application, the
 * step's open problems (steps[].problems) and a refused save's violations shown at their fields, and a save
 * through PATCH with the version read. A conflict (409) is handled by useApplication, which reloads.
 */
export function useStepForm<F extends object>(opts: {
  formRef: Ref<FormInstance | undefined>
  fields: readonly string[]
  view: () => ApplicationView
  problems: () => readonly Violation[]
  fromView: (v: ApplicationView) => F
  body: (form: F) => Omit<ApplicationPatch, 'version'>
  patch: (body: Omit<ApplicationPatch, 'version'>) => Promise<ApiResult<ApplicationView>>
}) {
  const form = reactive(opts.fromView(opts.view())) as F
  const server = useServerErrors(form, () => [...opts.fields])
  /** Problems of the step that no field of the form shows. */
  const elsewhere = ref<StepMessage[]>([])
  const alertText = ref('')
  const saving = ref(false)

  function showProblems(): void {
    const problems = opts.problems()
    server.apply(problemsAsFieldErrors(problems), opts.formRef.value)
    elsewhere.value = problems
      .filter((p) => !opts.fields.includes(baseField(p.field)))
      .map((p) => ({ field: p.field, message: p.message }))
  }

  // The form follows the application when its data change (a save, a reload after a conflict); the problems
  // follow every fresh copy (also one re-read in another language), without touching unsaved input.
  watch(
    () => `${opts.view().id}:${opts.view().version}`,
    () => Object.assign(form, opts.fromView(opts.view())),
  )
  watch(
    () => opts.view().steps,
    () => void nextTick(showProblems),
  )
  onMounted(() => void nextTick(showProblems))

  /** Saves the step; false when the server refused it (its violations are then shown at the fields). */
  async function save(): Promise<boolean> {
    alertText.value = ''
    saving.value = true
    const r = await opts.patch(opts.body(form))
    saving.value = false
    if (r.ok) return true
    if (r.problem.status === 409) return false
    const rest = server.apply(normaliseFieldErrors(r.problem.fieldErrors), opts.formRef.value)
    alertText.value = problemSummary(r.problem, rest)
    return false
  }

  return { form, server, elsewhere, alertText, saving, save }
}
