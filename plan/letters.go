package plan

// unsplit maps letters that Unicode's NFD does not split into a base
// letter and a mark to what people type for them on an English keyboard.
var unsplit = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'ß': "ss", 'ẞ': "ss",
	'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'ħ': "h",
	'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n", 'ĸ': "k",
	'ſ': "s", 'ƒ': "f", 'ɓ': "b", 'ɗ': "d", 'ƙ': "k", 'ƴ': "y",
}

// FoldLetter is what people type on an English keyboard for a letter that
// folding by NFD leaves whole (Łukasz is typed Lukasz, Søren Soren, Weiß
// Weiss), and false for any other rune. The store's search, the
// checker's name rules and Insight's themes fold names alike with it.
func FoldLetter(r rune) (string, bool) {
	t, ok := unsplit[r]
	return t, ok
}

// IsApostrophe reports whether r is one of the apostrophes people type
// in names (O'Brien, O’Brien, Oʼbrien), which folding drops.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`'
}
