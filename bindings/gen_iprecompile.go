// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IPrecompileMetaData contains all meta data concerning the IPrecompile contract.
var IPrecompileMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"}]",
	ID:  "IPrecompile",
}

// IPrecompile is an auto generated Go binding around an Ethereum contract.
type IPrecompile struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IPrecompile) GetABI() abi.ABI {
	return c.abi
}

// NewIPrecompile creates a new instance of IPrecompile.
func NewIPrecompile() *IPrecompile {
	parsed, err := IPrecompileMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IPrecompile{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IPrecompile) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iPrecompile *IPrecompile) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iPrecompile.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iPrecompile.UnpackValueNotAcceptedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IPrecompileDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IPrecompile contract.
type IPrecompileDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IPrecompileDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iPrecompile *IPrecompile) UnpackDelegateCallNotAllowedError(raw []byte) (*IPrecompileDelegateCallNotAllowed, error) {
	out := new(IPrecompileDelegateCallNotAllowed)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileInternalError represents a InternalError error raised by the IPrecompile contract.
type IPrecompileInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IPrecompileInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iPrecompile *IPrecompile) UnpackInternalErrorError(raw []byte) (*IPrecompileInternalError, error) {
	out := new(IPrecompileInternalError)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileInvalidCalldata represents a InvalidCalldata error raised by the IPrecompile contract.
type IPrecompileInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IPrecompileInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iPrecompile *IPrecompile) UnpackInvalidCalldataError(raw []byte) (*IPrecompileInvalidCalldata, error) {
	out := new(IPrecompileInvalidCalldata)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileInvalidKey represents a InvalidKey error raised by the IPrecompile contract.
type IPrecompileInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IPrecompileInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iPrecompile *IPrecompile) UnpackInvalidKeyError(raw []byte) (*IPrecompileInvalidKey, error) {
	out := new(IPrecompileInvalidKey)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IPrecompile contract.
type IPrecompileStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IPrecompileStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iPrecompile *IPrecompile) UnpackStaticCallNotAllowedError(raw []byte) (*IPrecompileStaticCallNotAllowed, error) {
	out := new(IPrecompileStaticCallNotAllowed)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileUnknownSelector represents a UnknownSelector error raised by the IPrecompile contract.
type IPrecompileUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IPrecompileUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iPrecompile *IPrecompile) UnpackUnknownSelectorError(raw []byte) (*IPrecompileUnknownSelector, error) {
	out := new(IPrecompileUnknownSelector)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IPrecompileValueNotAccepted represents a ValueNotAccepted error raised by the IPrecompile contract.
type IPrecompileValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IPrecompileValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iPrecompile *IPrecompile) UnpackValueNotAcceptedError(raw []byte) (*IPrecompileValueNotAccepted, error) {
	out := new(IPrecompileValueNotAccepted)
	if err := iPrecompile.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
