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

// PrecompileCallerMetaData contains all meta data concerning the PrecompileCaller contract.
var PrecompileCallerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"callInsideStatic\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"measureCall\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"rawCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"rawCallCode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"rawDelegateCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"rawStaticCall\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"ret\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"transferVia\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "PrecompileCaller",
	Bin: "0x6080604052348015600e575f5ffd5b506107588061001c5f395ff3fe608060405260043610610071575f3560e01c806366d3fede1161004c57806366d3fede146100ef578063678335101461010257806387999ce314610115578063f012e5ed14610134575f5ffd5b806309d1463f1461007c57806311b897d7146100b25780635ff35ae7146100da575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b5061009b610096366004610512565b610147565b6040516100a9929190610561565b60405180910390f35b6100c56100c036600461059f565b6101ae565b604080519283529015156020830152016100a9565b6100ed6100e83660046105f5565b610208565b005b61009b6100fd36600461059f565b61025c565b61009b61011036600461059f565b6102c7565b348015610120575f5ffd5b5061009b61012f366004610512565b61033b565b61009b610142366004610512565b61045d565b5f6060846001600160a01b0316848460405161016492919061060c565b5f60405180830381855afa9150503d805f811461019c576040519150601f19603f3d011682016040523d82523d5f602084013e6101a1565b606091505b5090969095509350505050565b5f5f5f85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293505050505a5f5f835160208501888c5af192505a81039350505094509492505050565b60405163cd6f4eb160e01b8152600481018290526108009063cd6f4eb19034906024015f604051808303818588803b158015610242575f5ffd5b505af1158015610254573d5f5f3e3d5ffd5b505050505050565b5f6060856001600160a01b031683868660405161027a92919061060c565b5f6040518083038185875af1925050503d805f81146102b4576040519150601f19603f3d011682016040523d82523d5f602084013e6102b9565b606091505b509097909650945050505050565b5f60605f85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525084519495509384935091505060208401878b5af2925060405191503d82523d5f602084013e601f19601f3d011660208301016040525094509492505050565b5f60605f5f306001600160a01b0316306001600160a01b03166366d3fede8989895f604051602401610370949392919061061b565b60408051601f198184030181529181526020820180516001600160e01b031660e09490941b9390931790925290516103a89250610663565b5f60405180830381855afa9150503d805f81146103e0576040519150601f19603f3d011682016040523d82523d5f602084013e6103e5565b606091505b50915091508161043b5760405162461bcd60e51b815260206004820152601760248201527f6f757465722073746174696363616c6c206661696c6564000000000000000000604482015260640160405180910390fd5b8080602001905181019061044f919061068d565b909890975095505050505050565b5f6060846001600160a01b0316848460405161047a92919061060c565b5f60405180830381855af49150503d805f811461019c576040519150601f19603f3d011682016040523d82523d5f602084013e6101a1565b80356001600160a01b03811681146104c8575f5ffd5b919050565b5f5f83601f8401126104dd575f5ffd5b50813567ffffffffffffffff8111156104f4575f5ffd5b60208301915083602082850101111561050b575f5ffd5b9250929050565b5f5f5f60408486031215610524575f5ffd5b61052d846104b2565b9250602084013567ffffffffffffffff811115610548575f5ffd5b610554868287016104cd565b9497909650939450505050565b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f5f5f5f606085870312156105b2575f5ffd5b6105bb856104b2565b9350602085013567ffffffffffffffff8111156105d6575f5ffd5b6105e2878288016104cd565b9598909750949560400135949350505050565b5f60208284031215610605575f5ffd5b5035919050565b818382375f9101908152919050565b6001600160a01b03851681526060602082018190528101839052828460808301375f608084830101525f6080601f19601f860116830101905082604083015295945050505050565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561069e575f5ffd5b825180151581146106ad575f5ffd5b602084015190925067ffffffffffffffff8111156106c9575f5ffd5b8301601f810185136106d9575f5ffd5b805167ffffffffffffffff8111156106f3576106f3610679565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561072257610722610679565b604052818152828201602001871015610739575f5ffd5b8160208401602083015e5f60208383010152809350505050925092905056",
}

// PrecompileCaller is an auto generated Go binding around an Ethereum contract.
type PrecompileCaller struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PrecompileCaller) GetABI() abi.ABI {
	return c.abi
}

