package plan

import (
	"strings"
	"sync"
)

// tokenCache remembers the tokens of texts the checker has read. The editor
// re-checks the whole plan on every keystroke, yet only the text being
// typed has changed; reading the other few hundred texts again was most of
// the checker's time. The cache is keyed by the young person's names as
// well as the text (names change how a text is read), is bounded, and is
// only ever added to under its lock, so Check stays safe to call from
// several goroutines. Cached token slices are never modified.
type tokenCache struct {
	mu sync.Mutex
	// byNames maps the names key, then the text, to its tokens; two
	// levels so that a look-up builds no key string.
	byNames map[string]map[string][]token
	size    int
}

// tokenCacheMax bounds the cache: about 40 texts of 200 plans. When it is
// full it starts again, which costs one cold check.
const tokenCacheMax = 8192

var texts = tokenCache{byNames: map[string]map[string][]token{}}

// get returns the tokens of s read with ctx, from the cache or fresh.
func (tc *tokenCache) get(namesKey, s string, ctx *textCtx) []token {
	tc.mu.Lock()
	toks, ok := tc.byNames[namesKey][s]
	tc.mu.Unlock()
	if ok {
		return toks
	}
	toks = tokenize(s, nil, ctx)
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if tc.size >= tokenCacheMax {
		clear(tc.byNames)
		tc.size = 0
	}
	m := tc.byNames[namesKey]
	if m == nil {
		m = map[string][]token{}
		tc.byNames[namesKey] = m
	}
	m[s] = toks
	tc.size++
	return toks
}

// reset empties the cache (for benchmarks that measure a cold check).
func (tc *tokenCache) reset() {
	tc.mu.Lock()
	clear(tc.byNames)
	tc.size = 0
	tc.mu.Unlock()
}

func namesKey(ctx *textCtx) string { return strings.Join(ctx.names, " ") }
