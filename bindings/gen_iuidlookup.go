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

// IUidLookupLookupItem is an auto generated low-level Go binding around an user-defined struct.
type IUidLookupLookupItem struct {
	Uid             uint16
	BlockAssociated uint64
}

// IUidLookupMetaData contains all meta data concerning the IUidLookup contract.
var IUidLookupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"evmAddress\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"limit\",\"type\":\"uint16\"}],\"name\":\"uidLookup\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"blockAssociated\",\"type\":\"uint64\"}],\"internalType\":\"structIUidLookup.LookupItem[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IUidLookup",
}

// IUidLookup is an auto generated Go binding around an Ethereum contract.
type IUidLookup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IUidLookup) GetABI() abi.ABI {
	return c.abi
}

// NewIUidLookup creates a new instance of IUidLookup.
func NewIUidLookup() *IUidLookup {
	parsed, err := IUidLookupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IUidLookup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IUidLookup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUidLookup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1f789ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uidLookup(uint16 netuid, address evmAddress, uint16 limit) view returns((uint16,uint64)[])
func (iUidLookup *IUidLookup) PackUidLookup(netuid uint16, evmAddress common.Address, limit uint16) []byte {
	enc, err := iUidLookup.abi.Pack("uidLookup", netuid, evmAddress, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUidLookup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1f789ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uidLookup(uint16 netuid, address evmAddress, uint16 limit) view returns((uint16,uint64)[])
func (iUidLookup *IUidLookup) TryPackUidLookup(netuid uint16, evmAddress common.Address, limit uint16) ([]byte, error) {
	return iUidLookup.abi.Pack("uidLookup", netuid, evmAddress, limit)
}

// UnpackUidLookup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1f789ef.
//
// Solidity: function uidLookup(uint16 netuid, address evmAddress, uint16 limit) view returns((uint16,uint64)[])
func (iUidLookup *IUidLookup) UnpackUidLookup(data []byte) ([]IUidLookupLookupItem, error) {
	out, err := iUidLookup.abi.Unpack("uidLookup", data)
	if err != nil {
		return *new([]IUidLookupLookupItem), err
	}
	out0 := *abi.ConvertType(out[0], new([]IUidLookupLookupItem)).(*[]IUidLookupLookupItem)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iUidLookup *IUidLookup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iUidLookup.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iUidLookup.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IUidLookupAmountOverflow represents a AmountOverflow error raised by the IUidLookup contract.
type IUidLookupAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func IUidLookupAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iUidLookup *IUidLookup) UnpackAmountOverflowError(raw []byte) (*IUidLookupAmountOverflow, error) {
	out := new(IUidLookupAmountOverflow)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IUidLookup contract.
type IUidLookupDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IUidLookupDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iUidLookup *IUidLookup) UnpackDelegateCallNotAllowedError(raw []byte) (*IUidLookupDelegateCallNotAllowed, error) {
	out := new(IUidLookupDelegateCallNotAllowed)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupHotkeyNotFound represents a HotkeyNotFound error raised by the IUidLookup contract.
type IUidLookupHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func IUidLookupHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iUidLookup *IUidLookup) UnpackHotkeyNotFoundError(raw []byte) (*IUidLookupHotkeyNotFound, error) {
	out := new(IUidLookupHotkeyNotFound)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the IUidLookup contract.
type IUidLookupHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func IUidLookupHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iUidLookup *IUidLookup) UnpackHotkeyNotRegisteredError(raw []byte) (*IUidLookupHotkeyNotRegistered, error) {
	out := new(IUidLookupHotkeyNotRegistered)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupInputTooLarge represents a InputTooLarge error raised by the IUidLookup contract.
type IUidLookupInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func IUidLookupInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iUidLookup *IUidLookup) UnpackInputTooLargeError(raw []byte) (*IUidLookupInputTooLarge, error) {
	out := new(IUidLookupInputTooLarge)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupInsufficientBalance represents a InsufficientBalance error raised by the IUidLookup contract.
type IUidLookupInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func IUidLookupInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iUidLookup *IUidLookup) UnpackInsufficientBalanceError(raw []byte) (*IUidLookupInsufficientBalance, error) {
	out := new(IUidLookupInsufficientBalance)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupInternalError represents a InternalError error raised by the IUidLookup contract.
type IUidLookupInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IUidLookupInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iUidLookup *IUidLookup) UnpackInternalErrorError(raw []byte) (*IUidLookupInternalError, error) {
	out := new(IUidLookupInternalError)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupInvalidCalldata represents a InvalidCalldata error raised by the IUidLookup contract.
type IUidLookupInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IUidLookupInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iUidLookup *IUidLookup) UnpackInvalidCalldataError(raw []byte) (*IUidLookupInvalidCalldata, error) {
	out := new(IUidLookupInvalidCalldata)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupInvalidKey represents a InvalidKey error raised by the IUidLookup contract.
type IUidLookupInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IUidLookupInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iUidLookup *IUidLookup) UnpackInvalidKeyError(raw []byte) (*IUidLookupInvalidKey, error) {
	out := new(IUidLookupInvalidKey)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupNotHotkeyOwner represents a NotHotkeyOwner error raised by the IUidLookup contract.
type IUidLookupNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func IUidLookupNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iUidLookup *IUidLookup) UnpackNotHotkeyOwnerError(raw []byte) (*IUidLookupNotHotkeyOwner, error) {
	out := new(IUidLookupNotHotkeyOwner)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupNotSubnetOwner represents a NotSubnetOwner error raised by the IUidLookup contract.
type IUidLookupNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func IUidLookupNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iUidLookup *IUidLookup) UnpackNotSubnetOwnerError(raw []byte) (*IUidLookupNotSubnetOwner, error) {
	out := new(IUidLookupNotSubnetOwner)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupNotSupported represents a NotSupported error raised by the IUidLookup contract.
type IUidLookupNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func IUidLookupNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iUidLookup *IUidLookup) UnpackNotSupportedError(raw []byte) (*IUidLookupNotSupported, error) {
	out := new(IUidLookupNotSupported)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupPriceLimitExceeded represents a PriceLimitExceeded error raised by the IUidLookup contract.
type IUidLookupPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func IUidLookupPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iUidLookup *IUidLookup) UnpackPriceLimitExceededError(raw []byte) (*IUidLookupPriceLimitExceeded, error) {
	out := new(IUidLookupPriceLimitExceeded)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupRateLimited represents a RateLimited error raised by the IUidLookup contract.
type IUidLookupRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func IUidLookupRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iUidLookup *IUidLookup) UnpackRateLimitedError(raw []byte) (*IUidLookupRateLimited, error) {
	out := new(IUidLookupRateLimited)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupReserveTooLow represents a ReserveTooLow error raised by the IUidLookup contract.
type IUidLookupReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func IUidLookupReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iUidLookup *IUidLookup) UnpackReserveTooLowError(raw []byte) (*IUidLookupReserveTooLow, error) {
	out := new(IUidLookupReserveTooLow)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupSlippageExceeded represents a SlippageExceeded error raised by the IUidLookup contract.
type IUidLookupSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func IUidLookupSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iUidLookup *IUidLookup) UnpackSlippageExceededError(raw []byte) (*IUidLookupSlippageExceeded, error) {
	out := new(IUidLookupSlippageExceeded)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IUidLookup contract.
type IUidLookupStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IUidLookupStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iUidLookup *IUidLookup) UnpackStaticCallNotAllowedError(raw []byte) (*IUidLookupStaticCallNotAllowed, error) {
	out := new(IUidLookupStaticCallNotAllowed)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupSubnetNotFound represents a SubnetNotFound error raised by the IUidLookup contract.
type IUidLookupSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func IUidLookupSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iUidLookup *IUidLookup) UnpackSubnetNotFoundError(raw []byte) (*IUidLookupSubnetNotFound, error) {
	out := new(IUidLookupSubnetNotFound)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupUnknownSelector represents a UnknownSelector error raised by the IUidLookup contract.
type IUidLookupUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IUidLookupUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iUidLookup *IUidLookup) UnpackUnknownSelectorError(raw []byte) (*IUidLookupUnknownSelector, error) {
	out := new(IUidLookupUnknownSelector)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupUnknownUid represents a UnknownUid error raised by the IUidLookup contract.
type IUidLookupUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func IUidLookupUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iUidLookup *IUidLookup) UnpackUnknownUidError(raw []byte) (*IUidLookupUnknownUid, error) {
	out := new(IUidLookupUnknownUid)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupValueNotAccepted represents a ValueNotAccepted error raised by the IUidLookup contract.
type IUidLookupValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IUidLookupValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iUidLookup *IUidLookup) UnpackValueNotAcceptedError(raw []byte) (*IUidLookupValueNotAccepted, error) {
	out := new(IUidLookupValueNotAccepted)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IUidLookupValueOutOfBounds represents a ValueOutOfBounds error raised by the IUidLookup contract.
type IUidLookupValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func IUidLookupValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iUidLookup *IUidLookup) UnpackValueOutOfBoundsError(raw []byte) (*IUidLookupValueOutOfBounds, error) {
	out := new(IUidLookupValueOutOfBounds)
	if err := iUidLookup.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
