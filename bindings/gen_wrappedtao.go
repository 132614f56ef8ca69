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

// WrappedTAOMetaData contains all meta data concerning the WrappedTAO contract.
var WrappedTAOMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC20ZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"NativeTransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Withdrawal\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "WrappedTAO",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600b81526020016a577261707065642054414f60a81b815250604051806040016040528060048152602001635754414f60e01b815250815f908161005f9190610117565b50600161006c8282610117565b5050506101d5565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009c57607f821691505b6020821081036100ba57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610112578282111561011257805f5260205f20601f840160051c60208510156100eb57505f5b90810190601f840160051c035f5b8181101561010e575f838201556001016100f9565b5050505b505050565b81516001600160401b0381111561013057610130610074565b6101448161013e8454610088565b846100c0565b6020601f821160018114610176575f831561015f5750848201515b5f19600385901b1c1916600184901b1784556101ce565b5f84815260208120601f198516915b828110156101a55787850151825560209485019460019092019101610185565b50848210156101c257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6108f6806101e25f395ff3fe60806040526004361061009d575f3560e01c8063313ce56711610062578063313ce5671461016a57806370a082311461018557806395d89b41146101b0578063a9059cbb146101c4578063d0e30db0146101e3578063dd62ed3e146101eb575f5ffd5b806306fdde03146100b0578063095ea7b3146100da57806318160ddd1461010957806323b872dd1461012c5780632e1a7d4d1461014b575f5ffd5b366100ac576100aa610221565b005b5f5ffd5b3480156100bb575f5ffd5b506100c4610262565b6040516100d19190610785565b60405180910390f35b3480156100e5575f5ffd5b506100f96100f43660046107d5565b6102ed565b60405190151581526020016100d1565b348015610114575f5ffd5b5061011e60025481565b6040519081526020016100d1565b348015610137575f5ffd5b506100f96101463660046107fd565b610379565b348015610156575f5ffd5b506100aa610165366004610837565b61039a565b348015610175575f5ffd5b50604051601281526020016100d1565b348015610190575f5ffd5b5061011e61019f36600461084e565b60036020525f908152604090205481565b3480156101bb575f5ffd5b506100c4610451565b3480156101cf575f5ffd5b506100f96101de3660046107d5565b61045e565b6100aa610221565b3480156101f6575f5ffd5b5061011e61020536600461086e565b600460209081525f928352604080842090915290825290205481565b61022b3334610473565b60405134815233907fe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c9060200160405180910390a2565b5f805461026e9061089f565b80601f016020809104026020016040519081016040528092919081815260200182805461029a9061089f565b80156102e55780601f106102bc576101008083540402835291602001916102e5565b820191905f5260205f20905b8154815290600101906020018083116102c857829003601f168201915b505050505081565b5f6001600160a01b03831661031557604051636e8ab17b60e11b815260040160405180910390fd5b335f8181526004602090815260408083206001600160a01b03881680855290835292819020869055518581529192917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a35060015b92915050565b5f610385843384610520565b6103908484846105b7565b5060019392505050565b6103a433826106d4565b60405181815233907f7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b659060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610418576040519150601f19603f3d011682016040523d82523d5f602084013e61041d565b606091505b505090508061044d5760405163296c17bb60e21b8152336004820152602481018390526044015b60405180910390fd5b5050565b6001805461026e9061089f565b5f61046a3384846105b7565b50600192915050565b6001600160a01b03821661049a57604051636e8ab17b60e11b815260040160405180910390fd5b8060025f8282546104ab91906108d7565b90915550506001600160a01b0382165f90815260036020526040812080548392906104d79084906108d7565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b6001600160a01b038084165f908152600460209081526040808320938616835292905220545f1981146105b1578181101561058757604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610444565b6001600160a01b038085165f90815260046020908152604080832093871683529290522082820390555b50505050565b6001600160a01b03831615806105d457506001600160a01b038216155b156105f257604051636e8ab17b60e11b815260040160405180910390fd5b6001600160a01b0383165f90815260036020526040902054818110156106445760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610444565b6001600160a01b038085165f9081526003602052604080822085850390559185168152908120805484929061067a9084906108d7565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef846040516106c691815260200190565b60405180910390a350505050565b6001600160a01b0382165f90815260036020526040902054818110156107265760405163391434e360e21b81526001600160a01b03841660048201526024810182905260448101839052606401610444565b6001600160a01b0383165f8181526003602090815260408083208686039055600280548790039055518581529192917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107d0575f5ffd5b919050565b5f5f604083850312156107e6575f5ffd5b6107ef836107ba565b946020939093013593505050565b5f5f5f6060848603121561080f575f5ffd5b610818846107ba565b9250610826602085016107ba565b929592945050506040919091013590565b5f60208284031215610847575f5ffd5b5035919050565b5f6020828403121561085e575f5ffd5b610867826107ba565b9392505050565b5f5f6040838503121561087f575f5ffd5b610888836107ba565b9150610896602084016107ba565b90509250929050565b600181811c908216806108b357607f821691505b6020821081036108d157634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561037357634e487b7160e01b5f52601160045260245ffd",
}

