import t from 'tap'
import { BoundedCache } from '../../src/read-model/bounded-cache.js'

t.test('evicts the least recently used entries past the byte budget', async (t) => {
  const cache = new BoundedCache<string>(10, (value) => value.length)
  cache.set('a', 'xxxx')
  cache.set('b', 'yyyy')
  t.equal(cache.get('a'), 'xxxx', 'a is now the most recently used')
  cache.set('c', 'zzzz')
  t.equal(cache.get('b'), undefined, 'b, the least recently used, went to stay within 10 bytes')
  t.equal(cache.get('a'), 'xxxx')
  t.equal(cache.get('c'), 'zzzz')
  t.same(cache.size, { entries: 2, bytes: 8 })
  cache.set('a', 'x')
  t.same(cache.size, { entries: 2, bytes: 5 }, 'replacing an entry counts its new size only')
  cache.set('huge', 'x'.repeat(11))
  t.same(cache.size, { entries: 0, bytes: 0 }, 'an entry larger than the budget is not kept')
  cache.set('d', 'dd')
  cache.delete('d')
  cache.delete('never-there')
  cache.set('e', 'ee')
  cache.clear()
  t.same(cache.size, { entries: 0, bytes: 0 })
})
