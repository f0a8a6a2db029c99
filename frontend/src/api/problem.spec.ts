import { describe, expect, it } from 'vitest'
import { problemSummary, problemText, toProblem } from './problem'

describe('toProblem', () => {
  it('maps each violation to its field, nested names included', () => {
    const p = toProblem(
      {
        type: 'urn:examreg:problem:validation-failed',
        title: '请求数据有误',
        status: 400,
        detail: '2 个字段未通过校验',
        code: 'VALIDATION_FAILED',
        violations: [
          { field: 'documentNumber', code: 'RESIDENT_ID_CHECK_CHARACTER', message: '身份证号码校验位不正确' },
          { field: 'contact.mobile', code: 'MOBILE_FORMAT', message: '手机号码须为 11 位数字' },
        ],
      },
      400,
    )
    expect(p).toEqual({
      status: 400,
      title: '请求数据有误',
      detail: '2 个字段未通过校验',
      code: 'VALIDATION_FAILED',
      fieldErrors: { documentNumber: '身份证号码校验位不正确', 'contact.mobile': '手机号码须为 11 位数字' },
    })
  })

  it('joins several violations on one field', () => {
    const p = toProblem({
      title: 't',
      status: 400,
      code: 'VALIDATION_FAILED',
      violations: [
        { field: 'password', code: 'A', message: 'too short' },
        { field: 'password', code: 'B', message: 'needs a digit' },
      ],
    })
    expect(p.fieldErrors.password).toBe('too short；needs a digit')
  })

  it('keeps a violation without a field under the empty key', () => {
    const p = toProblem({ title: 't', status: 400, code: 'X', violations: [{ field: '', code: 'Y', message: 'whole request' }] })
    expect(p.fieldErrors['']).toBe('whole request')
  })

  it('reads code, title and detail of a problem without violations', () => {
    const p = toProblem({ title: '账号已锁定', status: 423, detail: '请于 10:30 后再试', code: 'ACCOUNT_LOCKED' }, 423)
    expect(p).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED', title: '账号已锁定', detail: '请于 10:30 后再试', fieldErrors: {} })
    expect(problemText(p)).toBe('账号已锁定：请于 10:30 后再试')
  })

  it('falls back to the status and a given title for a body that is not a problem', () => {
    expect(toProblem(undefined, 502, 'Request failed (HTTP 502)')).toEqual({
      status: 502,
      title: 'Request failed (HTTP 502)',
      detail: '',
      code: '',
      fieldErrors: {},
    })
    expect(toProblem('Bad Gateway', 502).title).toBe('Bad Gateway')
  })

  it('ignores malformed violations', () => {
    const p = toProblem({ title: 't', status: 400, code: 'X', violations: [null, 3, { field: 'a' }, { field: 'b', message: 'ok' }] })
    expect(p.fieldErrors).toEqual({ b: 'ok' })
  })
})

describe('problemSummary', () => {
  const p = toProblem({
    title: '提交的信息有误',
    status: 400,
    detail: '有 2 处信息未通过校验',
    code: 'VALIDATION_FAILED',
    violations: [
      { field: 'name', code: 'A', message: '请填写姓名' },
      { field: 'version', code: 'B', message: '此项为必填项' },
    ],
  })

  it('gives only the title when every violation is shown at its field', () => {
    expect(problemSummary({ ...p, fieldErrors: { name: '请填写姓名' } }, [])).toBe('提交的信息有误')
  })

  it('adds title, detail and the messages that have no field on the form', () => {
    expect(problemSummary(p, ['此项为必填项'])).toBe('提交的信息有误：有 2 处信息未通过校验 此项为必填项')
  })
})
