//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package podium

import "time"

// blockInKernel falls back to a sleep where nanosleep(2) is not available.
func blockInKernel(d time.Duration) {
	time.Sleep(d)
}
