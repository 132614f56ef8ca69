//go:build !linux

package registry_test

import "time"

// threadCPU is unavailable off Linux; the benchmark falls back to wall time.
func threadCPU() (time.Duration, bool) { return 0, false }
