package render

import (
	"errors"
	"fmt"
)

// ErrUnknownKind is returned for a Kind render cannot print.
var ErrUnknownKind = errors.New("unknown kind of document")

// builder is the layout of a kind of document.
func builder(k Kind) (func(*doc), error) {
	switch k {
	case "", KindPlan:
		return (*doc).build, nil
	case KindSections:
		return (*doc).buildSections, nil
	case KindCheck:
		return (*doc).buildCheck, nil
	case KindReview:
		return (*doc).buildReview, nil
	case KindAmendment:
		return (*doc).buildAmendment, nil
	case KindProfile:
		return (*doc).buildProfile, nil
	case KindEasyRead:
		return (*doc).buildEasyRead, nil
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownKind, string(k))
}

// kind is the kind of document being printed, the plan when unset.
func (d *doc) kind() Kind {
	if d.opt.Kind == "" {
		return KindPlan
	}
	return d.opt.Kind
}
