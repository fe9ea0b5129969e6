import type { Config } from './config.js'

/** One line that says what to fix, for the failures an operator causes and can correct. */
export function describeStartupFailure (error: NodeJS.ErrnoException, config: Pick<Config, 'host' | 'port' | 'databasePath'>): string {
  if (error.code === 'EADDRINUSE') return `Cannot listen on ${config.host}:${config.port}: the port is already in use (set PORT to another).`
  if (error.code === 'EADDRNOTAVAIL') return `Cannot listen on ${config.host}:${config.port}: no such address on this machine (check HOST).`
  // Creating the database's folder, or opening the file, failed.
  if (error.syscall === 'mkdir' || error.code === 'SQLITE_CANTOPEN') {
    return `Cannot open the database at ${config.databasePath} (${error.code}): DATABASE_PATH must name a file in a folder this process can write to.`
  }
  if (error.code?.startsWith('SQLITE_') === true) {
    return `Cannot use the database at ${config.databasePath} (${error.code}): ${error.message}`
  }
  return `Failed to start: ${error.message}`
}
