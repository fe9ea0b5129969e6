// The chart, drawn as SVG by hand and rendered to PNG by resvg (no browser): one panel of
// grouped req/s bars per compared size (roleatlas, bare Fastify, json-server), and one panel of
// list and search latency against catalogue size.
import { Resvg } from '@resvg/resvg-js'
import { sizeName } from './report.js'

const colours = { roleatlas: '#2563eb', bare: '#9ca3af', jsonServer: '#f59e0b' }
const lineColours = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c']
const escape = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const text = (x, y, content, attributes = '') => `<text x="${x}" y="${y}" ${attributes}>${escape(content)}</text>`
const compact = (value) => value >= 10000 ? `${Math.round(value / 1000)}k` : value >= 1000 ? `${(value / 1000).toFixed(1)}k` : String(Math.round(value))

// A round axis maximum just above the largest value, whose quarters are round too.
function niceMax (value) {
  const power = 10 ** Math.floor(Math.log10(Math.max(value, 1e-9)))
  return [1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10].map((step) => step * power).find((candidate) => candidate >= value)
}

function barsPanel (rows, top, width, title) {
  const height = 300
  const left = 70
  const plotWidth = width - left - 20
  const max = niceMax(Math.max(...rows.flatMap((row) => [row.roleatlas.rps, row.bare?.rps ?? 0, row.jsonServer?.rps ?? 0])))
  const y = (value) => top + 40 + height - (value / max) * height
  const parts = [text(left, top + 20, title, 'font-size="16" font-weight="bold"')]
  for (let i = 0; i <= 4; i++) {
    const value = (max / 4) * i
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(value)}" y2="${y(value)}" stroke="#e5e7eb"/>`,
      text(left - 8, y(value) + 4, compact(value), 'font-size="11" text-anchor="end" fill="#374151"'))
  }
  const group = plotWidth / rows.length
  const bar = Math.min(30, (group - 12) / 3)
  rows.forEach((row, index) => {
    const x0 = left + index * group + (group - bar * 3) / 2
    ;[['roleatlas', row.roleatlas], ['bare', row.bare], ['jsonServer', row.jsonServer]].forEach(([name, result], k) => {
      if (result === null) return
      const x = x0 + k * bar
      parts.push(`<rect x="${x}" y="${y(result.rps)}" width="${bar - 2}" height="${top + 40 + height - y(result.rps)}" fill="${colours[name]}"/>`,
        text(x + bar / 2 - 1, y(result.rps) - 3, compact(result.rps), 'font-size="9" text-anchor="middle" fill="#374151"'))
    })
    const label = `${row.scenario}${row.check === 'ok' ? '' : ' ⚠'}`
    parts.push(text(left + index * group + group / 2, top + 40 + height + 16, label, 'font-size="11" text-anchor="middle"'),
      row.vsBare === null ? '' : text(left + index * group + group / 2, top + 40 + height + 30, `${row.vsBare.toFixed(2)}× bare`, 'font-size="10" text-anchor="middle" fill="#6b7280"'))
  })
  return { svg: parts.join('\n'), height: height + 90 }
}

function growthPanel (rows, top, width) {
  const height = 260
  const left = 70
  const plotWidth = width - left - 220
  const sizes = [...new Set(rows.map((row) => row.roles))].sort((a, b) => a - b)
  const max = niceMax(Math.max(...rows.map((row) => row.roleatlas.p99)))
  const logMin = Math.log10(sizes[0])
  const logSpan = Math.max(Math.log10(sizes.at(-1)) - logMin, 1e-9)
  const x = (roles) => left + (sizes.length === 1 ? plotWidth / 2 : ((Math.log10(roles) - logMin) / logSpan) * plotWidth)
  const y = (value) => top + 40 + height - (value / max) * height
  const parts = [text(left, top + 20, 'List and search latency against catalogue size (p50 solid, p99 dashed)', 'font-size="16" font-weight="bold"')]
  for (let i = 0; i <= 4; i++) {
    const value = (max / 4) * i
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(value)}" y2="${y(value)}" stroke="#e5e7eb"/>`,
      text(left - 8, y(value) + 4, `${Number(value.toFixed(1))} ms`, 'font-size="11" text-anchor="end" fill="#374151"'))
  }
  for (const roles of sizes) parts.push(text(x(roles), top + 40 + height + 16, `${compact(roles)} roles`, 'font-size="11" text-anchor="middle"'))
  const names = [...new Set(rows.map((row) => row.scenario))]
  names.forEach((name, index) => {
    const points = rows.filter((row) => row.scenario === name).sort((a, b) => a.roles - b.roles)
    const colour = lineColours[index % lineColours.length]
    for (const [metric, dash] of [['p50', ''], ['p99', ' stroke-dasharray="5,4"']]) {
      const path = points.map((row, i) => `${i === 0 ? 'M' : 'L'}${x(row.roles).toFixed(1)},${y(row.roleatlas[metric]).toFixed(1)}`).join(' ')
      parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`)
      for (const row of points) parts.push(`<circle cx="${x(row.roles)}" cy="${y(row.roleatlas[metric])}" r="3" fill="${colour}"/>`)
    }
    parts.push(`<rect x="${left + plotWidth + 30}" y="${top + 50 + index * 22}" width="14" height="14" fill="${colour}"/>`,
      text(left + plotWidth + 52, top + 62 + index * 22, name, 'font-size="12"'))
  })
  return { svg: parts.join('\n'), height: height + 70 }
}

export function chartSvg ({ label, machine, results }) {
  const width = 1200
  const panels = []
  let top = 50
  for (const size of [...new Set(results.map((row) => row.size))]) {
    const rows = results.filter((row) => row.size === size && row.vsBare !== null)
    if (rows.length === 0) continue
    const panel = barsPanel(rows, top, width, `req/s, ${sizeName(size, rows[0].roles)}`)
    panels.push(panel.svg)
    top += panel.height
  }
  const growth = results.filter((row) => ['list', 'list-q', 'search'].includes(row.scenario))
  if (growth.length > 0) {
    const panel = growthPanel(growth, top, width)
    panels.push(panel.svg)
    top += panel.height
  }
  const legend = [['roleatlas', 'roleatlas'], ['bare', 'bare Fastify (same bytes)'], ['jsonServer', 'json-server 0.17']]
    .map(([key, name], i) => `<rect x="${620 + i * 190}" y="18" width="14" height="14" fill="${colours[key]}"/>${text(640 + i * 190, 30, name, 'font-size="12"')}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + 10}" font-family="DejaVu Sans, sans-serif">
<rect width="100%" height="100%" fill="white"/>
${text(20, 30, `roleatlas benchmark: ${label}`, 'font-size="20" font-weight="bold"')}
${text(20, 46, `${machine.cores} × ${machine.cpu}, Node ${machine.node}`, 'font-size="11" fill="#6b7280"')}
${legend.join('\n')}
${panels.join('\n')}
</svg>`
}

export function renderPng (svg) {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng()
}
