package fpdf

import (
	"crypto/sha1"
	"fmt"
	"sync"
)

// A UTF-8 font is parsed once per process and shared by every document
// that adds the same bytes under the same name (gofpdf parsed the whole
// TrueType file for every document, and again for every subset). The
// bytes passed to AddUTF8FontFromBytes must not change afterwards.

// sharedFont is what is known of one font before any document uses it.
type sharedFont struct {
	once sync.Once
	def  fontDefType // without usedRunes; def.utf8File is parsed
	err  error

	prepOnce sync.Once
	prepared *utf8FontFile // the tables GenerateCutFont reads, read-only
}

type sharedFontKey struct {
	name string
	data *byte
	size int
}

var sharedFonts sync.Map // sharedFontKey -> *sharedFont

func sharedUTF8Font(fontkey string, data []byte) (*sharedFont, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("font %s: no data", fontkey)
	}
	v, _ := sharedFonts.LoadOrStore(sharedFontKey{fontkey, &data[0], len(data)}, &sharedFont{})
	sf := v.(*sharedFont)
	sf.once.Do(func() { sf.err = sf.parse(fontkey, data) })
	return sf, sf.err
}

func (sf *sharedFont) parse(fontkey string, data []byte) error {
	utf8File := newUTF8Font(&fileReader{array: data})
	if err := utf8File.parseFile(); err != nil {
		return fmt.Errorf("font %s: %w", fontkey, err)
	}
	utf8File.shared = sf
	sf.def = fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up:       int(round(utf8File.UnderlinePosition)),
		Ut:       round(utf8File.UnderlineThickness),
		Cw:       utf8File.CharWidths,
		utf8File: utf8File,
	}
	// gofpdf's generateFontID hashes the definition as JSON, 65,536
	// widths included (milliseconds). The ID only names the font inside
	// one document, where the font key is unique already.
	sf.def.i = fmt.Sprintf("%x", sha1.Sum([]byte(fmt.Sprintf("%s\x00%s\x00%d", sf.def.Tp, fontkey, len(data)))))
	return nil
}

// PrepareUTF8Font parses a font for AddUTF8FontFromBytes ahead of time,
// subsetting tables included, so that documents made later (or at the same
// time) find it ready. Fonts can be prepared concurrently.
func PrepareUTF8Font(familyStr, styleStr string, utf8Bytes []byte) error {
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	sf, err := sharedUTF8Font(fontkey, utf8Bytes)
	if err != nil {
		return err
	}
	sf.def.utf8File.cutter()
	return nil
}

// cutter returns a copy of the font, ready for one document's
// GenerateCutFont. A font not shared (added from a file) is used as it is.
func (utf *utf8FontFile) cutter() *utf8FontFile {
	sf := utf.shared
	if sf == nil {
		return utf
	}
	sf.prepOnce.Do(func() {
		p := *utf
		p.fileReader = &fileReader{array: utf.fileReader.array}
		p.prepareCut()
		sf.prepared = &p
	})
	c := *sf.prepared
	c.fileReader = &fileReader{array: sf.prepared.fileReader.array}
	c.outTablesData = make(map[string][]byte)
	return &c
}
