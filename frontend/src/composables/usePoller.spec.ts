import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { usePoller } from './usePoller'

let hidden = false
function setHidden(value: boolean) {
  hidden = value
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('usePoller', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    hidden = false
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'))
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('polls every interval while active and stops when no longer active', async () => {
    const active = ref(true)
    const task = vi.fn()
    const scope = effectScope()
    scope.run(() => usePoller(task, { intervalMs: 10_000, active: () => active.value }))
    expect(task).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).toHaveBeenCalledTimes(2)
    active.value = false
    await nextTick()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(task).toHaveBeenCalledTimes(2)
    active.value = true
    await nextTick()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).toHaveBeenCalledTimes(3)
    scope.stop()
  })

  it('stops the moment the task makes it inactive (e.g. the review finished)', async () => {
    const state = ref('UNDER_REVIEW')
    const task = vi.fn(() => {
      state.value = 'APPROVED'
    })
    const scope = effectScope()
    scope.run(() => usePoller(task, { intervalMs: 10_000, active: () => state.value === 'UNDER_REVIEW' }))
    await vi.advanceTimersByTimeAsync(50_000)
    expect(task).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('does not poll a hidden page and catches up when it is shown again', async () => {
    const task = vi.fn()
    const scope = effectScope()
    scope.run(() => usePoller(task, { intervalMs: 10_000, active: () => true }))
    setHidden(true)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(task).not.toHaveBeenCalled()
    setHidden(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(task).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('never runs two polls at once and keeps polling after a failure', async () => {
    let resolve: () => void = () => {}
    const task = vi
      .fn()
      .mockImplementationOnce(() => new Promise<void>((r) => (resolve = r)))
      .mockImplementationOnce(() => Promise.reject(new Error('network')))
      .mockImplementation(() => undefined)
    const scope = effectScope()
    const poller = scope.run(() => usePoller(task, { intervalMs: 1_000, active: () => true }))!
    await vi.advanceTimersByTimeAsync(1_000)
    expect(task).toHaveBeenCalledTimes(1)
    void poller.runNow() // still running: ignored
    await vi.advanceTimersByTimeAsync(5_000)
    expect(task).toHaveBeenCalledTimes(1)
    resolve()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(task).toHaveBeenCalledTimes(2) // this one fails
    await vi.advanceTimersByTimeAsync(1_000)
    expect(task).toHaveBeenCalledTimes(3)
    scope.stop()
  })

  it('stops with its scope', async () => {
    const task = vi.fn()
    const scope = effectScope()
    scope.run(() => usePoller(task, { intervalMs: 1_000, active: () => true }))
    scope.stop()
    await vi.advanceTimersByTimeAsync(10_000)
    setHidden(false)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(task).not.toHaveBeenCalled()
  })
})
