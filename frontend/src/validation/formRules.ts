import type { FormItemRule } from 'element-plus'
import { i18n } from '@/i18n'
import type { CheckResult } from './rules'

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

/** An Element Plus rule running a pre-check; the message is translated when the check runs. */
export function checkRule(check: (value: unknown) => CheckResult, trigger: FormItemRule['trigger'] = 'blur'): FormItemRule {
  return {
    trigger,
    validator: (_rule, value, callback) => {
      const r = check(value)
      if (r) callback(new Error(t(r.key, r.params)))
      else callback()
    },
  }
}

/** "Please enter <field>" (or "Please select" for choices). */
export function requiredRule(fieldKey: string, select = false): FormItemRule {
  return {
    trigger: select ? 'change' : 'blur',
    validator: (_rule, value, callback) => {
      const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
      if (blank) callback(new Error(t(select ? 'validation.requiredSelect' : 'validation.required', { field: t(fieldKey) })))
      else callback()
    },
  }
}
