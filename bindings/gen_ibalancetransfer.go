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

// IBalanceTransferMetaData contains all meta data concerning the IBalanceTransfer contract.
var IBalanceTransferMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"InvalidDestination\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"name\":\"transfer\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "IBalanceTransfer",
}

// IBalanceTransfer is an auto generated Go binding around an Ethereum contract.
type IBalanceTransfer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IBalanceTransfer) GetABI() abi.ABI {
	return c.abi
}

// NewIBalanceTransfer creates a new instance of IBalanceTransfer.
func NewIBalanceTransfer() *IBalanceTransfer {
	parsed, err := IBalanceTransferMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IBalanceTransfer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IBalanceTransfer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6f4eb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(bytes32 data) payable returns()
func (iBalanceTransfer *IBalanceTransfer) PackTransfer(data [32]byte) []byte {
	enc, err := iBalanceTransfer.abi.Pack("transfer", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd6f4eb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(bytes32 data) payable returns()
func (iBalanceTransfer *IBalanceTransfer) TryPackTransfer(data [32]byte) ([]byte, error) {
	return iBalanceTransfer.abi.Pack("transfer", data)
}

// IBalanceTransferTransfer represents a Transfer event raised by the IBalanceTransfer contract.
type IBalanceTransferTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IBalanceTransferTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IBalanceTransferTransfer) ContractEventName() string {
	return IBalanceTransferTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (iBalanceTransfer *IBalanceTransfer) UnpackTransferEvent(log *types.Log) (*IBalanceTransferTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iBalanceTransfer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IBalanceTransferTransfer)
	if len(log.Data) > 0 {
		if err := iBalanceTransfer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iBalanceTransfer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iBalanceTransfer *IBalanceTransfer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["InvalidDestination"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackInvalidDestinationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iBalanceTransfer.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iBalanceTransfer.UnpackValueNotAcceptedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IBalanceTransferDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IBalanceTransfer contract.
type IBalanceTransferDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IBalanceTransferDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iBalanceTransfer *IBalanceTransfer) UnpackDelegateCallNotAllowedError(raw []byte) (*IBalanceTransferDelegateCallNotAllowed, error) {
	out := new(IBalanceTransferDelegateCallNotAllowed)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferInternalError represents a InternalError error raised by the IBalanceTransfer contract.
type IBalanceTransferInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IBalanceTransferInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iBalanceTransfer *IBalanceTransfer) UnpackInternalErrorError(raw []byte) (*IBalanceTransferInternalError, error) {
	out := new(IBalanceTransferInternalError)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferInvalidCalldata represents a InvalidCalldata error raised by the IBalanceTransfer contract.
type IBalanceTransferInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IBalanceTransferInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iBalanceTransfer *IBalanceTransfer) UnpackInvalidCalldataError(raw []byte) (*IBalanceTransferInvalidCalldata, error) {
	out := new(IBalanceTransferInvalidCalldata)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferInvalidDestination represents a InvalidDestination error raised by the IBalanceTransfer contract.
type IBalanceTransferInvalidDestination struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDestination(address to)
func IBalanceTransferInvalidDestinationErrorID() common.Hash {
	return common.HexToHash("0x8eaba6f92e47ec2038a44dfaf59362925e6a4b1b2f8d03d6b6dd4d556d3e06bb")
}

// UnpackInvalidDestinationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDestination(address to)
func (iBalanceTransfer *IBalanceTransfer) UnpackInvalidDestinationError(raw []byte) (*IBalanceTransferInvalidDestination, error) {
	out := new(IBalanceTransferInvalidDestination)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "InvalidDestination", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferInvalidKey represents a InvalidKey error raised by the IBalanceTransfer contract.
type IBalanceTransferInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IBalanceTransferInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iBalanceTransfer *IBalanceTransfer) UnpackInvalidKeyError(raw []byte) (*IBalanceTransferInvalidKey, error) {
	out := new(IBalanceTransferInvalidKey)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IBalanceTransfer contract.
type IBalanceTransferStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IBalanceTransferStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iBalanceTransfer *IBalanceTransfer) UnpackStaticCallNotAllowedError(raw []byte) (*IBalanceTransferStaticCallNotAllowed, error) {
	out := new(IBalanceTransferStaticCallNotAllowed)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferUnknownSelector represents a UnknownSelector error raised by the IBalanceTransfer contract.
type IBalanceTransferUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IBalanceTransferUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iBalanceTransfer *IBalanceTransfer) UnpackUnknownSelectorError(raw []byte) (*IBalanceTransferUnknownSelector, error) {
	out := new(IBalanceTransferUnknownSelector)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IBalanceTransferValueNotAccepted represents a ValueNotAccepted error raised by the IBalanceTransfer contract.
type IBalanceTransferValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IBalanceTransferValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iBalanceTransfer *IBalanceTransfer) UnpackValueNotAcceptedError(raw []byte) (*IBalanceTransferValueNotAccepted, error) {
	out := new(IBalanceTransferValueNotAccepted)
	if err := iBalanceTransfer.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
