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

// IProbeMetaData contains all meta data concerning the IProbe contract.
var IProbeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Poked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"badView\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"peek\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"poke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"xs\",\"type\":\"uint256[]\"}],\"name\":\"sum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"whoami\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IProbe",
}

// IProbe is an auto generated Go binding around an Ethereum contract.
type IProbe struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IProbe) GetABI() abi.ABI {
	return c.abi
}

// NewIProbe creates a new instance of IProbe.
func NewIProbe() *IProbe {
	parsed, err := IProbeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IProbe{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IProbe) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBadView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5588df7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function badView() view returns()
func (iProbe *IProbe) PackBadView() []byte {
	enc, err := iProbe.abi.Pack("badView")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBadView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5588df7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function badView() view returns()
func (iProbe *IProbe) TryPackBadView() ([]byte, error) {
	return iProbe.abi.Pack("badView")
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns(uint256 balance)
func (iProbe *IProbe) PackDeposit() []byte {
	enc, err := iProbe.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns(uint256 balance)
func (iProbe *IProbe) TryPackDeposit() ([]byte, error) {
	return iProbe.abi.Pack("deposit")
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0e30db0.
//
// Solidity: function deposit() payable returns(uint256 balance)
func (iProbe *IProbe) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := iProbe.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPeek is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacefafae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peek(address who) view returns(uint256)
func (iProbe *IProbe) PackPeek(who common.Address) []byte {
	enc, err := iProbe.abi.Pack("peek", who)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeek is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacefafae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peek(address who) view returns(uint256)
func (iProbe *IProbe) TryPackPeek(who common.Address) ([]byte, error) {
	return iProbe.abi.Pack("peek", who)
}

// UnpackPeek is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacefafae.
//
// Solidity: function peek(address who) view returns(uint256)
func (iProbe *IProbe) UnpackPeek(data []byte) (*big.Int, error) {
	out, err := iProbe.abi.Unpack("peek", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc18f890a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poke(address who, uint256 value) returns()
func (iProbe *IProbe) PackPoke(who common.Address, value *big.Int) []byte {
	enc, err := iProbe.abi.Pack("poke", who, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc18f890a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poke(address who, uint256 value) returns()
func (iProbe *IProbe) TryPackPoke(who common.Address, value *big.Int) ([]byte, error) {
	return iProbe.abi.Pack("poke", who, value)
}

// PackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0194db8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sum(uint256[] xs) view returns(uint256)
func (iProbe *IProbe) PackSum(xs []*big.Int) []byte {
	enc, err := iProbe.abi.Pack("sum", xs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0194db8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sum(uint256[] xs) view returns(uint256)
func (iProbe *IProbe) TryPackSum(xs []*big.Int) ([]byte, error) {
	return iProbe.abi.Pack("sum", xs)
}

// UnpackSum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0194db8e.
//
// Solidity: function sum(uint256[] xs) view returns(uint256)
func (iProbe *IProbe) UnpackSum(data []byte) (*big.Int, error) {
	out, err := iProbe.abi.Unpack("sum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWhoami is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3b36bb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function whoami() view returns(uint8 kind, address caller, uint256 value)
func (iProbe *IProbe) PackWhoami() []byte {
	enc, err := iProbe.abi.Pack("whoami")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWhoami is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3b36bb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function whoami() view returns(uint8 kind, address caller, uint256 value)
func (iProbe *IProbe) TryPackWhoami() ([]byte, error) {
	return iProbe.abi.Pack("whoami")
}

// IProbeWhoamiOutput serves as a container for the return parameters of contract
// method Whoami.
type IProbeWhoamiOutput struct {
	Kind   uint8
	Caller common.Address
	Value  *big.Int
}

// UnpackWhoami is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3b36bb3.
//
// Solidity: function whoami() view returns(uint8 kind, address caller, uint256 value)
func (iProbe *IProbe) UnpackWhoami(data []byte) (IProbeWhoamiOutput, error) {
	out, err := iProbe.abi.Unpack("whoami", data)
	outstruct := new(IProbeWhoamiOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Kind = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Caller = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Value = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// IProbePoked represents a Poked event raised by the IProbe contract.
type IProbePoked struct {
	Caller common.Address
	Who    common.Address
	Value  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IProbePokedEventName = "Poked"

// ContractEventName returns the user-defined event name.
func (IProbePoked) ContractEventName() string {
	return IProbePokedEventName
}

// UnpackPokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Poked(address indexed caller, address indexed who, uint256 value)
func (iProbe *IProbe) UnpackPokedEvent(log *types.Log) (*IProbePoked, error) {
	event := "Poked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iProbe.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IProbePoked)
	if len(log.Data) > 0 {
		if err := iProbe.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iProbe.abi.Events[event].Inputs {
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
func (iProbe *IProbe) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iProbe.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iProbe.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iProbe.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iProbe.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iProbe.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iProbe.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["TooLarge"].ID.Bytes()[:4]) {
		return iProbe.UnpackTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iProbe.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iProbe.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iProbe.UnpackValueNotAcceptedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IProbeDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IProbe contract.
type IProbeDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IProbeDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iProbe *IProbe) UnpackDelegateCallNotAllowedError(raw []byte) (*IProbeDelegateCallNotAllowed, error) {
	out := new(IProbeDelegateCallNotAllowed)
	if err := iProbe.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeInternalError represents a InternalError error raised by the IProbe contract.
type IProbeInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IProbeInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iProbe *IProbe) UnpackInternalErrorError(raw []byte) (*IProbeInternalError, error) {
	out := new(IProbeInternalError)
	if err := iProbe.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeInvalidCalldata represents a InvalidCalldata error raised by the IProbe contract.
type IProbeInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IProbeInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iProbe *IProbe) UnpackInvalidCalldataError(raw []byte) (*IProbeInvalidCalldata, error) {
	out := new(IProbeInvalidCalldata)
	if err := iProbe.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeInvalidKey represents a InvalidKey error raised by the IProbe contract.
type IProbeInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IProbeInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iProbe *IProbe) UnpackInvalidKeyError(raw []byte) (*IProbeInvalidKey, error) {
	out := new(IProbeInvalidKey)
	if err := iProbe.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IProbe contract.
type IProbeStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IProbeStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iProbe *IProbe) UnpackStaticCallNotAllowedError(raw []byte) (*IProbeStaticCallNotAllowed, error) {
	out := new(IProbeStaticCallNotAllowed)
	if err := iProbe.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeTooLarge represents a TooLarge error raised by the IProbe contract.
type IProbeTooLarge struct {
	Value *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLarge(uint256 value, uint256 max)
func IProbeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x677fd0e3f4f83d4759a1f945b4c645d6c03436adaaeb7ec379e4cbef2765483b")
}

// UnpackTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLarge(uint256 value, uint256 max)
func (iProbe *IProbe) UnpackTooLargeError(raw []byte) (*IProbeTooLarge, error) {
	out := new(IProbeTooLarge)
	if err := iProbe.abi.UnpackIntoInterface(out, "TooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeUnknownSelector represents a UnknownSelector error raised by the IProbe contract.
type IProbeUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IProbeUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iProbe *IProbe) UnpackUnknownSelectorError(raw []byte) (*IProbeUnknownSelector, error) {
	out := new(IProbeUnknownSelector)
	if err := iProbe.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IProbeValueNotAccepted represents a ValueNotAccepted error raised by the IProbe contract.
type IProbeValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IProbeValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iProbe *IProbe) UnpackValueNotAcceptedError(raw []byte) (*IProbeValueNotAccepted, error) {
	out := new(IProbeValueNotAccepted)
	if err := iProbe.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
