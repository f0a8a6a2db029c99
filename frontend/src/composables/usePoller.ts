import { onScopeDispose, watch } from 'vue'

/**
 * Runs `task` every `intervalMs` while `active()` is true and the page is visible (a hidden tab does not
 * poll; it catches up at once when shown again). Runs never overlap: the next one is scheduled when the
 * previous one has finished. Stops with the component (or effect scope) that created it.
 */
export function usePoller(task: () => Promise<unknown> | unknown, opts: { intervalMs: number; active: () => boolean }) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running = false
  let disposed = false

  const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden'

  function clear(): void {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
  }

  function schedule(): void {
    clear()
    if (disposed || !opts.active() || !visible()) return
    timer = setTimeout(() => void run(), opts.intervalMs)
  }

  /** Runs the task now (unless it is running already) and schedules the next run. */
  async function run(): Promise<void> {
    timer = null
    if (running || disposed) return
    running = true
    try {
      await task()
    } catch {
      /* a failed poll is retried at the next tick */
    } finally {
      running = false
    }
    schedule()
  }

  function onVisibilityChange(): void {
    if (!visible()) {
      clear()
    } else if (opts.active() && !running) {
      clear()
      void run()
    }
  }

  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange)
  const stopWatch = watch(opts.active, (on) => (on ? schedule() : clear()), { immediate: true })

  onScopeDispose(() => {
    disposed = true
    clear()
    stopWatch()
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange)
  })

  return { runNow: run, stop: clear }
}
