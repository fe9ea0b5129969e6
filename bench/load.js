// autocannon runs. Targets of one scenario are loaded in turns (roleatlas, bare, roleatlas,
// bare...) so that drift of the machine hits them alike, and the MEDIAN round is reported:
// one noisy round neither flatters nor sinks a target.
import autocannon from 'autocannon'

// Each connection gets its own share of a rotation, starting at different ids, so that 50
// connections do not walk the same URLs in lockstep (which a cache would love).
function shareOf (requests, connections, index) {
  if (requests.length >= connections) return requests.filter((_, k) => k % connections === index)
  const start = index % requests.length
  return [...requests.slice(start), ...requests.slice(0, start)]
}

export async function loadOnce ({ origin, requests, connections, seconds }) {
  let clients = 0
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    // autocannon ends a run on its sampling tick: 100 ms instead of 1 s keeps short rounds
    // short. req/s below comes from totals, so the sampling interval does not affect it.
    sampleInt: 100,
    requests: [requests[0]],
    setupClient: requests.length > 1 ? (client) => client.setRequests(shareOf(requests, connections, clients++)) : undefined
  })
  const total = result.requests.total
  return {
    // Completed requests over the real duration: autocannon's per-second average is empty below 1 s.
    rps: total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    wireBytes: total > 0 ? Math.round(result.throughput.total / total) : 0,
    total,
    statusCounts: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    errors: result.errors,
    timeouts: result.timeouts
  }
}

/**
 * Warm-up, then `rounds` rounds per target in turns. After each run `target.settle()` (if
 * any) waits for the target to finish the load's leftovers and says for how long, and
 * `afterRun(target)` runs (roleatlas's memory is read there). Returns, per target name, the
 * median round, every round's req/s and the longest wait for the target to settle.
 */
export async function measureTargets ({ targets, rounds, seconds, warmup, connections, afterRun = () => {} }) {
  const runs = new Map(targets.map((target) => [target.name, []]))
  const busy = new Map(targets.map((target) => [target.name, 0]))
  const settle = async (target) => {
    const waited = await target.settle?.() ?? 0
    busy.set(target.name, Math.max(busy.get(target.name), waited))
  }
  for (const target of targets) {
    if (warmup > 0) await loadOnce({ origin: target.origin, requests: target.requests, connections, seconds: warmup })
    await settle(target)
  }
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      runs.get(target.name).push(await loadOnce({ origin: target.origin, requests: target.requests, connections, seconds }))
      await settle(target)
      await afterRun(target)
    }
  }
  return Object.fromEntries([...runs].map(([name, results]) => {
    const sorted = [...results].sort((a, b) => a.rps - b.rps)
    const median = sorted[Math.floor((sorted.length - 1) / 2)]
    return [name, { ...median, rounds: results.map((result) => Math.round(result.rps)), busyAfterSeconds: Math.round(busy.get(name) * 10) / 10 }]
  }))
}

/** What the load saw that the scenario did not expect: other statuses, errors, timeouts. */
export function loadProblems (result, expectedStatus) {
  const problems = []
  const unexpected = Object.entries(result.statusCounts).filter(([code]) => Number(code) !== expectedStatus)
  if (unexpected.length > 0) problems.push(`load got ${unexpected.map(([code, count]) => `status ${code} ${count} times`).join(', ')}`)
  if (result.errors > 0) problems.push(`${result.errors} errors`)
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`)
  if (result.total === 0) problems.push('no responses')
  return problems
}
