// Package podium is the lessons' own package: it says how long work takes, so a lesson runs the same under
// Podium's simulated runtime and under the real go tool.
package podium

import (
	"syscall"
	"time"
)

// Work burns CPU for d, as a computation would.
func Work(d time.Duration) {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
	}
}

// Syscall blocks in a system call for d, as a read from a file or a socket would.
func Syscall(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
	}
}
