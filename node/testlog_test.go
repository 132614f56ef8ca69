// Setting TAOEVM_TEST_LOG=1 prints the node's info logs during tests.

package node

import (
	"os"

	"github.com/ethereum/go-ethereum/log"
)

func init() {
	if os.Getenv("TAOEVM_TEST_LOG") != "" {
		log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, log.LevelInfo, false)))
	}
}
