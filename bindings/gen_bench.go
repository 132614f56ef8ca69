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

// BenchMetaData contains all meta data concerning the Bench contract.
var BenchMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rounds\",\"type\":\"uint256\"}],\"name\":\"compute\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Bench",
	Bin: "0x6080604052348015600e575f5ffd5b5060d580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c80635ed86d5c14602a575b5f5ffd5b6039603536600460bf565b604b565b60405190815260200160405180910390f35b5f679e3779b97f4a7c15815b8381101560b8576040805160208101859052675851f42d4c957f2d939093026714057b7ef767814f01601181901c18908301819052606083018290529160800160408051601f19818403018152919052805160209091012092506001016057565b5050919050565b5f6020828403121560ce575f5ffd5b503591905056",
}

// Bench is an auto generated Go binding around an Ethereum contract.
type Bench struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bench) GetABI() abi.ABI {
	return c.abi
}

// NewBench creates a new instance of Bench.
func NewBench() *Bench {
	parsed, err := BenchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bench{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bench) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed86d5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(uint256 rounds) pure returns(bytes32 acc)
func (bench *Bench) PackCompute(rounds *big.Int) []byte {
	enc, err := bench.abi.Pack("compute", rounds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed86d5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(uint256 rounds) pure returns(bytes32 acc)
func (bench *Bench) TryPackCompute(rounds *big.Int) ([]byte, error) {
	return bench.abi.Pack("compute", rounds)
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ed86d5c.
//
// Solidity: function compute(uint256 rounds) pure returns(bytes32 acc)
func (bench *Bench) UnpackCompute(data []byte) ([32]byte, error) {
	out, err := bench.abi.Unpack("compute", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
