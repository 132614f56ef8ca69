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

// StorageLayoutMetaData contains all meta data concerning the StorageLayout contract.
var StorageLayoutMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"byAddress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"byUint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"nested\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"u\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"k\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "StorageLayout",
	Bin: "0x6080604052348015600e575f5ffd5b506101f08061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806398abc3671461004e578063ad9274be1461007f578063daa95213146100d0578063e0abf84e146100fa575b5f5ffd5b61006d61005c366004610134565b5f6020819052908152604090205481565b60405190815260200160405180910390f35b6100ce61008d366004610165565b6001600160a01b039094165f90815260208181526040808320879055948252600181528482208690559281526002835283812061ffff909216815291522055565b005b61006d6100de3660046101af565b600260209081525f928352604080842090915290825290205481565b61006d6101083660046101d9565b60016020525f908152604090205481565b80356001600160a01b038116811461012f575f5ffd5b919050565b5f60208284031215610144575f5ffd5b61014d82610119565b9392505050565b803561ffff8116811461012f575f5ffd5b5f5f5f5f5f60a08688031215610179575f5ffd5b61018286610119565b9450602086013593506040860135925061019e60608701610154565b949793965091946080013592915050565b5f5f604083850312156101c0575f5ffd5b823591506101d060208401610154565b90509250929050565b5f602082840312156101e9575f5ffd5b503591905056",
}

// StorageLayout is an auto generated Go binding around an Ethereum contract.
type StorageLayout struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StorageLayout) GetABI() abi.ABI {
	return c.abi
}

// NewStorageLayout creates a new instance of StorageLayout.
func NewStorageLayout() *StorageLayout {
	parsed, err := StorageLayoutMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StorageLayout{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StorageLayout) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackByAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98abc367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function byAddress(address ) view returns(uint256)
func (storageLayout *StorageLayout) PackByAddress(arg0 common.Address) []byte {
	enc, err := storageLayout.abi.Pack("byAddress", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackByAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98abc367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function byAddress(address ) view returns(uint256)
func (storageLayout *StorageLayout) TryPackByAddress(arg0 common.Address) ([]byte, error) {
	return storageLayout.abi.Pack("byAddress", arg0)
}

// UnpackByAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98abc367.
//
// Solidity: function byAddress(address ) view returns(uint256)
func (storageLayout *StorageLayout) UnpackByAddress(data []byte) (*big.Int, error) {
	out, err := storageLayout.abi.Unpack("byAddress", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackByUint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0abf84e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function byUint(uint256 ) view returns(uint256)
func (storageLayout *StorageLayout) PackByUint(arg0 *big.Int) []byte {
	enc, err := storageLayout.abi.Pack("byUint", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackByUint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0abf84e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function byUint(uint256 ) view returns(uint256)
func (storageLayout *StorageLayout) TryPackByUint(arg0 *big.Int) ([]byte, error) {
	return storageLayout.abi.Pack("byUint", arg0)
}

// UnpackByUint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0abf84e.
//
// Solidity: function byUint(uint256 ) view returns(uint256)
func (storageLayout *StorageLayout) UnpackByUint(data []byte) (*big.Int, error) {
	out, err := storageLayout.abi.Unpack("byUint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa95213.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nested(bytes32 , uint16 ) view returns(uint256)
func (storageLayout *StorageLayout) PackNested(arg0 [32]byte, arg1 uint16) []byte {
	enc, err := storageLayout.abi.Pack("nested", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdaa95213.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nested(bytes32 , uint16 ) view returns(uint256)
func (storageLayout *StorageLayout) TryPackNested(arg0 [32]byte, arg1 uint16) ([]byte, error) {
	return storageLayout.abi.Pack("nested", arg0, arg1)
}

// UnpackNested is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdaa95213.
//
// Solidity: function nested(bytes32 , uint16 ) view returns(uint256)
func (storageLayout *StorageLayout) UnpackNested(data []byte) (*big.Int, error) {
	out, err := storageLayout.abi.Unpack("nested", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9274be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function set(address a, uint256 u, bytes32 k, uint16 n, uint256 value) returns()
func (storageLayout *StorageLayout) PackSet(a common.Address, u *big.Int, k [32]byte, n uint16, value *big.Int) []byte {
	enc, err := storageLayout.abi.Pack("set", a, u, k, n, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9274be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function set(address a, uint256 u, bytes32 k, uint16 n, uint256 value) returns()
func (storageLayout *StorageLayout) TryPackSet(a common.Address, u *big.Int, k [32]byte, n uint16, value *big.Int) ([]byte, error) {
	return storageLayout.abi.Pack("set", a, u, k, n, value)
}
