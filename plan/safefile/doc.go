// Package safefile holds the project's one policy for naming the files it
// writes about a child (PDFs, exports, the copies kept of deleted plans)
// and its one way of writing them: mode 0600, into a new temporary file
// beside the target, synced, then renamed into place.
//
// Names are safe by construction, whatever a plan's name or ID holds: see
// Name. Writes are atomic: a reader sees the old file or the whole new
// one, and a failed write leaves the old file as it was: see Write and
// WriteNew.
package safefile
