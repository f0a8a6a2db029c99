import { onBeforeUnmount, ref } from 'vue'

const QUERY = '(max-width: 767px)'

/** True under 768 px wide: forms put labels on top, dialogs go full screen, tables become cards. */
export function useIsMobile() {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null
  const isMobile = ref(mq ? mq.matches : false)
  const update = (e: MediaQueryListEvent) => (isMobile.value = e.matches)
  mq?.addEventListener?.('change', update)
  onBeforeUnmount(() => mq?.removeEventListener?.('change', update))
  return isMobile
}
