// jsdom has a location but Node's Request (used by openapi-fetch) refuses relative URLs such as
// "/api/v1/candidates". Resolve them against the page location, as a browser does.
const NodeRequest = globalThis.Request
class RelativeRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, globalThis.location?.href ?? 'http://localhost/') : input, init)
  }
}
globalThis.Request = RelativeRequest as typeof Request

// Element Plus reads matchMedia and ResizeObserver, which jsdom lacks.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList
}
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {}

// jsdom does no layout, so Element Plus's label-width="auto" measures NaN and warns; that is not a finding.
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]) => {
  if (String(args[0]).includes('[ElForm] unexpected width')) return
  warn(...args)
}
