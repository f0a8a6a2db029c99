import { describe, expect, it } from 'vitest'
import {
  checkCertificateNumber,
  checkConfirmation,
  checkDocumentNumber,
  checkEmail,
  checkMaxLength,
  checkMobile,
  checkMonthOrder,
  checkPassword,
  checkPhone,
  checkPostalCode,
  checkPasswordNotUsername,
  checkSecurityAnswer,
  checkUsername,
} from './rules'

const key = (r: { key: string } | null) => r?.key ?? null

describe('pre-check validators', () => {
  it('accepts a password of 8–64 letters and digits with both present', () => {
    expect(checkPassword('abc12345')).toBeNull()
    expect(checkPassword('A'.repeat(63) + '1')).toBeNull()
    expect(key(checkPassword('abc1234'))).toBe('validation.password') // 7
    expect(key(checkPassword('A'.repeat(64) + '1'))).toBe('validation.password') // 65
    expect(key(checkPassword('abcdefgh'))).toBe('validation.password') // no digit
    expect(key(checkPassword('12345678'))).toBe('validation.password') // no letter
    expect(key(checkPassword('abc 12345'))).toBe('validation.password') // space
    expect(checkPassword('')).toBeNull() // left to the required rule
  })

  it('takes a username of 4–32 letters, digits or underscores starting with a letter', () => {
    expect(checkUsername('zhang_san01')).toBeNull()
    expect(checkUsername('abcd')).toBeNull()
    expect(key(checkUsername('abc'))).toBe('validation.username')
    expect(key(checkUsername('1abcd'))).toBe('validation.username')
    expect(key(checkUsername('zhang-san'))).toBe('validation.username')
    expect(key(checkUsername('a'.repeat(33)))).toBe('validation.username')
  })

  it('refuses a password equal to the username', () => {
    expect(key(checkPasswordNotUsername('zhang123', 'zhang123'))).toBe('validation.passwordEqualsUsername')
    expect(checkPasswordNotUsername('zhang1234', 'zhang123')).toBeNull()
  })

  it('requires the confirmation to equal the password', () => {
    expect(checkConfirmation('abc12345', 'abc12345')).toBeNull()
    expect(key(checkConfirmation('abc12346', 'abc12345'))).toBe('validation.passwordMismatch')
    expect(key(checkConfirmation('ABC12345', 'abc12345'))).toBe('validation.passwordMismatch') // case-sensitive
  })

  it('takes a security answer of 4–30 characters, Chinese counted as one each', () => {
    expect(checkSecurityAnswer('北京协和')).toBeNull()
    expect(key(checkSecurityAnswer('北京协'))).toBe('validation.securityAnswer')
    expect(checkSecurityAnswer('a'.repeat(30))).toBeNull()
    expect(key(checkSecurityAnswer('a'.repeat(31)))).toBe('validation.securityAnswer')
  })

  it('checks a mainland mobile as 11 digits and others as 6–11, never starting with 0', () => {
    expect(checkMobile('13800138000', 'MAINLAND')).toBeNull()
    expect(key(checkMobile('1380013800', 'MAINLAND'))).toBe('validation.mobileMainland')
    expect(key(checkMobile('03800138000', 'MAINLAND'))).toBe('validation.mobileMainland')
    expect(key(checkMobile('23800138000', 'MAINLAND'))).toBe('validation.mobileMainland')
    expect(key(checkMobile('1380013800a', 'MAINLAND'))).toBe('validation.mobileMainland')
    expect(checkMobile('91234567', 'HONG_KONG')).toBeNull()
    expect(key(checkMobile('12345', 'FOREIGN'))).toBe('validation.mobileOther')
    expect(key(checkMobile('012345678', 'TAIWAN'))).toBe('validation.mobileOther')
  })

  it('checks an email address of 5–60 characters', () => {
    expect(checkEmail('a@b.cn')).toBeNull()
    expect(key(checkEmail('a@b'))).toBe('validation.email')
    expect(key(checkEmail('not an email'))).toBe('validation.email')
    expect(key(checkEmail(`${'a'.repeat(55)}@b.com`))).toBe('validation.email') // 61
  })

  it('refuses spaces and punctuation in document numbers', () => {
    expect(checkDocumentNumber('11010519900307001X')).toBeNull()
    expect(key(checkDocumentNumber('110105 19900307001X'))).toBe('validation.documentNumber')
    expect(key(checkDocumentNumber('A123456(7)'))).toBe('validation.documentNumber')
  })

  it('checks phones, postal codes, lengths, certificate numbers and month order', () => {
    expect(checkPhone('010-12345678')).toBeNull()
    expect(checkPhone('0471-1234567-8021')).toBeNull()
    expect(key(checkPhone('12345678'))).toBe('validation.phone')
    expect(key(checkPhone('110-12345678'))).toBe('validation.phone') // area codes start with 0
    expect(checkPostalCode('010050', 'MAINLAND')).toBeNull() // leading zero is valid (Hohhot)
    expect(key(checkPostalCode('10005', 'MAINLAND'))).toBe('validation.postalMainland')
    expect(checkPostalCode('999', 'MACAO')).toBeNull()
    expect(checkMaxLength('北京市东城区', 30)).toBeNull()
    expect(checkMaxLength('北'.repeat(31), 30)).toEqual({ key: 'validation.maxLength', params: { max: 30 } })
    expect(checkCertificateNumber('100121201805002345')).toBeNull()
    expect(key(checkCertificateNumber('10012120180500234'))).toBe('validation.certificateNumber')
    expect(checkMonthOrder('2008-09', '2013-07')).toBeNull()
    expect(key(checkMonthOrder('2013-07', '2008-09'))).toBe('validation.monthOrder')
  })
})
