package balancetransfer

import "errors"

// ErrInvalidDestination is returned for a destination among the native
// precompile accounts (Solidity: InvalidDestination(address)). Invalid keys
// fail with precompile.ErrInvalidKey.
var ErrInvalidDestination = errors.New("balancetransfer: destination is a native precompile")
