// What a checklist means on screen: tag colours of the slot statuses, and which of a refused submit's
// violations are about materials (fields `materials.<TYPE>`), so the wizard can send the candidate there.
import type { SlotStatus } from '@/api/types'
import type { TagType } from '@/features/application/status'

const SLOT_TAGS: Record<SlotStatus, TagType> = {
  MISSING: 'info',
  PENDING_REVIEW: 'primary',
  ACCEPTED: 'success',
  REJECTED: 'danger',
}

export const slotTagType = (status: SlotStatus): TagType => SLOT_TAGS[status] ?? 'info'

export const isMaterialField = (field: string) => field === 'materials' || field.startsWith('materials.')

/** Splits field errors into the materials' messages and the rest (keyed as before). */
export function splitMaterialErrors(fieldErrors: Record<string, string>): { materials: string[]; others: Record<string, string> } {
  const materials: string[] = []
  const others: Record<string, string> = {}
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (isMaterialField(field)) materials.push(...message.split('；'))
    else others[field] = message
  }
  return { materials, others }
}

/** The page of an application's materials. */
export const materialsPath = (applicationId: string) => `/applications/${applicationId}/materials`