// NewPrecompileCaller creates a new instance of PrecompileCaller.
func NewPrecompileCaller() *PrecompileCaller {
	parsed, err := PrecompileCallerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PrecompileCaller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PrecompileCaller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCallInsideStatic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87999ce3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callInsideStatic(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) PackCallInsideStatic(target common.Address, data []byte) []byte {
	enc, err := precompileCaller.abi.Pack("callInsideStatic", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallInsideStatic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87999ce3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callInsideStatic(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) TryPackCallInsideStatic(target common.Address, data []byte) ([]byte, error) {
	return precompileCaller.abi.Pack("callInsideStatic", target, data)
}

// PrecompileCallerCallInsideStaticOutput serves as a container for the return parameters of contract
// method CallInsideStatic.
type PrecompileCallerCallInsideStaticOutput struct {
	Ok  bool
	Ret []byte
}

// UnpackCallInsideStatic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87999ce3.
//
// Solidity: function callInsideStatic(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) UnpackCallInsideStatic(data []byte) (PrecompileCallerCallInsideStaticOutput, error) {
	out, err := precompileCaller.abi.Unpack("callInsideStatic", data)
	outstruct := new(PrecompileCallerCallInsideStaticOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackMeasureCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b897d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measureCall(address target, bytes data, uint256 value) payable returns(uint256 used, bool ok)
func (precompileCaller *PrecompileCaller) PackMeasureCall(target common.Address, data []byte, value *big.Int) []byte {
	enc, err := precompileCaller.abi.Pack("measureCall", target, data, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasureCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11b897d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measureCall(address target, bytes data, uint256 value) payable returns(uint256 used, bool ok)
func (precompileCaller *PrecompileCaller) TryPackMeasureCall(target common.Address, data []byte, value *big.Int) ([]byte, error) {
	return precompileCaller.abi.Pack("measureCall", target, data, value)
}

// PrecompileCallerMeasureCallOutput serves as a container for the return parameters of contract
// method MeasureCall.
type PrecompileCallerMeasureCallOutput struct {
	Used *big.Int
	Ok   bool
}

// UnpackMeasureCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11b897d7.
//
// Solidity: function measureCall(address target, bytes data, uint256 value) payable returns(uint256 used, bool ok)
func (precompileCaller *PrecompileCaller) UnpackMeasureCall(data []byte) (PrecompileCallerMeasureCallOutput, error) {
	out, err := precompileCaller.abi.Unpack("measureCall", data)
	outstruct := new(PrecompileCallerMeasureCallOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Used = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Ok = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRawCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66d3fede.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rawCall(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) PackRawCall(target common.Address, data []byte, value *big.Int) []byte {
	enc, err := precompileCaller.abi.Pack("rawCall", target, data, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66d3fede.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rawCall(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) TryPackRawCall(target common.Address, data []byte, value *big.Int) ([]byte, error) {
	return precompileCaller.abi.Pack("rawCall", target, data, value)
}

// PrecompileCallerRawCallOutput serves as a container for the return parameters of contract
// method RawCall.
type PrecompileCallerRawCallOutput struct {
	Ok  bool
	Ret []byte
}

// UnpackRawCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66d3fede.
//
// Solidity: function rawCall(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) UnpackRawCall(data []byte) (PrecompileCallerRawCallOutput, error) {
	out, err := precompileCaller.abi.Unpack("rawCall", data)
	outstruct := new(PrecompileCallerRawCallOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackRawCallCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67833510.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rawCallCode(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) PackRawCallCode(target common.Address, data []byte, value *big.Int) []byte {
	enc, err := precompileCaller.abi.Pack("rawCallCode", target, data, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawCallCode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67833510.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rawCallCode(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) TryPackRawCallCode(target common.Address, data []byte, value *big.Int) ([]byte, error) {
	return precompileCaller.abi.Pack("rawCallCode", target, data, value)
}

// PrecompileCallerRawCallCodeOutput serves as a container for the return parameters of contract
// method RawCallCode.
type PrecompileCallerRawCallCodeOutput struct {
	Ok  bool
	Ret []byte
}

// UnpackRawCallCode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67833510.
//
// Solidity: function rawCallCode(address target, bytes data, uint256 value) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) UnpackRawCallCode(data []byte) (PrecompileCallerRawCallCodeOutput, error) {
	out, err := precompileCaller.abi.Unpack("rawCallCode", data)
	outstruct := new(PrecompileCallerRawCallCodeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackRawDelegateCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf012e5ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rawDelegateCall(address target, bytes data) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) PackRawDelegateCall(target common.Address, data []byte) []byte {
	enc, err := precompileCaller.abi.Pack("rawDelegateCall", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawDelegateCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf012e5ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rawDelegateCall(address target, bytes data) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) TryPackRawDelegateCall(target common.Address, data []byte) ([]byte, error) {
	return precompileCaller.abi.Pack("rawDelegateCall", target, data)
}

// PrecompileCallerRawDelegateCallOutput serves as a container for the return parameters of contract
// method RawDelegateCall.
type PrecompileCallerRawDelegateCallOutput struct {
	Ok  bool
	Ret []byte
}

// UnpackRawDelegateCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf012e5ed.
//
// Solidity: function rawDelegateCall(address target, bytes data) payable returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) UnpackRawDelegateCall(data []byte) (PrecompileCallerRawDelegateCallOutput, error) {
	out, err := precompileCaller.abi.Unpack("rawDelegateCall", data)
	outstruct := new(PrecompileCallerRawDelegateCallOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackRawStaticCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09d1463f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rawStaticCall(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) PackRawStaticCall(target common.Address, data []byte) []byte {
	enc, err := precompileCaller.abi.Pack("rawStaticCall", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawStaticCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09d1463f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rawStaticCall(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) TryPackRawStaticCall(target common.Address, data []byte) ([]byte, error) {
	return precompileCaller.abi.Pack("rawStaticCall", target, data)
}

// PrecompileCallerRawStaticCallOutput serves as a container for the return parameters of contract
// method RawStaticCall.
type PrecompileCallerRawStaticCallOutput struct {
	Ok  bool
	Ret []byte
}

// UnpackRawStaticCall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09d1463f.
//
// Solidity: function rawStaticCall(address target, bytes data) view returns(bool ok, bytes ret)
func (precompileCaller *PrecompileCaller) UnpackRawStaticCall(data []byte) (PrecompileCallerRawStaticCallOutput, error) {
	out, err := precompileCaller.abi.Unpack("rawStaticCall", data)
	outstruct := new(PrecompileCallerRawStaticCallOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Ret = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackTransferVia is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ff35ae7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferVia(bytes32 key) payable returns()
func (precompileCaller *PrecompileCaller) PackTransferVia(key [32]byte) []byte {
	enc, err := precompileCaller.abi.Pack("transferVia", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferVia is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ff35ae7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferVia(bytes32 key) payable returns()
func (precompileCaller *PrecompileCaller) TryPackTransferVia(key [32]byte) ([]byte, error) {
	return precompileCaller.abi.Pack("transferVia", key)
}
