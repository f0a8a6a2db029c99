import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { useServerErrors } from './useServerErrors'

function run(rule: ReturnType<ReturnType<typeof useServerErrors>['rule']>): string | null {
  let result: string | null = null
  const validator = rule.validator as (r: unknown, v: unknown, cb: (e?: Error) => void) => void
  validator({}, undefined, (e) => (result = e ? e.message : null))
  return result
}

describe('useServerErrors', () => {
  it('shows a violation at its (nested) field until that field changes', () => {
    const model = reactive({ contact: { mobile: '1380013800' }, name: '张三' })
    const s = useServerErrors(model, () => ['contact.mobile', 'name'])
    const elsewhere = s.apply({ 'contact.mobile': '手机号码格式不正确', version: '此项为必填项' })
    expect(elsewhere).toEqual(['此项为必填项'])
    expect(run(s.rule('contact.mobile'))).toBe('手机号码格式不正确')
    expect(run(s.rule('name'))).toBeNull()
    model.contact.mobile = '13800138000'
    expect(run(s.rule('contact.mobile'))).toBeNull()
  })

  it('sets and clears a single field error', () => {
    const model = reactive({ documentNumber: '110105199003070017' })
    const s = useServerErrors(model, () => ['documentNumber'])
    s.set('documentNumber', '身份证号码校验位不正确')
    expect(s.message('documentNumber')).toBe('身份证号码校验位不正确')
    s.set('documentNumber', null)
    expect(s.message('documentNumber')).toBeNull()
    s.set('documentNumber', 'x')
    s.clear()
    expect(s.message('documentNumber')).toBeNull()
  })
})
