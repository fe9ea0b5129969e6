import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify'

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'
// Fastify's logger is pino, which tells whether a level is enabled.
type ParentLogger = FastifyBaseLogger & { isLevelEnabled: (level: Level) => boolean }
type Bindings = Parameters<FastifyBaseLogger['child']>[0]
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1]

/**
 * A request's logger that becomes a pino child (with the request id bound) only when something
 * is logged at an enabled level. Fastify creates a child for every request, which serializes its
 * bindings at once; at the production level (warn) most requests never log, so that cost is
 * avoided on the hot path.
 */
class LazyRequestLogger {
  readonly #parent: ParentLogger
  readonly #bindings: Bindings
  readonly #options: ChildOptions
  #child: ParentLogger | undefined

  constructor (parent: ParentLogger, bindings: Bindings, options: ChildOptions) {
    this.#parent = parent
    this.#bindings = bindings
    this.#options = options
  }

  #logger (): ParentLogger {
    this.#child ??= this.#parent.child(this.#bindings, this.#options) as ParentLogger
    return this.#child
  }

  #log (level: Level, args: unknown[]): void {
    // Once the child exists it decides, so a level set on one request's logger is honoured.
    if ((this.#child ?? this.#parent).isLevelEnabled(level)) (this.#logger()[level] as (...args: unknown[]) => void)(...args)
  }

  get level (): string { return (this.#child ?? this.#parent).level }
  set level (level: string) { this.#logger().level = level }
  fatal (...args: unknown[]): void { this.#log('fatal', args) }
  error (...args: unknown[]): void { this.#log('error', args) }
  warn (...args: unknown[]): void { this.#log('warn', args) }
  info (...args: unknown[]): void { this.#log('info', args) }
  debug (...args: unknown[]): void { this.#log('debug', args) }
  trace (...args: unknown[]): void { this.#log('trace', args) }
  silent (): void {}
  child (bindings: Bindings, options?: ChildOptions): FastifyBaseLogger { return this.#logger().child(bindings, options) }
}

/** Fastify's `childLoggerFactory` option. */
export const createRequestLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) => {
  const parent = logger as Partial<ParentLogger>
  // With logging off Fastify's null logger has no levels to ask, and nothing to save.
  if (typeof parent.isLevelEnabled !== 'function') return logger.child(bindings, options)
  return new LazyRequestLogger(logger as ParentLogger, bindings, options) as unknown as FastifyBaseLogger
}
