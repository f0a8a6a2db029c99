// The public catalogue (exam categories, exams with their per-area windows and fees, areas, sites): no login
// needed. Thin wrappers so pages (and tests) share one way to read it.
import { api, call, type ApiResult } from './client'
import type { AreaView, CategoryView, ExamDetail, ExamDiscipline, ExamLevel, ExamSummary, SiteView } from './types'

export interface ExamFilter {
  level?: ExamLevel
  discipline?: ExamDiscipline
  year?: number
}

export const catalogue = {
  categories: (): Promise<ApiResult<CategoryView[]>> => call(api.GET('/api/v1/exam-categories')),
  exams: (f: ExamFilter): Promise<ApiResult<ExamSummary[]>> =>
    call(api.GET('/api/v1/exams', { params: { query: { level: f.level, discipline: f.discipline, year: f.year } } })),
  exam: (code: string): Promise<ApiResult<ExamDetail>> => call(api.GET('/api/v1/exams/{code}', { params: { path: { code } } })),
  areas: (): Promise<ApiResult<AreaView[]>> => call(api.GET('/api/v1/exam-areas')),
  sites: (areaCode: string): Promise<ApiResult<SiteView[]>> =>
    call(api.GET('/api/v1/exam-areas/{code}/sites', { params: { path: { code: areaCode } } })),
}
