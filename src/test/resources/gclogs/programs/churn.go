// Command churn makes garbage for a while and then prints what the Go runtime's own counters say
// (runtime.MemStats NumGC and PauseTotalNs), for the GC log importer's tests. One forced runtime.GC()
// shows "(forced)" in the trace. Usage: GODEBUG=gctrace=1 go run churn.go [seconds] 2> gctrace.txt
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
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			keep := make([][]byte, 2000)
			for i := 0; time.Now().Before(end); i++ {
				b := make([]byte, 64+i%4096)
				sink = b
				if i%5 == 0 {
					keep[i%len(keep)] = make([]byte, 1024)
				}
				if w == 0 && i == 200000 {
					runtime.GC()
				}
			}
		}(w)
	}
	wg.Wait()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("NumGC=%d PauseTotalNs=%d NumForcedGC=%d GCCPUFraction=%.6f\n", m.NumGC, m.PauseTotalNs, m.NumForcedGC, m.GCCPUFraction)
}