// WrappedTAO is an auto generated Go binding around an Ethereum contract.
type WrappedTAO struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WrappedTAO) GetABI() abi.ABI {
	return c.abi
}

// NewWrappedTAO creates a new instance of WrappedTAO.
func NewWrappedTAO() *WrappedTAO {
	parsed, err := WrappedTAOMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WrappedTAO{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WrappedTAO) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := wrappedTAO.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return wrappedTAO.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := wrappedTAO.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := wrappedTAO.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return wrappedTAO.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) UnpackApprove(data []byte) (bool, error) {
	out, err := wrappedTAO.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := wrappedTAO.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return wrappedTAO.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedTAO *WrappedTAO) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := wrappedTAO.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (wrappedTAO *WrappedTAO) PackDecimals() []byte {
	enc, err := wrappedTAO.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (wrappedTAO *WrappedTAO) TryPackDecimals() ([]byte, error) {
	return wrappedTAO.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (wrappedTAO *WrappedTAO) UnpackDecimals(data []byte) (uint8, error) {
	out, err := wrappedTAO.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (wrappedTAO *WrappedTAO) PackDeposit() []byte {
	enc, err := wrappedTAO.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (wrappedTAO *WrappedTAO) TryPackDeposit() ([]byte, error) {
	return wrappedTAO.abi.Pack("deposit")
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (wrappedTAO *WrappedTAO) PackName() []byte {
	enc, err := wrappedTAO.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (wrappedTAO *WrappedTAO) TryPackName() ([]byte, error) {
	return wrappedTAO.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (wrappedTAO *WrappedTAO) UnpackName(data []byte) (string, error) {
	out, err := wrappedTAO.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (wrappedTAO *WrappedTAO) PackSymbol() []byte {
	enc, err := wrappedTAO.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (wrappedTAO *WrappedTAO) TryPackSymbol() ([]byte, error) {
	return wrappedTAO.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (wrappedTAO *WrappedTAO) UnpackSymbol(data []byte) (string, error) {
	out, err := wrappedTAO.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedTAO *WrappedTAO) PackTotalSupply() []byte {
	enc, err := wrappedTAO.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedTAO *WrappedTAO) TryPackTotalSupply() ([]byte, error) {
	return wrappedTAO.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedTAO *WrappedTAO) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := wrappedTAO.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := wrappedTAO.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return wrappedTAO.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) UnpackTransfer(data []byte) (bool, error) {
	out, err := wrappedTAO.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := wrappedTAO.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return wrappedTAO.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedTAO *WrappedTAO) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := wrappedTAO.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 value) returns()
func (wrappedTAO *WrappedTAO) PackWithdraw(value *big.Int) []byte {
	enc, err := wrappedTAO.abi.Pack("withdraw", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 value) returns()
func (wrappedTAO *WrappedTAO) TryPackWithdraw(value *big.Int) ([]byte, error) {
	return wrappedTAO.abi.Pack("withdraw", value)
}

// WrappedTAOApproval represents a Approval event raised by the WrappedTAO contract.
type WrappedTAOApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WrappedTAOApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WrappedTAOApproval) ContractEventName() string {
	return WrappedTAOApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (wrappedTAO *WrappedTAO) UnpackApprovalEvent(log *types.Log) (*WrappedTAOApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedTAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTAOApproval)
	if len(log.Data) > 0 {
		if err := wrappedTAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedTAO.abi.Events[event].Inputs {
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

// WrappedTAODeposit represents a Deposit event raised by the WrappedTAO contract.
type WrappedTAODeposit struct {
	Account common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WrappedTAODepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (WrappedTAODeposit) ContractEventName() string {
	return WrappedTAODepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed account, uint256 value)
func (wrappedTAO *WrappedTAO) UnpackDepositEvent(log *types.Log) (*WrappedTAODeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedTAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTAODeposit)
	if len(log.Data) > 0 {
		if err := wrappedTAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedTAO.abi.Events[event].Inputs {
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

// WrappedTAOTransfer represents a Transfer event raised by the WrappedTAO contract.
type WrappedTAOTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const WrappedTAOTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WrappedTAOTransfer) ContractEventName() string {
	return WrappedTAOTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (wrappedTAO *WrappedTAO) UnpackTransferEvent(log *types.Log) (*WrappedTAOTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedTAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTAOTransfer)
	if len(log.Data) > 0 {
		if err := wrappedTAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedTAO.abi.Events[event].Inputs {
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

// WrappedTAOWithdrawal represents a Withdrawal event raised by the WrappedTAO contract.
type WrappedTAOWithdrawal struct {
	Account common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WrappedTAOWithdrawalEventName = "Withdrawal"

// ContractEventName returns the user-defined event name.
func (WrappedTAOWithdrawal) ContractEventName() string {
	return WrappedTAOWithdrawalEventName
}

// UnpackWithdrawalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawal(address indexed account, uint256 value)
func (wrappedTAO *WrappedTAO) UnpackWithdrawalEvent(log *types.Log) (*WrappedTAOWithdrawal, error) {
	event := "Withdrawal"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedTAO.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTAOWithdrawal)
	if len(log.Data) > 0 {
		if err := wrappedTAO.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedTAO.abi.Events[event].Inputs {
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
func (wrappedTAO *WrappedTAO) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], wrappedTAO.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return wrappedTAO.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedTAO.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return wrappedTAO.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedTAO.abi.Errors["ERC20ZeroAddress"].ID.Bytes()[:4]) {
		return wrappedTAO.UnpackERC20ZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedTAO.abi.Errors["NativeTransferFailed"].ID.Bytes()[:4]) {
		return wrappedTAO.UnpackNativeTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WrappedTAOERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the WrappedTAO contract.
type WrappedTAOERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func WrappedTAOERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (wrappedTAO *WrappedTAO) UnpackERC20InsufficientAllowanceError(raw []byte) (*WrappedTAOERC20InsufficientAllowance, error) {
	out := new(WrappedTAOERC20InsufficientAllowance)
	if err := wrappedTAO.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTAOERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the WrappedTAO contract.
type WrappedTAOERC20InsufficientBalance struct {
	Account common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address account, uint256 balance, uint256 needed)
func WrappedTAOERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address account, uint256 balance, uint256 needed)
func (wrappedTAO *WrappedTAO) UnpackERC20InsufficientBalanceError(raw []byte) (*WrappedTAOERC20InsufficientBalance, error) {
	out := new(WrappedTAOERC20InsufficientBalance)
	if err := wrappedTAO.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTAOERC20ZeroAddress represents a ERC20ZeroAddress error raised by the WrappedTAO contract.
type WrappedTAOERC20ZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ZeroAddress()
func WrappedTAOERC20ZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xdd1562f6429cd1aba4afa2e9cccf23bc18a163861d7a71ed708e3edc07b37f7c")
}

// UnpackERC20ZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ZeroAddress()
func (wrappedTAO *WrappedTAO) UnpackERC20ZeroAddressError(raw []byte) (*WrappedTAOERC20ZeroAddress, error) {
	out := new(WrappedTAOERC20ZeroAddress)
	if err := wrappedTAO.abi.UnpackIntoInterface(out, "ERC20ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTAONativeTransferFailed represents a NativeTransferFailed error raised by the WrappedTAO contract.
type WrappedTAONativeTransferFailed struct {
	To    common.Address
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NativeTransferFailed(address to, uint256 value)
func WrappedTAONativeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xa5b05eec8040da65485bf3ab248b47c42271aa50a9234ed8f116e568dc285cc6")
}

// UnpackNativeTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NativeTransferFailed(address to, uint256 value)
func (wrappedTAO *WrappedTAO) UnpackNativeTransferFailedError(raw []byte) (*WrappedTAONativeTransferFailed, error) {
	out := new(WrappedTAONativeTransferFailed)
	if err := wrappedTAO.abi.UnpackIntoInterface(out, "NativeTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
