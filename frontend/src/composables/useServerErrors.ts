import { reactive } from 'vue'
import type { FormInstance, FormItemRule } from 'element-plus'

function valueAt(model: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((obj, key) => (obj && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined), model)
}

/**
 * Field errors that came from the server (problem+json violations), shown by the Element Plus form item whose
 * prop is the violation's field. An error stays visible until the user changes that field's value, so blur
 * validation does not hide it; errors on fields the form does not have are returned to be shown elsewhere.
 */
export function useServerErrors(model: object, knownFields: () => string[]) {
  const errors = reactive<Record<string, { message: string; value: unknown }>>({})

  function clear(): void {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  /** Stores the errors and returns the messages of fields that are not in the form. */
  function apply(fieldErrors: Record<string, string>, form?: FormInstance): string[] {
    clear()
    const known = new Set(knownFields())
    const elsewhere: string[] = []
    const shown: string[] = []
    for (const [field, message] of Object.entries(fieldErrors)) {
      if (known.has(field)) {
        errors[field] = { message, value: valueAt(model, field) }
        shown.push(field)
      } else {
        elsewhere.push(message)
      }
    }
    if (form && shown.length) void form.validateField(shown).catch(() => undefined)
    return elsewhere
  }

  /** Sets (or removes, with null) one field's server error, e.g. from a live check. */
  function set(field: string, message: string | null, form?: FormInstance): void {
    if (message) errors[field] = { message, value: valueAt(model, field) }
    else delete errors[field]
    if (form) void form.validateField([field]).catch(() => undefined)
  }

  function message(field: string): string | null {
    const e = errors[field]
    return e && e.value === valueAt(model, field) ? e.message : null
  }

  /** The rule to add to each form item's rules. */
  function rule(field: string): FormItemRule {
    return {
      trigger: ['blur', 'change'],
      validator: (_r, _v, callback) => {
        const m = message(field)
        if (m) callback(new Error(m))
        else callback()
      },
    }
  }

  return { errors, apply, set, clear, message, rule }
}
