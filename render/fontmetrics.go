package render

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// metrics is what the layout needs from one TrueType font: which BMP runes
// it can show and how wide each one is, in 1/1000 em, rounded exactly as
// gofpdf rounds them (so our line breaks agree with what it prints).
type metrics struct {
	width [0x10000]uint16
	has   [0x10000]bool
}

// ttf is a read-only view of a TrueType file's tables.
type ttf struct {
	data   []byte
	tables map[string][]byte
}

// parseMetrics reads the cmap (format 4, the one gofpdf uses), head, hhea
// and hmtx tables of a TrueType font.
func parseMetrics(data []byte) (*metrics, error) {
	f, err := openTTF(data)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx := f.tables["head"], f.tables["hhea"], f.tables["hmtx"]
	if len(head) < 54 || len(hhea) < 36 {
		return nil, errors.New("font: head or hhea table missing or short")
	}
	upem := float64(binary.BigEndian.Uint16(head[18:]))
	nMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	if upem == 0 || nMetrics == 0 || len(hmtx) < 4*nMetrics {
		return nil, errors.New("font: bad head/hhea/hmtx")
	}
	advance := func(gid int) float64 {
		gid = min(gid, nMetrics-1)
		return float64(binary.BigEndian.Uint16(hmtx[4*gid:]))
	}
	m := &metrics{}
	err = f.eachMapping(func(r rune, gid int) {
		m.has[r] = true
		m.width[r] = uint16(math.Round(advance(gid) * 1000 / upem))
	})
	return m, err
}

func openTTF(data []byte) (*ttf, error) {
	if len(data) < 12 {
		return nil, errors.New("font: file too short")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	f := &ttf{data: data, tables: map[string][]byte{}}
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errors.New("font: table directory cut short")
		}
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		size := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || size < 0 || off+size > len(data) {
			return nil, fmt.Errorf("font: table %q outside the file", data[rec:rec+4])
		}
		f.tables[string(data[rec:rec+4])] = data[off : off+size]
	}
	return f, nil
}

// eachMapping calls fn for every rune the Unicode format 4 cmap maps to a
// real glyph.
func (f *ttf) eachMapping(fn func(r rune, gid int)) error {
	sub, err := f.format4()
	if err != nil {
		return err
	}
	u16 := func(off int) int {
		if off < 0 || off+2 > len(sub) {
			return 0
		}
		return int(binary.BigEndian.Uint16(sub[off:]))
	}
	segs := u16(6) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	for i := range segs {
		start, end := u16(starts+2*i), u16(ends+2*i)
		delta, ro := u16(deltas+2*i), u16(ranges+2*i)
		for c := start; c <= end && c < 0xFFFF; c++ {
			gid := (c + delta) & 0xFFFF
			if ro != 0 {
				gid = u16(ranges + 2*i + ro + 2*(c-start))
				if gid != 0 {
					gid = (gid + delta) & 0xFFFF
				}
			}
			if gid != 0 {
				fn(rune(c), gid)
			}
		}
	}
	return nil
}

func (f *ttf) format4() ([]byte, error) {
	cmap := f.tables["cmap"]
	if len(cmap) < 4 {
		return nil, errors.New("font: no cmap table")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		unicode := platform == 0 || (platform == 3 && encoding == 1)
		if !unicode || off+4 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 4 {
			continue
		}
		// The subtable's 16-bit length overflows in big fonts: read to
		// the end of the table, every read is bounds-checked.
		return cmap[off:], nil
	}
	return nil, errors.New("font: no Unicode format 4 cmap")
}
