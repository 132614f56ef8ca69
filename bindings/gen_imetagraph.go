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

// IMetagraphAxonInfo is an auto generated low-level Go binding around an user-defined struct.
type IMetagraphAxonInfo struct {
	Block    uint64
	Version  uint32
	Ip       *big.Int
	Port     uint16
	IpType   uint8
	Protocol uint8
}

// IMetagraphPrometheusInfo is an auto generated low-level Go binding around an user-defined struct.
type IMetagraphPrometheusInfo struct {
	Block   uint64
	Version uint32
	Ip      *big.Int
	Port    uint16
	IpType  uint8
}

// IMetagraphMetaData contains all meta data concerning the IMetagraph contract.
var IMetagraphMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getAxon\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"block\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"protocol\",\"type\":\"uint8\"}],\"internalType\":\"structIMetagraph.AxonInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getAxonCertificate\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getBlockAtRegistration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getColdkey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getConsensus\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getDividends\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getEmission\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getHotkey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getIncentive\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getIsActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getLastUpdate\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getPrometheus\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"block\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"ip\",\"type\":\"uint128\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ipType\",\"type\":\"uint8\"}],\"internalType\":\"structIMetagraph.PrometheusInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getRank\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getStake\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getTrust\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getUidCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getValidatorStatus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"getVtrust\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IMetagraph",
}

// IMetagraph is an auto generated Go binding around an Ethereum contract.
type IMetagraph struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IMetagraph) GetABI() abi.ABI {
	return c.abi
}

// NewIMetagraph creates a new instance of IMetagraph.
func NewIMetagraph() *IMetagraph {
	parsed, err := IMetagraphMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IMetagraph{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IMetagraph) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetAxon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93afb79e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAxon(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8,uint8))
