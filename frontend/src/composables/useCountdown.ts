import { computed, onScopeDispose, ref, watch } from 'vue'

/** Milliseconds from `now` until the instant `iso` (never negative); null for nothing or garbage. */
export function remainingMs(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null
  const at = new Date(iso).getTime()
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now)
}

/** A countdown as `MM:SS`, or `H:MM:SS` from one hour up; partial seconds round up (never shows 00:00 early). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
  return h > 0 ? `${h}:${mmss}` : mmss
}

/**
 * A live countdown to the instant `target()` (ISO-8601 with an offset), ticking every second until it reaches
 * zero, when `onExpired` runs once. A new target restarts it; it stops with the component (or effect scope).
 * Measured against this browser's clock: the server stays the judge of expiry.
 */
export function useCountdown(target: () => string | null | undefined, opts: { onExpired?: () => void } = {}) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null

  const remaining = computed(() => remainingMs(target(), now.value))
  const expired = computed(() => remaining.value === 0)
  const text = computed(() => (remaining.value === null ? '' : formatRemaining(remaining.value)))

  function stop(): void {
    if (timer !== null) {
      clearInterval(timer)
      timer = null
    }
  }

  function tick(): void {
    now.value = Date.now()
    if (remaining.value === null || remaining.value > 0) return
    stop()
    opts.onExpired?.()
  }

  function start(): void {
    stop()
    now.value = Date.now()
    if (remaining.value) timer = setInterval(tick, 1000)
  }

  watch(target, start, { immediate: true })
  onScopeDispose(stop)

  return { remaining, expired, text, stop }
}
