import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyRequest {
    /** The URL to give clients for a path on this API: absolute when the public origin is known, else relative. */
    linkTo: (path: string) => string
  }
}

export interface PublicLinksOptions {
  publicBaseUrl: string | null
  trustProxy: boolean
}

/**
 * Links come from the configured public base URL, or from the X-Forwarded-Host a trusted proxy
 * sets. The Host header alone is never used: a client could name any host in it, and a cached
 * response would then hand that host to everyone.
 */
export default fp<PublicLinksOptions>(async function publicLinks (app, { publicBaseUrl, trustProxy }) {
  app.decorateRequest('linkTo', function linkTo (this: FastifyRequest, path: string): string {
    if (publicBaseUrl !== null) return publicBaseUrl + path
    if (trustProxy && this.headers['x-forwarded-host'] !== undefined) return `${this.protocol}://${this.host}${path}`
    return path
  })
}, { name: 'public-links' })
