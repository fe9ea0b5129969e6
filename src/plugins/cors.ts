import cors from '@fastify/cors'
import fp from 'fastify-plugin'

export interface CorsOptions {
  /** `*` for any origin, or the origins allowed to read responses from a browser. */
  origins: '*' | string[]
}

/**
 * Lets pages on other origins read the API from the browser. Public reads default to any
 * origin; CORS_ORIGINS narrows that to an allow-list (and adds `Vary: Origin`).
 */
export default fp<CorsOptions>(async function corsPolicy (app, { origins }) {
  await app.register(cors, {
    origin: origins,
    methods: ['GET', 'HEAD'],
    // What a careers page sends: content negotiation, revalidation, and a request id to trace.
    allowedHeaders: ['Accept', 'If-None-Match', 'If-Modified-Since', 'X-Request-Id'],
    // Response headers a page's script may read besides the CORS-safelisted ones.
    exposedHeaders: ['ETag', 'Last-Modified', 'Link', 'Location', 'X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
    // Browsers cap this (Chromium at two hours), so a day means "as long as the browser allows".
    maxAge: 86400,
    // A plain OPTIONS is answered with `Allow` by the allowed-methods plugin, before this one.
    strictPreflight: false
  })
}, { name: 'cors', dependencies: ['allowed-methods'] })
