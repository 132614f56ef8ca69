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

// INeuronWeightCommit is an auto generated low-level Go binding around an user-defined struct.
type INeuronWeightCommit struct {
	CommitHash  [32]byte
	CommitBlock uint64
	CommitEpoch uint64
	RevealEpoch uint64
}

// INeuronMetaData contains all meta data concerning the INeuron contract.
var INeuronMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"CommitRevealDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"CommitRevealEnabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"DuplicateUids\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"HotkeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"IncorrectVersionKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"}],\"name\":\"InvalidIpAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"}],\"name\":\"InvalidIpType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"NoNeuronAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"NoPendingCommit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"NoValidatorPermit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEpoch\",\"type\":\"uint64\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEpoch\",\"type\":\"uint64\"}],\"name\":\"RevealTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"TooFewWeights\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyPendingCommits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"uids\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"WeightVecLengthMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"protocol\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"placeholder1\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"placeholder2\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"AxonServed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"burn\",\"type\":\"uint64\"}],\"name\":\"NeuronRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"oldHotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newHotkey\",\"type\":\"bytes32\"}],\"name\":\"NeuronReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"}],\"name\":\"PrometheusServed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"commitEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealEpoch\",\"type\":\"uint64\"}],\"name\":\"WeightsCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"versionKey\",\"type\":\"uint64\"}],\"name\":\"WeightsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"versionKey\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16[]\",\"name\":\"uids\",\"type\":\"uint16[]\"},{\"indexed\":false,\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"}],\"name\":\"WeightsSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"burnedRegister\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"}],\"name\":\"commitWeights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getEpochIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"getWeightCommits\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structINeuron.WeightCommit[]\",\"name\":\"commits\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getWeights\",\"outputs\":[{\"internalType\":\"uint16[]\",\"name\":\"uids\",\"type\":\"uint16[]\"},{\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"limitPrice\",\"type\":\"uint64\"}],\"name\":\"registerLimit\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16[]\",\"name\":\"uids\",\"type\":\"uint16[]\"},{\"internalType\":\"uint16[]\",\"name\":\"values\",\"type\":\"uint16[]\"},{\"internalType\":\"uint16[]\",\"name\":\"salt\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64\",\"name\":\"versionKey\",\"type\":\"uint64\"}],\"name\":\"revealWeights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"protocol\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"placeholder1\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"placeholder2\",\"type\":\"uint8\"}],\"name\":\"serveAxon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"protocol\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"placeholder1\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"placeholder2\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"certificate\",\"type\":\"bytes\"}],\"name\":\"serveAxonTls\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"}],\"name\":\"servePrometheus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16[]\",\"name\":\"dests\",\"type\":\"uint16[]\"},{\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64\",\"name\":\"versionKey\",\"type\":\"uint64\"}],\"name\":\"setWeights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "INeuron",
}

// INeuron is an auto generated Go binding around an Ethereum contract.
type INeuron struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *INeuron) GetABI() abi.ABI {
	return c.abi
}

