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

// IAlphaMetaData contains all meta data concerning the IAlpha contract.
var IAlphaMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaInEmission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaInPool\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaIssuance\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaOutEmission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaOutPool\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaPriceRao\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCKBurn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getEMAPriceHalvingBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getFeeRate\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"limitPrice\",\"type\":\"uint64\"}],\"name\":\"getMaxAmountAdd\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"limitPrice\",\"type\":\"uint64\"}],\"name\":\"getMaxAmountRemove\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMovingAlphaPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRootNetuid\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getSubnetMechanism\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getSubnetVolume\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSumAlphaPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getTaoInEmission\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getTaoInPool\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTaoWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"}],\"name\":\"simSwapAlphaForExactTao\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"}],\"name\":\"simSwapAlphaForTao\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"}],\"name\":\"simSwapTaoForAlpha\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"}],\"name\":\"simSwapTaoForExactAlpha\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IAlpha",
}

// IAlpha is an auto generated Go binding around an Ethereum contract.
type IAlpha struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAlpha) GetABI() abi.ABI {
	return c.abi
}

// NewIAlpha creates a new instance of IAlpha.
func NewIAlpha() *IAlpha {
	parsed, err := IAlphaMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAlpha{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAlpha) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetAlphaInEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x377f604c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetAlphaInEmission(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaInEmission", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaInEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x377f604c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetAlphaInEmission(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaInEmission", netuid)
}

// UnpackGetAlphaInEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x377f604c.
//
// Solidity: function getAlphaInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetAlphaInEmission(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getAlphaInEmission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAlphaInPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ba9e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetAlphaInPool(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaInPool", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaInPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ba9e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetAlphaInPool(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaInPool", netuid)
}

// UnpackGetAlphaInPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ba9e87.
//
// Solidity: function getAlphaInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetAlphaInPool(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getAlphaInPool", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetAlphaIssuance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42980912.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaIssuance(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetAlphaIssuance(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaIssuance", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaIssuance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42980912.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaIssuance(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetAlphaIssuance(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaIssuance", netuid)
}

// UnpackGetAlphaIssuance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42980912.
//
// Solidity: function getAlphaIssuance(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetAlphaIssuance(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getAlphaIssuance", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetAlphaOutEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91bd0c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaOutEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetAlphaOutEmission(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaOutEmission", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaOutEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91bd0c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaOutEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetAlphaOutEmission(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaOutEmission", netuid)
}

// UnpackGetAlphaOutEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd91bd0c8.
//
// Solidity: function getAlphaOutEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetAlphaOutEmission(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getAlphaOutEmission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAlphaOutPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9757f56b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaOutPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetAlphaOutPool(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaOutPool", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaOutPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9757f56b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaOutPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetAlphaOutPool(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaOutPool", netuid)
}

// UnpackGetAlphaOutPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9757f56b.
//
// Solidity: function getAlphaOutPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetAlphaOutPool(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getAlphaOutPool", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e38bc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetAlphaPrice(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaPrice", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e38bc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetAlphaPrice(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaPrice", netuid)
}

// UnpackGetAlphaPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69e38bc3.
//
// Solidity: function getAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetAlphaPrice(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getAlphaPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAlphaPriceRao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13880b03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaPriceRao(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetAlphaPriceRao(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getAlphaPriceRao", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaPriceRao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13880b03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaPriceRao(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetAlphaPriceRao(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getAlphaPriceRao", netuid)
}

