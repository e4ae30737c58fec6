// Allocates steadily with a live set of about 48 MB, for about 3 s, and prints the runtime's own GC counters.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

var sink []byte

func main() {
	live := make([][]byte, 48)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	ring := make([][]byte, 4096)
	every := 2000
	if v := os.Getenv("SLEEP_EVERY"); v != "" {
		fmt.Sscan(v, &every)
	}
	start := time.Now()
	for n := 0; time.Since(start) < 3*time.Second; n++ {
		b := make([]byte, 16<<10)
		b[0] = byte(n)
		ring[n%len(ring)] = b
		if n%64 == 0 {
			sink = make([]byte, 64<<10)
		}
		if n%every == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stdout, "NumGC=%d PauseTotalNs=%d live=%d\n", m.NumGC, m.PauseTotalNs, len(live)+len(ring))
}
