// Types shared by the end-to-end runner (run.mjs) and the journey spec. Types only: nothing here runs.
import type { Browser, BrowserContext, Page } from 'playwright-core'

export interface JourneyContext {
  browser: Browser
  context: BrowserContext
  page: Page
  /** The SPA, e.g. http://localhost:4173 (vite preview). */
  spaUrl: string
  /** The API, e.g. http://localhost:8080. */
  apiUrl: string
  /** Folder for screenshots (gitignored). */
  artifacts: string
  /** Values one step hands to the next (the journey runs in order). */
  state: Record<string, string>
}

export interface Step {
  name: string
  run: (ctx: JourneyContext) => Promise<void>
}
