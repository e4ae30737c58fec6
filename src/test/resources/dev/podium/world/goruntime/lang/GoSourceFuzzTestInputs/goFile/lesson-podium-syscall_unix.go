//go:build linux || darwin || freebsd || netbsd || openbsd

package podium

import (
	"syscall"
	"time"
)

// blockInKernel sleeps in nanosleep(2): the goroutine's M is in a system call for d, as a blocking read would be.
func blockInKernel(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	for {
		var rem syscall.Timespec
		err := syscall.Nanosleep(&ts, &rem)
		if err != syscall.EINTR {
			return
		}
		ts = rem
	}
}
