// press allocates with a churning live set and prints runtime.MemStats NumGC and PauseTotalNs at its end.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

var sink []byte

func main() {
	seconds := 2.0
	if len(os.Args) > 1 {
		seconds, _ = strconv.ParseFloat(os.Args[1], 64)
	}
	end := time.Now().Add(time.Duration(seconds * float64(time.Second)))
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			keep := make([][]byte, 5000)
			for i := 0; time.Now().Before(end); i++ {
				sink = make([]byte, 16+i%8192)
				if i%3 == 0 {
					keep[i%len(keep)] = make([]byte, 4096)
				}
				if i%500000 == 0 {
					sink = make([]byte, 8<<20)
				}
				if w == 1 && i%300000 == 1 {
					runtime.GC()
				}
				if i%100000 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}(w)
	}
	wg.Wait()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("NumGC=%d PauseTotalNs=%d NumForcedGC=%d GCCPUFraction=%.6f\n", m.NumGC, m.PauseTotalNs, m.NumForcedGC, m.GCCPUFraction)
}
