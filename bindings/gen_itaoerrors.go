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

// ITaoErrorsMetaData contains all meta data concerning the ITaoErrors contract.
var ITaoErrorsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"}]",
	ID:  "ITaoErrors",
}

// ITaoErrors is an auto generated Go binding around an Ethereum contract.
type ITaoErrors struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ITaoErrors) GetABI() abi.ABI {
	return c.abi
}

// NewITaoErrors creates a new instance of ITaoErrors.
func NewITaoErrors() *ITaoErrors {
	parsed, err := ITaoErrorsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ITaoErrors{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ITaoErrors) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iTaoErrors *ITaoErrors) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iTaoErrors.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iTaoErrors.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ITaoErrorsAmountOverflow represents a AmountOverflow error raised by the ITaoErrors contract.
type ITaoErrorsAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func ITaoErrorsAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iTaoErrors *ITaoErrors) UnpackAmountOverflowError(raw []byte) (*ITaoErrorsAmountOverflow, error) {
	out := new(ITaoErrorsAmountOverflow)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the ITaoErrors contract.
type ITaoErrorsDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func ITaoErrorsDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iTaoErrors *ITaoErrors) UnpackDelegateCallNotAllowedError(raw []byte) (*ITaoErrorsDelegateCallNotAllowed, error) {
	out := new(ITaoErrorsDelegateCallNotAllowed)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsHotkeyNotFound represents a HotkeyNotFound error raised by the ITaoErrors contract.
type ITaoErrorsHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func ITaoErrorsHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iTaoErrors *ITaoErrors) UnpackHotkeyNotFoundError(raw []byte) (*ITaoErrorsHotkeyNotFound, error) {
	out := new(ITaoErrorsHotkeyNotFound)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the ITaoErrors contract.
type ITaoErrorsHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func ITaoErrorsHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iTaoErrors *ITaoErrors) UnpackHotkeyNotRegisteredError(raw []byte) (*ITaoErrorsHotkeyNotRegistered, error) {
	out := new(ITaoErrorsHotkeyNotRegistered)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsInputTooLarge represents a InputTooLarge error raised by the ITaoErrors contract.
type ITaoErrorsInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func ITaoErrorsInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iTaoErrors *ITaoErrors) UnpackInputTooLargeError(raw []byte) (*ITaoErrorsInputTooLarge, error) {
	out := new(ITaoErrorsInputTooLarge)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsInsufficientBalance represents a InsufficientBalance error raised by the ITaoErrors contract.
type ITaoErrorsInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func ITaoErrorsInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iTaoErrors *ITaoErrors) UnpackInsufficientBalanceError(raw []byte) (*ITaoErrorsInsufficientBalance, error) {
	out := new(ITaoErrorsInsufficientBalance)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsInternalError represents a InternalError error raised by the ITaoErrors contract.
type ITaoErrorsInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func ITaoErrorsInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iTaoErrors *ITaoErrors) UnpackInternalErrorError(raw []byte) (*ITaoErrorsInternalError, error) {
	out := new(ITaoErrorsInternalError)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsInvalidCalldata represents a InvalidCalldata error raised by the ITaoErrors contract.
type ITaoErrorsInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func ITaoErrorsInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iTaoErrors *ITaoErrors) UnpackInvalidCalldataError(raw []byte) (*ITaoErrorsInvalidCalldata, error) {
	out := new(ITaoErrorsInvalidCalldata)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsInvalidKey represents a InvalidKey error raised by the ITaoErrors contract.
type ITaoErrorsInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func ITaoErrorsInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iTaoErrors *ITaoErrors) UnpackInvalidKeyError(raw []byte) (*ITaoErrorsInvalidKey, error) {
	out := new(ITaoErrorsInvalidKey)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsNotHotkeyOwner represents a NotHotkeyOwner error raised by the ITaoErrors contract.
type ITaoErrorsNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func ITaoErrorsNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iTaoErrors *ITaoErrors) UnpackNotHotkeyOwnerError(raw []byte) (*ITaoErrorsNotHotkeyOwner, error) {
	out := new(ITaoErrorsNotHotkeyOwner)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsNotSubnetOwner represents a NotSubnetOwner error raised by the ITaoErrors contract.
type ITaoErrorsNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func ITaoErrorsNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iTaoErrors *ITaoErrors) UnpackNotSubnetOwnerError(raw []byte) (*ITaoErrorsNotSubnetOwner, error) {
	out := new(ITaoErrorsNotSubnetOwner)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsNotSupported represents a NotSupported error raised by the ITaoErrors contract.
type ITaoErrorsNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func ITaoErrorsNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iTaoErrors *ITaoErrors) UnpackNotSupportedError(raw []byte) (*ITaoErrorsNotSupported, error) {
	out := new(ITaoErrorsNotSupported)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsPriceLimitExceeded represents a PriceLimitExceeded error raised by the ITaoErrors contract.
type ITaoErrorsPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func ITaoErrorsPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iTaoErrors *ITaoErrors) UnpackPriceLimitExceededError(raw []byte) (*ITaoErrorsPriceLimitExceeded, error) {
	out := new(ITaoErrorsPriceLimitExceeded)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsRateLimited represents a RateLimited error raised by the ITaoErrors contract.
type ITaoErrorsRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func ITaoErrorsRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iTaoErrors *ITaoErrors) UnpackRateLimitedError(raw []byte) (*ITaoErrorsRateLimited, error) {
	out := new(ITaoErrorsRateLimited)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsReserveTooLow represents a ReserveTooLow error raised by the ITaoErrors contract.
type ITaoErrorsReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func ITaoErrorsReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iTaoErrors *ITaoErrors) UnpackReserveTooLowError(raw []byte) (*ITaoErrorsReserveTooLow, error) {
	out := new(ITaoErrorsReserveTooLow)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsSlippageExceeded represents a SlippageExceeded error raised by the ITaoErrors contract.
type ITaoErrorsSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func ITaoErrorsSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iTaoErrors *ITaoErrors) UnpackSlippageExceededError(raw []byte) (*ITaoErrorsSlippageExceeded, error) {
	out := new(ITaoErrorsSlippageExceeded)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the ITaoErrors contract.
type ITaoErrorsStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func ITaoErrorsStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iTaoErrors *ITaoErrors) UnpackStaticCallNotAllowedError(raw []byte) (*ITaoErrorsStaticCallNotAllowed, error) {
	out := new(ITaoErrorsStaticCallNotAllowed)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsSubnetNotFound represents a SubnetNotFound error raised by the ITaoErrors contract.
type ITaoErrorsSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func ITaoErrorsSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iTaoErrors *ITaoErrors) UnpackSubnetNotFoundError(raw []byte) (*ITaoErrorsSubnetNotFound, error) {
	out := new(ITaoErrorsSubnetNotFound)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsUnknownSelector represents a UnknownSelector error raised by the ITaoErrors contract.
type ITaoErrorsUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func ITaoErrorsUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iTaoErrors *ITaoErrors) UnpackUnknownSelectorError(raw []byte) (*ITaoErrorsUnknownSelector, error) {
	out := new(ITaoErrorsUnknownSelector)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsUnknownUid represents a UnknownUid error raised by the ITaoErrors contract.
type ITaoErrorsUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func ITaoErrorsUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iTaoErrors *ITaoErrors) UnpackUnknownUidError(raw []byte) (*ITaoErrorsUnknownUid, error) {
	out := new(ITaoErrorsUnknownUid)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsValueNotAccepted represents a ValueNotAccepted error raised by the ITaoErrors contract.
type ITaoErrorsValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func ITaoErrorsValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iTaoErrors *ITaoErrors) UnpackValueNotAcceptedError(raw []byte) (*ITaoErrorsValueNotAccepted, error) {
	out := new(ITaoErrorsValueNotAccepted)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ITaoErrorsValueOutOfBounds represents a ValueOutOfBounds error raised by the ITaoErrors contract.
type ITaoErrorsValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func ITaoErrorsValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iTaoErrors *ITaoErrors) UnpackValueOutOfBoundsError(raw []byte) (*ITaoErrorsValueOutOfBounds, error) {
	out := new(ITaoErrorsValueOutOfBounds)
	if err := iTaoErrors.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
