package uidlookup_test

import "github.com/taoevm/taoevm/contracts"

func contractsCaller() []byte { return contracts.MustBytecode("PrecompileCaller") }
