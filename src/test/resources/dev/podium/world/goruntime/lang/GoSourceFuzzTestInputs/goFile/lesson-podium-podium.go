// Package podium is the lessons' own package: it lets a Go program say how long its work takes, so the same file
// runs on Podium's simulated runtime and, unchanged, with the real go tool.
//
// Under Podium, Work(d) burns d of simulated CPU on the goroutine's M and Syscall(d) is a blocking system call of
// d (the M leaves its P, which sysmon may hand to another M). Under the real go tool they do the same for real:
// Work spins on the CPU, Syscall blocks the thread in the kernel.
package podium

import "time"

// Work keeps the calling goroutine busy on the CPU for d (a spin loop; it does not sleep or yield).
func Work(d time.Duration) {
	start := time.Now()
	x := uint64(1)
	for time.Since(start) < d {
		for i := 0; i < 1000; i++ {
			x = x*6364136223846793005 + 1442695040888963407
		}
	}
	sink = x
}

var sink uint64

// Syscall blocks the calling goroutine's thread in a real system call for d.
func Syscall(d time.Duration) {
	if d <= 0 {
		return
	}
	blockInKernel(d)
}
