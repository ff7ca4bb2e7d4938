package app

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestDeleteAsksNamingTheYoungPersonThenRemoves(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Jordan")

	h.a.askDelete(id)
	if text := allText(h.overlay()); !strings.Contains(text, "Jordan Ellis") {
		t.Errorf("the question does not name Jordan Ellis:\n%s", text)
	}
	h.tapButton(h.overlay(), "Keep it")
	h.settle()
	if n, _ := h.st.Count(); n != 3 {
		t.Fatalf("after Keep it the store has %d plans", n)
	}

	h.a.askDelete(id)
	h.tapButton(h.overlay(), "Delete the plan")
	h.settle()
	if slices.Contains(h.rowNames(), "Jordan Ellis") || len(h.rowNames()) != 2 {
		t.Errorf("rows after delete = %q", h.rowNames())
	}
	if _, err := h.st.Load(id); err == nil {
		t.Error("the plan is still in the store")
	}
	told := allText(h.overlay())
	copyPath := h.a.safetyCopy(id)
	if !strings.Contains(told, copyPath) || !strings.HasSuffix(copyPath, ".json") {
		t.Errorf("the message does not name the safety copy %s:\n%s", copyPath, told)
	}
	if _, err := os.Stat(copyPath); err != nil {
		t.Errorf("safety copy: %v", err)
	}
}
