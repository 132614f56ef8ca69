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
	Bin: "0x6080604052348015600e575f5ffd5b506101338061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80635ed86d5c1461002d575b5f5ffd5b61004061003b3660046100d8565b610052565b60405190815260200160405180910390f35b5f679e3779b97f4a7c15815b838110156100d15761007882675851f42d4c957f2d610103565b61008a906714057b7ef767814f610120565b6040805160208101869052601183901c90921890820181905260608201839052925060800160408051601f198184030181529190528051602090910120925060010161005e565b5050919050565b5f602082840312156100e8575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761011a5761011a6100ef565b92915050565b8082018082111561011a5761011a6100ef56",
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