// NewINeuron creates a new instance of INeuron.
func NewINeuron() *INeuron {
	parsed, err := INeuronMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &INeuron{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *INeuron) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBurnedRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4054ecca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnedRegister(uint16 netuid, bytes32 hotkey) returns(uint16 uid)
func (iNeuron *INeuron) PackBurnedRegister(netuid uint16, hotkey [32]byte) []byte {
	enc, err := iNeuron.abi.Pack("burnedRegister", netuid, hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnedRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4054ecca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnedRegister(uint16 netuid, bytes32 hotkey) returns(uint16 uid)
func (iNeuron *INeuron) TryPackBurnedRegister(netuid uint16, hotkey [32]byte) ([]byte, error) {
	return iNeuron.abi.Pack("burnedRegister", netuid, hotkey)
}

// UnpackBurnedRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4054ecca.
//
// Solidity: function burnedRegister(uint16 netuid, bytes32 hotkey) returns(uint16 uid)
func (iNeuron *INeuron) UnpackBurnedRegister(data []byte) (uint16, error) {
	out, err := iNeuron.abi.Unpack("burnedRegister", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCommitWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5077557.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWeights(uint16 netuid, bytes32 commitHash) returns()
func (iNeuron *INeuron) PackCommitWeights(netuid uint16, commitHash [32]byte) []byte {
	enc, err := iNeuron.abi.Pack("commitWeights", netuid, commitHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5077557.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitWeights(uint16 netuid, bytes32 commitHash) returns()
func (iNeuron *INeuron) TryPackCommitWeights(netuid uint16, commitHash [32]byte) ([]byte, error) {
	return iNeuron.abi.Pack("commitWeights", netuid, commitHash)
}

// PackGetEpochIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96bf2b63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochIndex(uint16 netuid) view returns(uint64)
func (iNeuron *INeuron) PackGetEpochIndex(netuid uint16) []byte {
	enc, err := iNeuron.abi.Pack("getEpochIndex", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96bf2b63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochIndex(uint16 netuid) view returns(uint64)
func (iNeuron *INeuron) TryPackGetEpochIndex(netuid uint16) ([]byte, error) {
	return iNeuron.abi.Pack("getEpochIndex", netuid)
}

// UnpackGetEpochIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96bf2b63.
//
// Solidity: function getEpochIndex(uint16 netuid) view returns(uint64)
func (iNeuron *INeuron) UnpackGetEpochIndex(data []byte) (uint64, error) {
	out, err := iNeuron.abi.Unpack("getEpochIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetWeightCommits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b27b5bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWeightCommits(uint16 netuid, bytes32 hotkey) view returns((bytes32,uint64,uint64,uint64)[] commits)
func (iNeuron *INeuron) PackGetWeightCommits(netuid uint16, hotkey [32]byte) []byte {
	enc, err := iNeuron.abi.Pack("getWeightCommits", netuid, hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWeightCommits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b27b5bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWeightCommits(uint16 netuid, bytes32 hotkey) view returns((bytes32,uint64,uint64,uint64)[] commits)
func (iNeuron *INeuron) TryPackGetWeightCommits(netuid uint16, hotkey [32]byte) ([]byte, error) {
	return iNeuron.abi.Pack("getWeightCommits", netuid, hotkey)
}

// UnpackGetWeightCommits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b27b5bc.
//
// Solidity: function getWeightCommits(uint16 netuid, bytes32 hotkey) view returns((bytes32,uint64,uint64,uint64)[] commits)
func (iNeuron *INeuron) UnpackGetWeightCommits(data []byte) ([]INeuronWeightCommit, error) {
	out, err := iNeuron.abi.Unpack("getWeightCommits", data)
	if err != nil {
		return *new([]INeuronWeightCommit), err
	}
	out0 := *abi.ConvertType(out[0], new([]INeuronWeightCommit)).(*[]INeuronWeightCommit)
	return out0, nil
}

// PackGetWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95675a5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWeights(uint16 netuid, uint16 uid) view returns(uint16[] uids, uint16[] weights)
func (iNeuron *INeuron) PackGetWeights(netuid uint16, uid uint16) []byte {
	enc, err := iNeuron.abi.Pack("getWeights", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95675a5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWeights(uint16 netuid, uint16 uid) view returns(uint16[] uids, uint16[] weights)
func (iNeuron *INeuron) TryPackGetWeights(netuid uint16, uid uint16) ([]byte, error) {
	return iNeuron.abi.Pack("getWeights", netuid, uid)
}

// INeuronGetWeightsOutput serves as a container for the return parameters of contract
// method GetWeights.
type INeuronGetWeightsOutput struct {
	Uids    []uint16
	Weights []uint16
}

// UnpackGetWeights is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95675a5d.
//
// Solidity: function getWeights(uint16 netuid, uint16 uid) view returns(uint16[] uids, uint16[] weights)
func (iNeuron *INeuron) UnpackGetWeights(data []byte) (INeuronGetWeightsOutput, error) {
	out, err := iNeuron.abi.Unpack("getWeights", data)
	outstruct := new(INeuronGetWeightsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Uids = *abi.ConvertType(out[0], new([]uint16)).(*[]uint16)
	outstruct.Weights = *abi.ConvertType(out[1], new([]uint16)).(*[]uint16)
	return *outstruct, nil
}

// PackRegisterLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb72d8f89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerLimit(uint16 netuid, bytes32 hotkey, uint64 limitPrice) returns(uint16 uid)
func (iNeuron *INeuron) PackRegisterLimit(netuid uint16, hotkey [32]byte, limitPrice uint64) []byte {
	enc, err := iNeuron.abi.Pack("registerLimit", netuid, hotkey, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb72d8f89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerLimit(uint16 netuid, bytes32 hotkey, uint64 limitPrice) returns(uint16 uid)
func (iNeuron *INeuron) TryPackRegisterLimit(netuid uint16, hotkey [32]byte, limitPrice uint64) ([]byte, error) {
	return iNeuron.abi.Pack("registerLimit", netuid, hotkey, limitPrice)
}

// UnpackRegisterLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb72d8f89.
//
// Solidity: function registerLimit(uint16 netuid, bytes32 hotkey, uint64 limitPrice) returns(uint16 uid)
func (iNeuron *INeuron) UnpackRegisterLimit(data []byte) (uint16, error) {
	out, err := iNeuron.abi.Unpack("registerLimit", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRevealWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66ba946f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWeights(uint16 netuid, uint16[] uids, uint16[] values, uint16[] salt, uint64 versionKey) returns()
func (iNeuron *INeuron) PackRevealWeights(netuid uint16, uids []uint16, values []uint16, salt []uint16, versionKey uint64) []byte {
	enc, err := iNeuron.abi.Pack("revealWeights", netuid, uids, values, salt, versionKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66ba946f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWeights(uint16 netuid, uint16[] uids, uint16[] values, uint16[] salt, uint64 versionKey) returns()
func (iNeuron *INeuron) TryPackRevealWeights(netuid uint16, uids []uint16, values []uint16, salt []uint16, versionKey uint64) ([]byte, error) {
	return iNeuron.abi.Pack("revealWeights", netuid, uids, values, salt, versionKey)
}

// PackServeAxon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ac82f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serveAxon(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType, uint8 protocol, uint8 placeholder1, uint8 placeholder2) returns()
func (iNeuron *INeuron) PackServeAxon(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8, protocol uint8, placeholder1 uint8, placeholder2 uint8) []byte {
	enc, err := iNeuron.abi.Pack("serveAxon", netuid, version, ip, port, ipType, protocol, placeholder1, placeholder2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServeAxon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20ac82f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serveAxon(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType, uint8 protocol, uint8 placeholder1, uint8 placeholder2) returns()
func (iNeuron *INeuron) TryPackServeAxon(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8, protocol uint8, placeholder1 uint8, placeholder2 uint8) ([]byte, error) {
	return iNeuron.abi.Pack("serveAxon", netuid, version, ip, port, ipType, protocol, placeholder1, placeholder2)
}

// PackServeAxonTls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ba7f8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serveAxonTls(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType, uint8 protocol, uint8 placeholder1, uint8 placeholder2, bytes certificate) returns()
func (iNeuron *INeuron) PackServeAxonTls(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8, protocol uint8, placeholder1 uint8, placeholder2 uint8, certificate []byte) []byte {
	enc, err := iNeuron.abi.Pack("serveAxonTls", netuid, version, ip, port, ipType, protocol, placeholder1, placeholder2, certificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServeAxonTls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ba7f8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serveAxonTls(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType, uint8 protocol, uint8 placeholder1, uint8 placeholder2, bytes certificate) returns()
func (iNeuron *INeuron) TryPackServeAxonTls(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8, protocol uint8, placeholder1 uint8, placeholder2 uint8, certificate []byte) ([]byte, error) {
	return iNeuron.abi.Pack("serveAxonTls", netuid, version, ip, port, ipType, protocol, placeholder1, placeholder2, certificate)
}

// PackServePrometheus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a05952f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function servePrometheus(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType) returns()
func (iNeuron *INeuron) PackServePrometheus(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8) []byte {
	enc, err := iNeuron.abi.Pack("servePrometheus", netuid, version, ip, port, ipType)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServePrometheus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a05952f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function servePrometheus(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType) returns()
func (iNeuron *INeuron) TryPackServePrometheus(netuid uint16, version uint32, ip *big.Int, port uint16, ipType uint8) ([]byte, error) {
	return iNeuron.abi.Pack("servePrometheus", netuid, version, ip, port, ipType)
}

// PackSetWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34af16d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWeights(uint16 netuid, uint16[] dests, uint16[] weights, uint64 versionKey) returns()
func (iNeuron *INeuron) PackSetWeights(netuid uint16, dests []uint16, weights []uint16, versionKey uint64) []byte {
	enc, err := iNeuron.abi.Pack("setWeights", netuid, dests, weights, versionKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34af16d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWeights(uint16 netuid, uint16[] dests, uint16[] weights, uint64 versionKey) returns()
func (iNeuron *INeuron) TryPackSetWeights(netuid uint16, dests []uint16, weights []uint16, versionKey uint64) ([]byte, error) {
	return iNeuron.abi.Pack("setWeights", netuid, dests, weights, versionKey)
}

// INeuronAxonServed represents a AxonServed event raised by the INeuron contract.
type INeuronAxonServed struct {
	Netuid       uint16
	Hotkey       [32]byte
	Version      uint32
	Ip           *big.Int
	Port         uint16
	IpType       uint8
	Protocol     uint8
	Placeholder1 uint8
	Placeholder2 uint8
	Certificate  []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const INeuronAxonServedEventName = "AxonServed"

// ContractEventName returns the user-defined event name.
func (INeuronAxonServed) ContractEventName() string {
	return INeuronAxonServedEventName
}

// UnpackAxonServedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AxonServed(uint16 indexed netuid, bytes32 indexed hotkey, uint32 version, uint128 ip, uint16 port, uint8 ipType, uint8 protocol, uint8 placeholder1, uint8 placeholder2, bytes certificate)
func (iNeuron *INeuron) UnpackAxonServedEvent(log *types.Log) (*INeuronAxonServed, error) {
	event := "AxonServed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronAxonServed)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronNeuronRegistered represents a NeuronRegistered event raised by the INeuron contract.
type INeuronNeuronRegistered struct {
	Netuid  uint16
	Uid     uint16
	Hotkey  [32]byte
	Coldkey common.Address
	Burn    uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const INeuronNeuronRegisteredEventName = "NeuronRegistered"

// ContractEventName returns the user-defined event name.
func (INeuronNeuronRegistered) ContractEventName() string {
	return INeuronNeuronRegisteredEventName
}

// UnpackNeuronRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NeuronRegistered(uint16 indexed netuid, uint16 uid, bytes32 indexed hotkey, address indexed coldkey, uint64 burn)
func (iNeuron *INeuron) UnpackNeuronRegisteredEvent(log *types.Log) (*INeuronNeuronRegistered, error) {
	event := "NeuronRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronNeuronRegistered)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronNeuronReplaced represents a NeuronReplaced event raised by the INeuron contract.
type INeuronNeuronReplaced struct {
	Netuid    uint16
	Uid       uint16
	OldHotkey [32]byte
	NewHotkey [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const INeuronNeuronReplacedEventName = "NeuronReplaced"

// ContractEventName returns the user-defined event name.
func (INeuronNeuronReplaced) ContractEventName() string {
	return INeuronNeuronReplacedEventName
}

// UnpackNeuronReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NeuronReplaced(uint16 indexed netuid, uint16 indexed uid, bytes32 indexed oldHotkey, bytes32 newHotkey)
func (iNeuron *INeuron) UnpackNeuronReplacedEvent(log *types.Log) (*INeuronNeuronReplaced, error) {
	event := "NeuronReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronNeuronReplaced)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronPrometheusServed represents a PrometheusServed event raised by the INeuron contract.
type INeuronPrometheusServed struct {
	Netuid  uint16
	Hotkey  [32]byte
	Version uint32
	Ip      *big.Int
	Port    uint16
	IpType  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const INeuronPrometheusServedEventName = "PrometheusServed"

// ContractEventName returns the user-defined event name.
func (INeuronPrometheusServed) ContractEventName() string {
	return INeuronPrometheusServedEventName
}

// UnpackPrometheusServedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PrometheusServed(uint16 indexed netuid, bytes32 indexed hotkey, uint32 version, uint128 ip, uint16 port, uint8 ipType)
func (iNeuron *INeuron) UnpackPrometheusServedEvent(log *types.Log) (*INeuronPrometheusServed, error) {
	event := "PrometheusServed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronPrometheusServed)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronWeightsCommitted represents a WeightsCommitted event raised by the INeuron contract.
type INeuronWeightsCommitted struct {
	Netuid      uint16
	Hotkey      [32]byte
	CommitHash  [32]byte
	CommitEpoch uint64
	RevealEpoch uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const INeuronWeightsCommittedEventName = "WeightsCommitted"

// ContractEventName returns the user-defined event name.
func (INeuronWeightsCommitted) ContractEventName() string {
	return INeuronWeightsCommittedEventName
}

// UnpackWeightsCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WeightsCommitted(uint16 indexed netuid, bytes32 indexed hotkey, bytes32 indexed commitHash, uint64 commitEpoch, uint64 revealEpoch)
func (iNeuron *INeuron) UnpackWeightsCommittedEvent(log *types.Log) (*INeuronWeightsCommitted, error) {
	event := "WeightsCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronWeightsCommitted)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronWeightsRevealed represents a WeightsRevealed event raised by the INeuron contract.
type INeuronWeightsRevealed struct {
	Netuid     uint16
	Hotkey     [32]byte
	CommitHash [32]byte
	VersionKey uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const INeuronWeightsRevealedEventName = "WeightsRevealed"

// ContractEventName returns the user-defined event name.
func (INeuronWeightsRevealed) ContractEventName() string {
	return INeuronWeightsRevealedEventName
}

// UnpackWeightsRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WeightsRevealed(uint16 indexed netuid, bytes32 indexed hotkey, bytes32 indexed commitHash, uint64 versionKey)
func (iNeuron *INeuron) UnpackWeightsRevealedEvent(log *types.Log) (*INeuronWeightsRevealed, error) {
	event := "WeightsRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronWeightsRevealed)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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

// INeuronWeightsSet represents a WeightsSet event raised by the INeuron contract.
type INeuronWeightsSet struct {
	Netuid     uint16
	Hotkey     [32]byte
	Uid        uint16
	VersionKey uint64
	Uids       []uint16
	Weights    []uint16
	Raw        *types.Log // Blockchain specific contextual infos
}

const INeuronWeightsSetEventName = "WeightsSet"

// ContractEventName returns the user-defined event name.
func (INeuronWeightsSet) ContractEventName() string {
	return INeuronWeightsSetEventName
}

// UnpackWeightsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WeightsSet(uint16 indexed netuid, bytes32 indexed hotkey, uint16 indexed uid, uint64 versionKey, uint16[] uids, uint16[] weights)
func (iNeuron *INeuron) UnpackWeightsSetEvent(log *types.Log) (*INeuronWeightsSet, error) {
	event := "WeightsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNeuron.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INeuronWeightsSet)
	if len(log.Data) > 0 {
		if err := iNeuron.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNeuron.abi.Events[event].Inputs {
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
func (iNeuron *INeuron) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iNeuron.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["CommitRevealDisabled"].ID.Bytes()[:4]) {
		return iNeuron.UnpackCommitRevealDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["CommitRevealEnabled"].ID.Bytes()[:4]) {
		return iNeuron.UnpackCommitRevealEnabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iNeuron.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["DuplicateUids"].ID.Bytes()[:4]) {
		return iNeuron.UnpackDuplicateUidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["HotkeyAlreadyRegistered"].ID.Bytes()[:4]) {
		return iNeuron.UnpackHotkeyAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iNeuron.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iNeuron.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["IncorrectVersionKey"].ID.Bytes()[:4]) {
		return iNeuron.UnpackIncorrectVersionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InvalidIpAddress"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInvalidIpAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InvalidIpType"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInvalidIpTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["InvalidReveal"].ID.Bytes()[:4]) {
		return iNeuron.UnpackInvalidRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NoNeuronAvailable"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNoNeuronAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NoPendingCommit"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNoPendingCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NoValidatorPermit"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNoValidatorPermitError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iNeuron.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iNeuron.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iNeuron.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iNeuron.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return iNeuron.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["RevealTooLate"].ID.Bytes()[:4]) {
		return iNeuron.UnpackRevealTooLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iNeuron.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iNeuron.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iNeuron.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["TooFewWeights"].ID.Bytes()[:4]) {
		return iNeuron.UnpackTooFewWeightsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["TooManyPendingCommits"].ID.Bytes()[:4]) {
		return iNeuron.UnpackTooManyPendingCommitsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iNeuron.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iNeuron.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iNeuron.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iNeuron.UnpackValueOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNeuron.abi.Errors["WeightVecLengthMismatch"].ID.Bytes()[:4]) {
		return iNeuron.UnpackWeightVecLengthMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// INeuronAmountOverflow represents a AmountOverflow error raised by the INeuron contract.
type INeuronAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func INeuronAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iNeuron *INeuron) UnpackAmountOverflowError(raw []byte) (*INeuronAmountOverflow, error) {
	out := new(INeuronAmountOverflow)
	if err := iNeuron.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronCommitRevealDisabled represents a CommitRevealDisabled error raised by the INeuron contract.
type INeuronCommitRevealDisabled struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitRevealDisabled(uint16 netuid)
func INeuronCommitRevealDisabledErrorID() common.Hash {
	return common.HexToHash("0x0d73b5c63d6937d62784f3c2c07134b3e22010d49c126f84bffe960e35d97d05")
}

// UnpackCommitRevealDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitRevealDisabled(uint16 netuid)
func (iNeuron *INeuron) UnpackCommitRevealDisabledError(raw []byte) (*INeuronCommitRevealDisabled, error) {
	out := new(INeuronCommitRevealDisabled)
	if err := iNeuron.abi.UnpackIntoInterface(out, "CommitRevealDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronCommitRevealEnabled represents a CommitRevealEnabled error raised by the INeuron contract.
type INeuronCommitRevealEnabled struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitRevealEnabled(uint16 netuid)
func INeuronCommitRevealEnabledErrorID() common.Hash {
	return common.HexToHash("0x157b9c8f9c68176a194a1fccf870761223e51defbd2bc3a05a36c27a6b5f4894")
}

// UnpackCommitRevealEnabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitRevealEnabled(uint16 netuid)
func (iNeuron *INeuron) UnpackCommitRevealEnabledError(raw []byte) (*INeuronCommitRevealEnabled, error) {
	out := new(INeuronCommitRevealEnabled)
	if err := iNeuron.abi.UnpackIntoInterface(out, "CommitRevealEnabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the INeuron contract.
type INeuronDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func INeuronDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iNeuron *INeuron) UnpackDelegateCallNotAllowedError(raw []byte) (*INeuronDelegateCallNotAllowed, error) {
	out := new(INeuronDelegateCallNotAllowed)
	if err := iNeuron.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronDuplicateUids represents a DuplicateUids error raised by the INeuron contract.
type INeuronDuplicateUids struct {
	Uid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateUids(uint16 uid)
func INeuronDuplicateUidsErrorID() common.Hash {
	return common.HexToHash("0x342df56a0dc2abb36763182ef6a4dc7a510393ed1df53cc44073cbbf50e86b36")
}

// UnpackDuplicateUidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateUids(uint16 uid)
func (iNeuron *INeuron) UnpackDuplicateUidsError(raw []byte) (*INeuronDuplicateUids, error) {
	out := new(INeuronDuplicateUids)
	if err := iNeuron.abi.UnpackIntoInterface(out, "DuplicateUids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronHotkeyAlreadyRegistered represents a HotkeyAlreadyRegistered error raised by the INeuron contract.
type INeuronHotkeyAlreadyRegistered struct {
	Netuid uint16
	Hotkey [32]byte
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyAlreadyRegistered(uint16 netuid, bytes32 hotkey, uint16 uid)
func INeuronHotkeyAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x6539f1b87c476de0a04610f1cf54de1c52ece4ac0126df99616ed064dd2e6333")
}

// UnpackHotkeyAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyAlreadyRegistered(uint16 netuid, bytes32 hotkey, uint16 uid)
func (iNeuron *INeuron) UnpackHotkeyAlreadyRegisteredError(raw []byte) (*INeuronHotkeyAlreadyRegistered, error) {
	out := new(INeuronHotkeyAlreadyRegistered)
	if err := iNeuron.abi.UnpackIntoInterface(out, "HotkeyAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronHotkeyNotFound represents a HotkeyNotFound error raised by the INeuron contract.
type INeuronHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func INeuronHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iNeuron *INeuron) UnpackHotkeyNotFoundError(raw []byte) (*INeuronHotkeyNotFound, error) {
	out := new(INeuronHotkeyNotFound)
	if err := iNeuron.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the INeuron contract.
type INeuronHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func INeuronHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iNeuron *INeuron) UnpackHotkeyNotRegisteredError(raw []byte) (*INeuronHotkeyNotRegistered, error) {
	out := new(INeuronHotkeyNotRegistered)
	if err := iNeuron.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronIncorrectVersionKey represents a IncorrectVersionKey error raised by the INeuron contract.
type INeuronIncorrectVersionKey struct {
	Given    uint64
	Required uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncorrectVersionKey(uint64 given, uint64 required)
func INeuronIncorrectVersionKeyErrorID() common.Hash {
	return common.HexToHash("0x7606a866f9b7f3d4db870edf866aa79e7bef66ba6d43fa899eed551022f47392")
}

// UnpackIncorrectVersionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncorrectVersionKey(uint64 given, uint64 required)
func (iNeuron *INeuron) UnpackIncorrectVersionKeyError(raw []byte) (*INeuronIncorrectVersionKey, error) {
	out := new(INeuronIncorrectVersionKey)
	if err := iNeuron.abi.UnpackIntoInterface(out, "IncorrectVersionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInputTooLarge represents a InputTooLarge error raised by the INeuron contract.
type INeuronInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func INeuronInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iNeuron *INeuron) UnpackInputTooLargeError(raw []byte) (*INeuronInputTooLarge, error) {
	out := new(INeuronInputTooLarge)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInsufficientBalance represents a InsufficientBalance error raised by the INeuron contract.
type INeuronInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func INeuronInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iNeuron *INeuron) UnpackInsufficientBalanceError(raw []byte) (*INeuronInsufficientBalance, error) {
	out := new(INeuronInsufficientBalance)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInternalError represents a InternalError error raised by the INeuron contract.
type INeuronInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func INeuronInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iNeuron *INeuron) UnpackInternalErrorError(raw []byte) (*INeuronInternalError, error) {
	out := new(INeuronInternalError)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInvalidCalldata represents a InvalidCalldata error raised by the INeuron contract.
type INeuronInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func INeuronInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iNeuron *INeuron) UnpackInvalidCalldataError(raw []byte) (*INeuronInvalidCalldata, error) {
	out := new(INeuronInvalidCalldata)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInvalidIpAddress represents a InvalidIpAddress error raised by the INeuron contract.
type INeuronInvalidIpAddress struct {
	Ip     *big.Int
	IpType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidIpAddress(uint128 ip, uint8 ipType)
func INeuronInvalidIpAddressErrorID() common.Hash {
	return common.HexToHash("0x18e97eac4b5eee251e3e99ba1d61d8e2df21639a2fdb0bcd1a3b29c1f2af8a31")
}

// UnpackInvalidIpAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidIpAddress(uint128 ip, uint8 ipType)
func (iNeuron *INeuron) UnpackInvalidIpAddressError(raw []byte) (*INeuronInvalidIpAddress, error) {
	out := new(INeuronInvalidIpAddress)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InvalidIpAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInvalidIpType represents a InvalidIpType error raised by the INeuron contract.
type INeuronInvalidIpType struct {
	IpType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidIpType(uint8 ipType)
func INeuronInvalidIpTypeErrorID() common.Hash {
	return common.HexToHash("0x9e7989a1503f75b428ec697fe1fe86c3397624d702d66de08020ee03b1872c57")
}

// UnpackInvalidIpTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidIpType(uint8 ipType)
func (iNeuron *INeuron) UnpackInvalidIpTypeError(raw []byte) (*INeuronInvalidIpType, error) {
	out := new(INeuronInvalidIpType)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InvalidIpType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInvalidKey represents a InvalidKey error raised by the INeuron contract.
type INeuronInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func INeuronInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iNeuron *INeuron) UnpackInvalidKeyError(raw []byte) (*INeuronInvalidKey, error) {
	out := new(INeuronInvalidKey)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronInvalidReveal represents a InvalidReveal error raised by the INeuron contract.
type INeuronInvalidReveal struct {
	CommitHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReveal(bytes32 commitHash)
func INeuronInvalidRevealErrorID() common.Hash {
	return common.HexToHash("0x3efe511fc45b33ec9f9610f5c1ee653b58c343e8096ee43c3165a6ae3013e8f2")
}

// UnpackInvalidRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReveal(bytes32 commitHash)
func (iNeuron *INeuron) UnpackInvalidRevealError(raw []byte) (*INeuronInvalidReveal, error) {
	out := new(INeuronInvalidReveal)
	if err := iNeuron.abi.UnpackIntoInterface(out, "InvalidReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNoNeuronAvailable represents a NoNeuronAvailable error raised by the INeuron contract.
type INeuronNoNeuronAvailable struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoNeuronAvailable(uint16 netuid)
func INeuronNoNeuronAvailableErrorID() common.Hash {
	return common.HexToHash("0xca6d54ec893614094462147ac16d07a033bf50bd7d4149bc52c5d53ca10c43f2")
}

// UnpackNoNeuronAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoNeuronAvailable(uint16 netuid)
func (iNeuron *INeuron) UnpackNoNeuronAvailableError(raw []byte) (*INeuronNoNeuronAvailable, error) {
	out := new(INeuronNoNeuronAvailable)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NoNeuronAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNoPendingCommit represents a NoPendingCommit error raised by the INeuron contract.
type INeuronNoPendingCommit struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingCommit(uint16 netuid, bytes32 hotkey)
func INeuronNoPendingCommitErrorID() common.Hash {
	return common.HexToHash("0x017bb08b31b8c2b9d7315a59b219bfee00f00c49606c2452daa49026af84c273")
}

// UnpackNoPendingCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingCommit(uint16 netuid, bytes32 hotkey)
func (iNeuron *INeuron) UnpackNoPendingCommitError(raw []byte) (*INeuronNoPendingCommit, error) {
	out := new(INeuronNoPendingCommit)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NoPendingCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNoValidatorPermit represents a NoValidatorPermit error raised by the INeuron contract.
type INeuronNoValidatorPermit struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoValidatorPermit(uint16 netuid, bytes32 hotkey)
func INeuronNoValidatorPermitErrorID() common.Hash {
	return common.HexToHash("0x4c8a7cf4a617183b49660ed3612a884afc89ed9c25dff9ceebd4cb51e20618ed")
}

// UnpackNoValidatorPermitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoValidatorPermit(uint16 netuid, bytes32 hotkey)
func (iNeuron *INeuron) UnpackNoValidatorPermitError(raw []byte) (*INeuronNoValidatorPermit, error) {
	out := new(INeuronNoValidatorPermit)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NoValidatorPermit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNotHotkeyOwner represents a NotHotkeyOwner error raised by the INeuron contract.
type INeuronNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func INeuronNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iNeuron *INeuron) UnpackNotHotkeyOwnerError(raw []byte) (*INeuronNotHotkeyOwner, error) {
	out := new(INeuronNotHotkeyOwner)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNotSubnetOwner represents a NotSubnetOwner error raised by the INeuron contract.
type INeuronNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func INeuronNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iNeuron *INeuron) UnpackNotSubnetOwnerError(raw []byte) (*INeuronNotSubnetOwner, error) {
	out := new(INeuronNotSubnetOwner)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronNotSupported represents a NotSupported error raised by the INeuron contract.
type INeuronNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func INeuronNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iNeuron *INeuron) UnpackNotSupportedError(raw []byte) (*INeuronNotSupported, error) {
	out := new(INeuronNotSupported)
	if err := iNeuron.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronPriceLimitExceeded represents a PriceLimitExceeded error raised by the INeuron contract.
type INeuronPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func INeuronPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iNeuron *INeuron) UnpackPriceLimitExceededError(raw []byte) (*INeuronPriceLimitExceeded, error) {
	out := new(INeuronPriceLimitExceeded)
	if err := iNeuron.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronRateLimited represents a RateLimited error raised by the INeuron contract.
type INeuronRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func INeuronRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iNeuron *INeuron) UnpackRateLimitedError(raw []byte) (*INeuronRateLimited, error) {
	out := new(INeuronRateLimited)
	if err := iNeuron.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronReserveTooLow represents a ReserveTooLow error raised by the INeuron contract.
type INeuronReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func INeuronReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iNeuron *INeuron) UnpackReserveTooLowError(raw []byte) (*INeuronReserveTooLow, error) {
	out := new(INeuronReserveTooLow)
	if err := iNeuron.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronRevealTooEarly represents a RevealTooEarly error raised by the INeuron contract.
type INeuronRevealTooEarly struct {
	Epoch       uint64
	RevealEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint64 epoch, uint64 revealEpoch)
func INeuronRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x32a46395d5badafca583b5b56bc2af0969b74f70e51c356f8b431ab4926c8de0")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint64 epoch, uint64 revealEpoch)
func (iNeuron *INeuron) UnpackRevealTooEarlyError(raw []byte) (*INeuronRevealTooEarly, error) {
	out := new(INeuronRevealTooEarly)
	if err := iNeuron.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronRevealTooLate represents a RevealTooLate error raised by the INeuron contract.
type INeuronRevealTooLate struct {
	Epoch       uint64
	RevealEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooLate(uint64 epoch, uint64 revealEpoch)
func INeuronRevealTooLateErrorID() common.Hash {
	return common.HexToHash("0x405fc0088223369906575d3a968bfdf996ed1863f78c04fe5f14167b9606485b")
}

// UnpackRevealTooLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooLate(uint64 epoch, uint64 revealEpoch)
func (iNeuron *INeuron) UnpackRevealTooLateError(raw []byte) (*INeuronRevealTooLate, error) {
	out := new(INeuronRevealTooLate)
	if err := iNeuron.abi.UnpackIntoInterface(out, "RevealTooLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronSlippageExceeded represents a SlippageExceeded error raised by the INeuron contract.
type INeuronSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func INeuronSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iNeuron *INeuron) UnpackSlippageExceededError(raw []byte) (*INeuronSlippageExceeded, error) {
	out := new(INeuronSlippageExceeded)
	if err := iNeuron.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the INeuron contract.
type INeuronStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func INeuronStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iNeuron *INeuron) UnpackStaticCallNotAllowedError(raw []byte) (*INeuronStaticCallNotAllowed, error) {
	out := new(INeuronStaticCallNotAllowed)
	if err := iNeuron.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronSubnetNotFound represents a SubnetNotFound error raised by the INeuron contract.
type INeuronSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func INeuronSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iNeuron *INeuron) UnpackSubnetNotFoundError(raw []byte) (*INeuronSubnetNotFound, error) {
	out := new(INeuronSubnetNotFound)
	if err := iNeuron.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronTooFewWeights represents a TooFewWeights error raised by the INeuron contract.
type INeuronTooFewWeights struct {
	Count *big.Int
	Min   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewWeights(uint256 count, uint256 min)
func INeuronTooFewWeightsErrorID() common.Hash {
	return common.HexToHash("0xa56e7a5c484a48ecfed410c47f855c2ecd7ce4ad12316720ba353bf12fdb5b3e")
}

// UnpackTooFewWeightsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewWeights(uint256 count, uint256 min)
func (iNeuron *INeuron) UnpackTooFewWeightsError(raw []byte) (*INeuronTooFewWeights, error) {
	out := new(INeuronTooFewWeights)
	if err := iNeuron.abi.UnpackIntoInterface(out, "TooFewWeights", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronTooManyPendingCommits represents a TooManyPendingCommits error raised by the INeuron contract.
type INeuronTooManyPendingCommits struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPendingCommits(uint256 max)
func INeuronTooManyPendingCommitsErrorID() common.Hash {
	return common.HexToHash("0xa3729fc7ab8dd0256395b26ccf4be52fd38391dc66b8a37f55c588250cc2f4b3")
}

// UnpackTooManyPendingCommitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPendingCommits(uint256 max)
func (iNeuron *INeuron) UnpackTooManyPendingCommitsError(raw []byte) (*INeuronTooManyPendingCommits, error) {
	out := new(INeuronTooManyPendingCommits)
	if err := iNeuron.abi.UnpackIntoInterface(out, "TooManyPendingCommits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronUnknownSelector represents a UnknownSelector error raised by the INeuron contract.
type INeuronUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func INeuronUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iNeuron *INeuron) UnpackUnknownSelectorError(raw []byte) (*INeuronUnknownSelector, error) {
	out := new(INeuronUnknownSelector)
	if err := iNeuron.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronUnknownUid represents a UnknownUid error raised by the INeuron contract.
type INeuronUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func INeuronUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iNeuron *INeuron) UnpackUnknownUidError(raw []byte) (*INeuronUnknownUid, error) {
	out := new(INeuronUnknownUid)
	if err := iNeuron.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronValueNotAccepted represents a ValueNotAccepted error raised by the INeuron contract.
type INeuronValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func INeuronValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iNeuron *INeuron) UnpackValueNotAcceptedError(raw []byte) (*INeuronValueNotAccepted, error) {
	out := new(INeuronValueNotAccepted)
	if err := iNeuron.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronValueOutOfBounds represents a ValueOutOfBounds error raised by the INeuron contract.
type INeuronValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func INeuronValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iNeuron *INeuron) UnpackValueOutOfBoundsError(raw []byte) (*INeuronValueOutOfBounds, error) {
	out := new(INeuronValueOutOfBounds)
	if err := iNeuron.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INeuronWeightVecLengthMismatch represents a WeightVecLengthMismatch error raised by the INeuron contract.
type INeuronWeightVecLengthMismatch struct {
	Uids   *big.Int
	Values *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightVecLengthMismatch(uint256 uids, uint256 values)
func INeuronWeightVecLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xed999c8372287ee0967390816286952d201d57826b5dc9c8b24bbe93b6990f85")
}

// UnpackWeightVecLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightVecLengthMismatch(uint256 uids, uint256 values)
func (iNeuron *INeuron) UnpackWeightVecLengthMismatchError(raw []byte) (*INeuronWeightVecLengthMismatch, error) {
	out := new(INeuronWeightVecLengthMismatch)
	if err := iNeuron.abi.UnpackIntoInterface(out, "WeightVecLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