func (iMetagraph *IMetagraph) PackGetAxon(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getAxon", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAxon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93afb79e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAxon(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8,uint8))
func (iMetagraph *IMetagraph) TryPackGetAxon(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getAxon", netuid, uid)
}

// UnpackGetAxon is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93afb79e.
//
// Solidity: function getAxon(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8,uint8))
func (iMetagraph *IMetagraph) UnpackGetAxon(data []byte) (IMetagraphAxonInfo, error) {
	out, err := iMetagraph.abi.Unpack("getAxon", data)
	if err != nil {
		return *new(IMetagraphAxonInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMetagraphAxonInfo)).(*IMetagraphAxonInfo)
	return out0, nil
}

// PackGetAxonCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c59716.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAxonCertificate(uint16 netuid, uint16 uid) view returns(bytes)
func (iMetagraph *IMetagraph) PackGetAxonCertificate(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getAxonCertificate", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAxonCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4c59716.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAxonCertificate(uint16 netuid, uint16 uid) view returns(bytes)
func (iMetagraph *IMetagraph) TryPackGetAxonCertificate(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getAxonCertificate", netuid, uid)
}

// UnpackGetAxonCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4c59716.
//
// Solidity: function getAxonCertificate(uint16 netuid, uint16 uid) view returns(bytes)
func (iMetagraph *IMetagraph) UnpackGetAxonCertificate(data []byte) ([]byte, error) {
	out, err := iMetagraph.abi.Unpack("getAxonCertificate", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackGetBlockAtRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6055248f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBlockAtRegistration(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) PackGetBlockAtRegistration(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getBlockAtRegistration", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBlockAtRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6055248f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBlockAtRegistration(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) TryPackGetBlockAtRegistration(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getBlockAtRegistration", netuid, uid)
}

// UnpackGetBlockAtRegistration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6055248f.
//
// Solidity: function getBlockAtRegistration(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) UnpackGetBlockAtRegistration(data []byte) (uint64, error) {
	out, err := iMetagraph.abi.Unpack("getBlockAtRegistration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetColdkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1148287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getColdkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) PackGetColdkey(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getColdkey", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetColdkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1148287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getColdkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) TryPackGetColdkey(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getColdkey", netuid, uid)
}

// UnpackGetColdkey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1148287.
//
// Solidity: function getColdkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) UnpackGetColdkey(data []byte) ([32]byte, error) {
	out, err := iMetagraph.abi.Unpack("getColdkey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetConsensus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c4b6bff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getConsensus(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetConsensus(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getConsensus", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetConsensus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c4b6bff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getConsensus(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetConsensus(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getConsensus", netuid, uid)
}

// UnpackGetConsensus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c4b6bff.
//
// Solidity: function getConsensus(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetConsensus(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getConsensus", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetDividends is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82da0b5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDividends(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetDividends(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getDividends", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDividends is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82da0b5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDividends(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetDividends(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getDividends", netuid, uid)
}

// UnpackGetDividends is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82da0b5d.
//
// Solidity: function getDividends(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetDividends(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getDividends", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5810e5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEmission(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) PackGetEmission(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getEmission", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5810e5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEmission(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) TryPackGetEmission(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getEmission", netuid, uid)
}

// UnpackGetEmission is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5810e5c.
//
// Solidity: function getEmission(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) UnpackGetEmission(data []byte) (uint64, error) {
	out, err := iMetagraph.abi.Unpack("getEmission", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3adc89da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getHotkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) PackGetHotkey(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getHotkey", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3adc89da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getHotkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) TryPackGetHotkey(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getHotkey", netuid, uid)
}

// UnpackGetHotkey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3adc89da.
//
// Solidity: function getHotkey(uint16 netuid, uint16 uid) view returns(bytes32)
func (iMetagraph *IMetagraph) UnpackGetHotkey(data []byte) ([32]byte, error) {
	out, err := iMetagraph.abi.Unpack("getHotkey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetIncentive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1e44450.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIncentive(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetIncentive(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getIncentive", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIncentive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1e44450.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIncentive(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetIncentive(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getIncentive", netuid, uid)
}

// UnpackGetIncentive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1e44450.
//
// Solidity: function getIncentive(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetIncentive(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getIncentive", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc50cca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIsActive(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) PackGetIsActive(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getIsActive", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc50cca9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIsActive(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) TryPackGetIsActive(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getIsActive", netuid, uid)
}

// UnpackGetIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc50cca9.
//
// Solidity: function getIsActive(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) UnpackGetIsActive(data []byte) (bool, error) {
	out, err := iMetagraph.abi.Unpack("getIsActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetLastUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22553aa2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLastUpdate(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) PackGetLastUpdate(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getLastUpdate", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLastUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22553aa2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLastUpdate(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) TryPackGetLastUpdate(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getLastUpdate", netuid, uid)
}

// UnpackGetLastUpdate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22553aa2.
//
// Solidity: function getLastUpdate(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) UnpackGetLastUpdate(data []byte) (uint64, error) {
	out, err := iMetagraph.abi.Unpack("getLastUpdate", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetPrometheus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6758289c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPrometheus(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8))
func (iMetagraph *IMetagraph) PackGetPrometheus(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getPrometheus", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPrometheus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6758289c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPrometheus(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8))
func (iMetagraph *IMetagraph) TryPackGetPrometheus(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getPrometheus", netuid, uid)
}

// UnpackGetPrometheus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6758289c.
//
// Solidity: function getPrometheus(uint16 netuid, uint16 uid) view returns((uint64,uint32,uint128,uint16,uint8))
func (iMetagraph *IMetagraph) UnpackGetPrometheus(data []byte) (IMetagraphPrometheusInfo, error) {
	out, err := iMetagraph.abi.Unpack("getPrometheus", data)
	if err != nil {
		return *new(IMetagraphPrometheusInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IMetagraphPrometheusInfo)).(*IMetagraphPrometheusInfo)
	return out0, nil
}

// PackGetRank is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x260ea334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRank(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetRank(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getRank", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRank is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x260ea334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRank(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetRank(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getRank", netuid, uid)
}

// UnpackGetRank is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x260ea334.
//
// Solidity: function getRank(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetRank(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getRank", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7c7c4b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStake(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) PackGetStake(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getStake", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7c7c4b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStake(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) TryPackGetStake(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getStake", netuid, uid)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7c7c4b5.
//
// Solidity: function getStake(uint16 netuid, uint16 uid) view returns(uint64)
func (iMetagraph *IMetagraph) UnpackGetStake(data []byte) (uint64, error) {
	out, err := iMetagraph.abi.Unpack("getStake", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetTrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20028c19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetTrust(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getTrust", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20028c19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetTrust(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getTrust", netuid, uid)
}

// UnpackGetTrust is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20028c19.
//
// Solidity: function getTrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetTrust(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getTrust", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetUidCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f193572.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUidCount(uint16 netuid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetUidCount(netuid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getUidCount", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUidCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f193572.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUidCount(uint16 netuid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetUidCount(netuid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getUidCount", netuid)
}

// UnpackGetUidCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f193572.
//
// Solidity: function getUidCount(uint16 netuid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetUidCount(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getUidCount", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetValidatorStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58dd9945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidatorStatus(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) PackGetValidatorStatus(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getValidatorStatus", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidatorStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58dd9945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidatorStatus(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) TryPackGetValidatorStatus(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getValidatorStatus", netuid, uid)
}

// UnpackGetValidatorStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58dd9945.
//
// Solidity: function getValidatorStatus(uint16 netuid, uint16 uid) view returns(bool)
func (iMetagraph *IMetagraph) UnpackGetValidatorStatus(data []byte) (bool, error) {
	out, err := iMetagraph.abi.Unpack("getValidatorStatus", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetVtrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c54e2b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVtrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) PackGetVtrust(netuid uint16, uid uint16) []byte {
	enc, err := iMetagraph.abi.Pack("getVtrust", netuid, uid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVtrust is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c54e2b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVtrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) TryPackGetVtrust(netuid uint16, uid uint16) ([]byte, error) {
	return iMetagraph.abi.Pack("getVtrust", netuid, uid)
}

// UnpackGetVtrust is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c54e2b3.
//
// Solidity: function getVtrust(uint16 netuid, uint16 uid) view returns(uint16)
func (iMetagraph *IMetagraph) UnpackGetVtrust(data []byte) (uint16, error) {
	out, err := iMetagraph.abi.Unpack("getVtrust", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iMetagraph *IMetagraph) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iMetagraph.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iMetagraph.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IMetagraphAmountOverflow represents a AmountOverflow error raised by the IMetagraph contract.
type IMetagraphAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func IMetagraphAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iMetagraph *IMetagraph) UnpackAmountOverflowError(raw []byte) (*IMetagraphAmountOverflow, error) {
	out := new(IMetagraphAmountOverflow)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IMetagraph contract.
type IMetagraphDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IMetagraphDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iMetagraph *IMetagraph) UnpackDelegateCallNotAllowedError(raw []byte) (*IMetagraphDelegateCallNotAllowed, error) {
	out := new(IMetagraphDelegateCallNotAllowed)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphHotkeyNotFound represents a HotkeyNotFound error raised by the IMetagraph contract.
type IMetagraphHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func IMetagraphHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iMetagraph *IMetagraph) UnpackHotkeyNotFoundError(raw []byte) (*IMetagraphHotkeyNotFound, error) {
	out := new(IMetagraphHotkeyNotFound)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the IMetagraph contract.
type IMetagraphHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func IMetagraphHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iMetagraph *IMetagraph) UnpackHotkeyNotRegisteredError(raw []byte) (*IMetagraphHotkeyNotRegistered, error) {
	out := new(IMetagraphHotkeyNotRegistered)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphInputTooLarge represents a InputTooLarge error raised by the IMetagraph contract.
type IMetagraphInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func IMetagraphInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iMetagraph *IMetagraph) UnpackInputTooLargeError(raw []byte) (*IMetagraphInputTooLarge, error) {
	out := new(IMetagraphInputTooLarge)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphInsufficientBalance represents a InsufficientBalance error raised by the IMetagraph contract.
type IMetagraphInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func IMetagraphInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iMetagraph *IMetagraph) UnpackInsufficientBalanceError(raw []byte) (*IMetagraphInsufficientBalance, error) {
	out := new(IMetagraphInsufficientBalance)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphInternalError represents a InternalError error raised by the IMetagraph contract.
type IMetagraphInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IMetagraphInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iMetagraph *IMetagraph) UnpackInternalErrorError(raw []byte) (*IMetagraphInternalError, error) {
	out := new(IMetagraphInternalError)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphInvalidCalldata represents a InvalidCalldata error raised by the IMetagraph contract.
type IMetagraphInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IMetagraphInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iMetagraph *IMetagraph) UnpackInvalidCalldataError(raw []byte) (*IMetagraphInvalidCalldata, error) {
	out := new(IMetagraphInvalidCalldata)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphInvalidKey represents a InvalidKey error raised by the IMetagraph contract.
type IMetagraphInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IMetagraphInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iMetagraph *IMetagraph) UnpackInvalidKeyError(raw []byte) (*IMetagraphInvalidKey, error) {
	out := new(IMetagraphInvalidKey)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphNotHotkeyOwner represents a NotHotkeyOwner error raised by the IMetagraph contract.
type IMetagraphNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func IMetagraphNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iMetagraph *IMetagraph) UnpackNotHotkeyOwnerError(raw []byte) (*IMetagraphNotHotkeyOwner, error) {
	out := new(IMetagraphNotHotkeyOwner)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphNotSubnetOwner represents a NotSubnetOwner error raised by the IMetagraph contract.
type IMetagraphNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func IMetagraphNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iMetagraph *IMetagraph) UnpackNotSubnetOwnerError(raw []byte) (*IMetagraphNotSubnetOwner, error) {
	out := new(IMetagraphNotSubnetOwner)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphNotSupported represents a NotSupported error raised by the IMetagraph contract.
type IMetagraphNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func IMetagraphNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iMetagraph *IMetagraph) UnpackNotSupportedError(raw []byte) (*IMetagraphNotSupported, error) {
	out := new(IMetagraphNotSupported)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphPriceLimitExceeded represents a PriceLimitExceeded error raised by the IMetagraph contract.
type IMetagraphPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func IMetagraphPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iMetagraph *IMetagraph) UnpackPriceLimitExceededError(raw []byte) (*IMetagraphPriceLimitExceeded, error) {
	out := new(IMetagraphPriceLimitExceeded)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphRateLimited represents a RateLimited error raised by the IMetagraph contract.
type IMetagraphRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func IMetagraphRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iMetagraph *IMetagraph) UnpackRateLimitedError(raw []byte) (*IMetagraphRateLimited, error) {
	out := new(IMetagraphRateLimited)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphReserveTooLow represents a ReserveTooLow error raised by the IMetagraph contract.
type IMetagraphReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func IMetagraphReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iMetagraph *IMetagraph) UnpackReserveTooLowError(raw []byte) (*IMetagraphReserveTooLow, error) {
	out := new(IMetagraphReserveTooLow)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphSlippageExceeded represents a SlippageExceeded error raised by the IMetagraph contract.
type IMetagraphSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func IMetagraphSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iMetagraph *IMetagraph) UnpackSlippageExceededError(raw []byte) (*IMetagraphSlippageExceeded, error) {
	out := new(IMetagraphSlippageExceeded)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IMetagraph contract.
type IMetagraphStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IMetagraphStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iMetagraph *IMetagraph) UnpackStaticCallNotAllowedError(raw []byte) (*IMetagraphStaticCallNotAllowed, error) {
	out := new(IMetagraphStaticCallNotAllowed)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphSubnetNotFound represents a SubnetNotFound error raised by the IMetagraph contract.
type IMetagraphSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func IMetagraphSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iMetagraph *IMetagraph) UnpackSubnetNotFoundError(raw []byte) (*IMetagraphSubnetNotFound, error) {
	out := new(IMetagraphSubnetNotFound)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphUnknownSelector represents a UnknownSelector error raised by the IMetagraph contract.
type IMetagraphUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IMetagraphUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iMetagraph *IMetagraph) UnpackUnknownSelectorError(raw []byte) (*IMetagraphUnknownSelector, error) {
	out := new(IMetagraphUnknownSelector)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphUnknownUid represents a UnknownUid error raised by the IMetagraph contract.
type IMetagraphUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func IMetagraphUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iMetagraph *IMetagraph) UnpackUnknownUidError(raw []byte) (*IMetagraphUnknownUid, error) {
	out := new(IMetagraphUnknownUid)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphValueNotAccepted represents a ValueNotAccepted error raised by the IMetagraph contract.
type IMetagraphValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IMetagraphValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iMetagraph *IMetagraph) UnpackValueNotAcceptedError(raw []byte) (*IMetagraphValueNotAccepted, error) {
	out := new(IMetagraphValueNotAccepted)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IMetagraphValueOutOfBounds represents a ValueOutOfBounds error raised by the IMetagraph contract.
type IMetagraphValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func IMetagraphValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iMetagraph *IMetagraph) UnpackValueOutOfBoundsError(raw []byte) (*IMetagraphValueOutOfBounds, error) {
	out := new(IMetagraphValueOutOfBounds)
	if err := iMetagraph.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
