import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { formatRemaining, remainingMs, useCountdown } from './useCountdown'

describe('formatRemaining', () => {
  it('shows minutes and seconds, hours from one hour up, rounding partial seconds up', () => {
    expect(formatRemaining(0)).toBe('00:00')
    expect(formatRemaining(1)).toBe('00:01')
    expect(formatRemaining(59_001)).toBe('01:00')
    expect(formatRemaining(9 * 60_000 + 5_000)).toBe('09:05')
    expect(formatRemaining(3_600_000)).toBe('1:00:00')
    expect(formatRemaining(2 * 3_600_000 - 1_000)).toBe('1:59:59')
    expect(formatRemaining(-5_000)).toBe('00:00')
  })
})

describe('remainingMs', () => {
  it('measures to an instant with any offset, never below zero', () => {
    const now = Date.parse('2026-11-23T02:00:00Z')
    expect(remainingMs('2026-11-23T12:00:00+08:00', now)).toBe(2 * 3_600_000)
    expect(remainingMs('2026-11-23T01:00:00Z', now)).toBe(0)
    expect(remainingMs(undefined, now)).toBeNull()
    expect(remainingMs('soon', now)).toBeNull()
  })
})

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-23T11:59:57+08:00'))
  })
  afterEach(() => vi.useRealTimers())

  it('ticks every second and says once when it reaches zero', async () => {
    const onExpired = vi.fn()
    const scope = effectScope()
    const c = scope.run(() => useCountdown(() => '2026-11-23T12:00:00+08:00', { onExpired }))!
    expect(c.text.value).toBe('00:03')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(c.text.value).toBe('00:02')
    await vi.advanceTimersByTimeAsync(2_000)
    expect(c.text.value).toBe('00:00')
    expect(c.expired.value).toBe(true)
    expect(onExpired).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(onExpired).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
    scope.stop()
  })

  it('restarts for a new instant and is empty without one', async () => {
    const target = ref<string | undefined>(undefined)
    const scope = effectScope()
    const c = scope.run(() => useCountdown(() => target.value))!
    expect(c.text.value).toBe('')
    expect(vi.getTimerCount()).toBe(0)
    target.value = '2026-11-23T14:00:00+08:00'
    await nextTick()
    expect(c.text.value).toBe('2:00:03')
    await vi.advanceTimersByTimeAsync(4_000)
    expect(c.text.value).toBe('1:59:59')
    scope.stop()
  })

  it('stops with its component (no timer left behind)', async () => {
    const scope = effectScope()
    const c = scope.run(() => useCountdown(() => '2026-11-23T14:00:00+08:00'))!
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(c.text.value).toBe('2:00:03')
  })
})