// UnpackGetAlphaPriceRao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13880b03.
//
// Solidity: function getAlphaPriceRao(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetAlphaPriceRao(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getAlphaPriceRao", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetCKBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05fa8b57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCKBurn() view returns(uint256)
func (iAlpha *IAlpha) PackGetCKBurn() []byte {
	enc, err := iAlpha.abi.Pack("getCKBurn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCKBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05fa8b57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCKBurn() view returns(uint256)
func (iAlpha *IAlpha) TryPackGetCKBurn() ([]byte, error) {
	return iAlpha.abi.Pack("getCKBurn")
}

// UnpackGetCKBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05fa8b57.
//
// Solidity: function getCKBurn() view returns(uint256)
func (iAlpha *IAlpha) UnpackGetCKBurn(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getCKBurn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEMAPriceHalvingBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfc160.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEMAPriceHalvingBlocks(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetEMAPriceHalvingBlocks(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getEMAPriceHalvingBlocks", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEMAPriceHalvingBlocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfc160.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEMAPriceHalvingBlocks(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetEMAPriceHalvingBlocks(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getEMAPriceHalvingBlocks", netuid)
}

// UnpackGetEMAPriceHalvingBlocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfc160.
//
// Solidity: function getEMAPriceHalvingBlocks(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetEMAPriceHalvingBlocks(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getEMAPriceHalvingBlocks", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb9d3d9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFeeRate(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) PackGetFeeRate(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getFeeRate", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFeeRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb9d3d9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFeeRate(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) TryPackGetFeeRate(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getFeeRate", netuid)
}

// UnpackGetFeeRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb9d3d9d.
//
// Solidity: function getFeeRate(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) UnpackGetFeeRate(data []byte) (uint16, error) {
	out, err := iAlpha.abi.Unpack("getFeeRate", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetMaxAmountAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e79127d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxAmountAdd(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) PackGetMaxAmountAdd(netuid uint16, limitPrice uint64) []byte {
	enc, err := iAlpha.abi.Pack("getMaxAmountAdd", netuid, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxAmountAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e79127d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxAmountAdd(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetMaxAmountAdd(netuid uint16, limitPrice uint64) ([]byte, error) {
	return iAlpha.abi.Pack("getMaxAmountAdd", netuid, limitPrice)
}

// UnpackGetMaxAmountAdd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e79127d.
//
// Solidity: function getMaxAmountAdd(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetMaxAmountAdd(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getMaxAmountAdd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetMaxAmountRemove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x209571cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxAmountRemove(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) PackGetMaxAmountRemove(netuid uint16, limitPrice uint64) []byte {
	enc, err := iAlpha.abi.Pack("getMaxAmountRemove", netuid, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxAmountRemove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x209571cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxAmountRemove(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetMaxAmountRemove(netuid uint16, limitPrice uint64) ([]byte, error) {
	return iAlpha.abi.Pack("getMaxAmountRemove", netuid, limitPrice)
}

// UnpackGetMaxAmountRemove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x209571cb.
//
// Solidity: function getMaxAmountRemove(uint16 netuid, uint64 limitPrice) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetMaxAmountRemove(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getMaxAmountRemove", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetMovingAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa86b1037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMovingAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetMovingAlphaPrice(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getMovingAlphaPrice", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMovingAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa86b1037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMovingAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetMovingAlphaPrice(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getMovingAlphaPrice", netuid)
}

// UnpackGetMovingAlphaPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa86b1037.
//
// Solidity: function getMovingAlphaPrice(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetMovingAlphaPrice(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getMovingAlphaPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRootNetuid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19f16c56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRootNetuid() view returns(uint16)
func (iAlpha *IAlpha) PackGetRootNetuid() []byte {
	enc, err := iAlpha.abi.Pack("getRootNetuid")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRootNetuid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19f16c56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRootNetuid() view returns(uint16)
func (iAlpha *IAlpha) TryPackGetRootNetuid() ([]byte, error) {
	return iAlpha.abi.Pack("getRootNetuid")
}

// UnpackGetRootNetuid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19f16c56.
//
// Solidity: function getRootNetuid() view returns(uint16)
func (iAlpha *IAlpha) UnpackGetRootNetuid(data []byte) (uint16, error) {
	out, err := iAlpha.abi.Unpack("getRootNetuid", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetSubnetMechanism is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8757c476.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetMechanism(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) PackGetSubnetMechanism(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getSubnetMechanism", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetMechanism is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8757c476.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetMechanism(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) TryPackGetSubnetMechanism(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getSubnetMechanism", netuid)
}

// UnpackGetSubnetMechanism is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8757c476.
//
// Solidity: function getSubnetMechanism(uint16 netuid) view returns(uint16)
func (iAlpha *IAlpha) UnpackGetSubnetMechanism(data []byte) (uint16, error) {
	out, err := iAlpha.abi.Unpack("getSubnetMechanism", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetSubnetVolume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77acf3aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetVolume(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetSubnetVolume(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getSubnetVolume", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetVolume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77acf3aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetVolume(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetSubnetVolume(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getSubnetVolume", netuid)
}

// UnpackGetSubnetVolume is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77acf3aa.
//
// Solidity: function getSubnetVolume(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetSubnetVolume(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getSubnetVolume", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSumAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaf7afbd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSumAlphaPrice() view returns(uint256)
func (iAlpha *IAlpha) PackGetSumAlphaPrice() []byte {
	enc, err := iAlpha.abi.Pack("getSumAlphaPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSumAlphaPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaf7afbd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSumAlphaPrice() view returns(uint256)
func (iAlpha *IAlpha) TryPackGetSumAlphaPrice() ([]byte, error) {
	return iAlpha.abi.Pack("getSumAlphaPrice")
}

// UnpackGetSumAlphaPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaaf7afbd.
//
// Solidity: function getSumAlphaPrice() view returns(uint256)
func (iAlpha *IAlpha) UnpackGetSumAlphaPrice(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getSumAlphaPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTaoInEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6064c67e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTaoInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) PackGetTaoInEmission(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getTaoInEmission", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTaoInEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6064c67e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTaoInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) TryPackGetTaoInEmission(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getTaoInEmission", netuid)
}

// UnpackGetTaoInEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6064c67e.
//
// Solidity: function getTaoInEmission(uint16 netuid) view returns(uint256)
func (iAlpha *IAlpha) UnpackGetTaoInEmission(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getTaoInEmission", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTaoInPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d9bfc71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTaoInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) PackGetTaoInPool(netuid uint16) []byte {
	enc, err := iAlpha.abi.Pack("getTaoInPool", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTaoInPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d9bfc71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTaoInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) TryPackGetTaoInPool(netuid uint16) ([]byte, error) {
	return iAlpha.abi.Pack("getTaoInPool", netuid)
}

// UnpackGetTaoInPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d9bfc71.
//
// Solidity: function getTaoInPool(uint16 netuid) view returns(uint64)
func (iAlpha *IAlpha) UnpackGetTaoInPool(data []byte) (uint64, error) {
	out, err := iAlpha.abi.Unpack("getTaoInPool", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetTaoWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b859180.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTaoWeight() view returns(uint256)
func (iAlpha *IAlpha) PackGetTaoWeight() []byte {
	enc, err := iAlpha.abi.Pack("getTaoWeight")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTaoWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b859180.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTaoWeight() view returns(uint256)
func (iAlpha *IAlpha) TryPackGetTaoWeight() ([]byte, error) {
	return iAlpha.abi.Pack("getTaoWeight")
}

// UnpackGetTaoWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b859180.
//
// Solidity: function getTaoWeight() view returns(uint256)
func (iAlpha *IAlpha) UnpackGetTaoWeight(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("getTaoWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSimSwapAlphaForExactTao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e495ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function simSwapAlphaForExactTao(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) PackSimSwapAlphaForExactTao(netuid uint16, tao uint64) []byte {
	enc, err := iAlpha.abi.Pack("simSwapAlphaForExactTao", netuid, tao)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSimSwapAlphaForExactTao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e495ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function simSwapAlphaForExactTao(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) TryPackSimSwapAlphaForExactTao(netuid uint16, tao uint64) ([]byte, error) {
	return iAlpha.abi.Pack("simSwapAlphaForExactTao", netuid, tao)
}

// UnpackSimSwapAlphaForExactTao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1e495ce.
//
// Solidity: function simSwapAlphaForExactTao(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) UnpackSimSwapAlphaForExactTao(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("simSwapAlphaForExactTao", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSimSwapAlphaForTao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4e7d28d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function simSwapAlphaForTao(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) PackSimSwapAlphaForTao(netuid uint16, alpha uint64) []byte {
	enc, err := iAlpha.abi.Pack("simSwapAlphaForTao", netuid, alpha)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSimSwapAlphaForTao is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4e7d28d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function simSwapAlphaForTao(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) TryPackSimSwapAlphaForTao(netuid uint16, alpha uint64) ([]byte, error) {
	return iAlpha.abi.Pack("simSwapAlphaForTao", netuid, alpha)
}

// UnpackSimSwapAlphaForTao is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4e7d28d.
//
// Solidity: function simSwapAlphaForTao(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) UnpackSimSwapAlphaForTao(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("simSwapAlphaForTao", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSimSwapTaoForAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27c3f0fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function simSwapTaoForAlpha(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) PackSimSwapTaoForAlpha(netuid uint16, tao uint64) []byte {
	enc, err := iAlpha.abi.Pack("simSwapTaoForAlpha", netuid, tao)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSimSwapTaoForAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27c3f0fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function simSwapTaoForAlpha(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) TryPackSimSwapTaoForAlpha(netuid uint16, tao uint64) ([]byte, error) {
	return iAlpha.abi.Pack("simSwapTaoForAlpha", netuid, tao)
}

// UnpackSimSwapTaoForAlpha is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27c3f0fb.
//
// Solidity: function simSwapTaoForAlpha(uint16 netuid, uint64 tao) view returns(uint256)
func (iAlpha *IAlpha) UnpackSimSwapTaoForAlpha(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("simSwapTaoForAlpha", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSimSwapTaoForExactAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a83c6eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function simSwapTaoForExactAlpha(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) PackSimSwapTaoForExactAlpha(netuid uint16, alpha uint64) []byte {
	enc, err := iAlpha.abi.Pack("simSwapTaoForExactAlpha", netuid, alpha)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSimSwapTaoForExactAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a83c6eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function simSwapTaoForExactAlpha(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) TryPackSimSwapTaoForExactAlpha(netuid uint16, alpha uint64) ([]byte, error) {
	return iAlpha.abi.Pack("simSwapTaoForExactAlpha", netuid, alpha)
}

// UnpackSimSwapTaoForExactAlpha is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a83c6eb.
//
// Solidity: function simSwapTaoForExactAlpha(uint16 netuid, uint64 alpha) view returns(uint256)
func (iAlpha *IAlpha) UnpackSimSwapTaoForExactAlpha(data []byte) (*big.Int, error) {
	out, err := iAlpha.abi.Unpack("simSwapTaoForExactAlpha", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iAlpha *IAlpha) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iAlpha.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iAlpha.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iAlpha.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iAlpha.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iAlpha.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iAlpha.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iAlpha.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iAlpha.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iAlpha.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iAlpha.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iAlpha.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iAlpha.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iAlpha.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iAlpha.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iAlpha.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iAlpha.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iAlpha.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iAlpha.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iAlpha.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iAlpha.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iAlpha.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAlpha.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iAlpha.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IAlphaAmountOverflow represents a AmountOverflow error raised by the IAlpha contract.
type IAlphaAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func IAlphaAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iAlpha *IAlpha) UnpackAmountOverflowError(raw []byte) (*IAlphaAmountOverflow, error) {
	out := new(IAlphaAmountOverflow)
	if err := iAlpha.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IAlpha contract.
type IAlphaDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IAlphaDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iAlpha *IAlpha) UnpackDelegateCallNotAllowedError(raw []byte) (*IAlphaDelegateCallNotAllowed, error) {
	out := new(IAlphaDelegateCallNotAllowed)
	if err := iAlpha.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaHotkeyNotFound represents a HotkeyNotFound error raised by the IAlpha contract.
type IAlphaHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func IAlphaHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iAlpha *IAlpha) UnpackHotkeyNotFoundError(raw []byte) (*IAlphaHotkeyNotFound, error) {
	out := new(IAlphaHotkeyNotFound)
	if err := iAlpha.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the IAlpha contract.
type IAlphaHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func IAlphaHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iAlpha *IAlpha) UnpackHotkeyNotRegisteredError(raw []byte) (*IAlphaHotkeyNotRegistered, error) {
	out := new(IAlphaHotkeyNotRegistered)
	if err := iAlpha.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaInputTooLarge represents a InputTooLarge error raised by the IAlpha contract.
type IAlphaInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func IAlphaInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iAlpha *IAlpha) UnpackInputTooLargeError(raw []byte) (*IAlphaInputTooLarge, error) {
	out := new(IAlphaInputTooLarge)
	if err := iAlpha.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaInsufficientBalance represents a InsufficientBalance error raised by the IAlpha contract.
type IAlphaInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func IAlphaInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iAlpha *IAlpha) UnpackInsufficientBalanceError(raw []byte) (*IAlphaInsufficientBalance, error) {
	out := new(IAlphaInsufficientBalance)
	if err := iAlpha.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaInternalError represents a InternalError error raised by the IAlpha contract.
type IAlphaInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IAlphaInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iAlpha *IAlpha) UnpackInternalErrorError(raw []byte) (*IAlphaInternalError, error) {
	out := new(IAlphaInternalError)
	if err := iAlpha.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaInvalidCalldata represents a InvalidCalldata error raised by the IAlpha contract.
type IAlphaInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IAlphaInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iAlpha *IAlpha) UnpackInvalidCalldataError(raw []byte) (*IAlphaInvalidCalldata, error) {
	out := new(IAlphaInvalidCalldata)
	if err := iAlpha.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaInvalidKey represents a InvalidKey error raised by the IAlpha contract.
type IAlphaInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IAlphaInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iAlpha *IAlpha) UnpackInvalidKeyError(raw []byte) (*IAlphaInvalidKey, error) {
	out := new(IAlphaInvalidKey)
	if err := iAlpha.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaNotHotkeyOwner represents a NotHotkeyOwner error raised by the IAlpha contract.
type IAlphaNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func IAlphaNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iAlpha *IAlpha) UnpackNotHotkeyOwnerError(raw []byte) (*IAlphaNotHotkeyOwner, error) {
	out := new(IAlphaNotHotkeyOwner)
	if err := iAlpha.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaNotSubnetOwner represents a NotSubnetOwner error raised by the IAlpha contract.
type IAlphaNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func IAlphaNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iAlpha *IAlpha) UnpackNotSubnetOwnerError(raw []byte) (*IAlphaNotSubnetOwner, error) {
	out := new(IAlphaNotSubnetOwner)
	if err := iAlpha.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaNotSupported represents a NotSupported error raised by the IAlpha contract.
type IAlphaNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func IAlphaNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iAlpha *IAlpha) UnpackNotSupportedError(raw []byte) (*IAlphaNotSupported, error) {
	out := new(IAlphaNotSupported)
	if err := iAlpha.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaPriceLimitExceeded represents a PriceLimitExceeded error raised by the IAlpha contract.
type IAlphaPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func IAlphaPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iAlpha *IAlpha) UnpackPriceLimitExceededError(raw []byte) (*IAlphaPriceLimitExceeded, error) {
	out := new(IAlphaPriceLimitExceeded)
	if err := iAlpha.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaRateLimited represents a RateLimited error raised by the IAlpha contract.
type IAlphaRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func IAlphaRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iAlpha *IAlpha) UnpackRateLimitedError(raw []byte) (*IAlphaRateLimited, error) {
	out := new(IAlphaRateLimited)
	if err := iAlpha.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaReserveTooLow represents a ReserveTooLow error raised by the IAlpha contract.
type IAlphaReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func IAlphaReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iAlpha *IAlpha) UnpackReserveTooLowError(raw []byte) (*IAlphaReserveTooLow, error) {
	out := new(IAlphaReserveTooLow)
	if err := iAlpha.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaSlippageExceeded represents a SlippageExceeded error raised by the IAlpha contract.
type IAlphaSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func IAlphaSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iAlpha *IAlpha) UnpackSlippageExceededError(raw []byte) (*IAlphaSlippageExceeded, error) {
	out := new(IAlphaSlippageExceeded)
	if err := iAlpha.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IAlpha contract.
type IAlphaStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IAlphaStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iAlpha *IAlpha) UnpackStaticCallNotAllowedError(raw []byte) (*IAlphaStaticCallNotAllowed, error) {
	out := new(IAlphaStaticCallNotAllowed)
	if err := iAlpha.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaSubnetNotFound represents a SubnetNotFound error raised by the IAlpha contract.
type IAlphaSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func IAlphaSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iAlpha *IAlpha) UnpackSubnetNotFoundError(raw []byte) (*IAlphaSubnetNotFound, error) {
	out := new(IAlphaSubnetNotFound)
	if err := iAlpha.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaUnknownSelector represents a UnknownSelector error raised by the IAlpha contract.
type IAlphaUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IAlphaUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iAlpha *IAlpha) UnpackUnknownSelectorError(raw []byte) (*IAlphaUnknownSelector, error) {
	out := new(IAlphaUnknownSelector)
	if err := iAlpha.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaUnknownUid represents a UnknownUid error raised by the IAlpha contract.
type IAlphaUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func IAlphaUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iAlpha *IAlpha) UnpackUnknownUidError(raw []byte) (*IAlphaUnknownUid, error) {
	out := new(IAlphaUnknownUid)
	if err := iAlpha.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaValueNotAccepted represents a ValueNotAccepted error raised by the IAlpha contract.
type IAlphaValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IAlphaValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iAlpha *IAlpha) UnpackValueNotAcceptedError(raw []byte) (*IAlphaValueNotAccepted, error) {
	out := new(IAlphaValueNotAccepted)
	if err := iAlpha.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAlphaValueOutOfBounds represents a ValueOutOfBounds error raised by the IAlpha contract.
type IAlphaValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func IAlphaValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iAlpha *IAlpha) UnpackValueOutOfBoundsError(raw []byte) (*IAlphaValueOutOfBounds, error) {
	out := new(IAlphaValueOutOfBounds)
	if err := iAlpha.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
