import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** Suggestions for the recovery question (the candidate may also type a question of their own). */
export function useSecurityQuestions() {
  const { tm, rt } = useI18n()
  const presets = computed(() => (tm('presetQuestions') as unknown[]).map((q) => rt(q as Parameters<typeof rt>[0])))
  return (query: string, cb: (items: { value: string }[]) => void) => {
    const q = query.trim()
    cb(presets.value.filter((p) => !q || p.includes(q)).map((value) => ({ value })))
  }
}
