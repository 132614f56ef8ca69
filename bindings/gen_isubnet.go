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

// ISubnetSubnetIdentity is an auto generated low-level Go binding around an user-defined struct.
type ISubnetSubnetIdentity struct {
	SubnetName    string
	GithubRepo    string
	SubnetContact string
	SubnetUrl     string
	Discord       string
	Description   string
	Additional    string
	LogoUrl       string
}

// ISubnetMetaData contains all meta data concerning the ISubnet contract.
var ISubnetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"limit\",\"type\":\"uint16\"}],\"name\":\"SubnetLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"HyperparameterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"subnetName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"githubRepo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetContact\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"discord\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"additional\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"logoUrl\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structISubnet.SubnetIdentity\",\"name\":\"identity\",\"type\":\"tuple\"}],\"name\":\"IdentitySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"generation\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"poolTao\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taoPerAlpha\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"escrowRefund\",\"type\":\"uint64\"}],\"name\":\"NetworkDissolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"ownerHotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"generation\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"poolSeed\",\"type\":\"uint64\"}],\"name\":\"NetworkRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"oldHotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newHotkey\",\"type\":\"bytes32\"}],\"name\":\"SubnetOwnerHotkeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"SubnetOwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getActivityCutoff\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getActivityCutoffFactor\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAdjustmentAlpha\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaSigmoidSteepness\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getAlphaValues\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"alphaLow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"alphaHigh\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBondsMovingAverage\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBondsPenalty\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBondsResetEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBurn\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBurnHalfLife\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getBurnIncreaseMult\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getCommitRevealWeightsEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getCommitRevealWeightsInterval\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getDifficulty\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getImmunityPeriod\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getKappa\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getLiquidAlphaEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMaxAllowedUids\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMaxAllowedValidators\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMaxBurn\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMaxDifficulty\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMaxWeightLimit\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMinAllowedWeights\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMinBurn\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getMinDifficulty\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getNetworkGeneration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNetworkImmunityPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNetworkLockCost\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getNetworkPowRegistrationAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getNetworkRegistrationAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getNetworkRegistrationBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getRho\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getServingRateLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getSubnetIdentity\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"subnetName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"githubRepo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetContact\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"discord\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"additional\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"logoUrl\",\"type\":\"string\"}],\"internalType\":\"structISubnet.SubnetIdentity\",\"name\":\"identity\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getSubnetLimit\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getSubnetOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getSubnetOwnerHotkey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getTempo\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTotalNetworks\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getTransfersEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getWeightsSetRateLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getWeightsVersionKey\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"getYuma3Enabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"registerNetwork\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subnetName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"githubRepo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetContact\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"discord\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"additional\",\"type\":\"string\"}],\"name\":\"registerNetwork\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subnetName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"githubRepo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetContact\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"discord\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"additional\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"logoUrl\",\"type\":\"string\"}],\"name\":\"registerNetwork\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"activityCutoff\",\"type\":\"uint16\"}],\"name\":\"setActivityCutoff\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"activityCutoffFactor\",\"type\":\"uint32\"}],\"name\":\"setActivityCutoffFactor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"adjustmentAlpha\",\"type\":\"uint64\"}],\"name\":\"setAdjustmentAlpha\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"steepness\",\"type\":\"uint16\"}],\"name\":\"setAlphaSigmoidSteepness\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"alphaLow\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"alphaHigh\",\"type\":\"uint16\"}],\"name\":\"setAlphaValues\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"bondsMovingAverage\",\"type\":\"uint64\"}],\"name\":\"setBondsMovingAverage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"bondsPenalty\",\"type\":\"uint16\"}],\"name\":\"setBondsPenalty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setBondsResetEnabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"halfLife\",\"type\":\"uint16\"}],\"name\":\"setBurnHalfLife\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"mult\",\"type\":\"uint64\"}],\"name\":\"setBurnIncreaseMult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCommitRevealWeightsEnabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"setCommitRevealWeightsInterval\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"difficulty\",\"type\":\"uint64\"}],\"name\":\"setDifficulty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"immunityPeriod\",\"type\":\"uint16\"}],\"name\":\"setImmunityPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"kappa\",\"type\":\"uint16\"}],\"name\":\"setKappa\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setLiquidAlphaEnabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxAllowedUids\",\"type\":\"uint16\"}],\"name\":\"setMaxAllowedUids\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxBurn\",\"type\":\"uint64\"}],\"name\":\"setMaxBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"maxDifficulty\",\"type\":\"uint64\"}],\"name\":\"setMaxDifficulty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minAllowedWeights\",\"type\":\"uint16\"}],\"name\":\"setMinAllowedWeights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"minBurn\",\"type\":\"uint64\"}],\"name\":\"setMinBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"minDifficulty\",\"type\":\"uint64\"}],\"name\":\"setMinDifficulty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"registrationAllowed\",\"type\":\"bool\"}],\"name\":\"setNetworkPowRegistrationAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"registrationAllowed\",\"type\":\"bool\"}],\"name\":\"setNetworkRegistrationAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"rho\",\"type\":\"uint16\"}],\"name\":\"setRho\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"servingRateLimit\",\"type\":\"uint64\"}],\"name\":\"setServingRateLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"string\",\"name\":\"subnetName\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"githubRepo\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetContact\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subnetUrl\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"discord\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"additional\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"logoUrl\",\"type\":\"string\"}],\"name\":\"setSubnetIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"setSubnetOwnerHotkey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"weightsSetRateLimit\",\"type\":\"uint64\"}],\"name\":\"setWeightsSetRateLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"weightsVersionKey\",\"type\":\"uint64\"}],\"name\":\"setWeightsVersionKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setYuma3Enabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"toggle\",\"type\":\"bool\"}],\"name\":\"toggleTransfers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferSubnetOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ISubnet",
}

// ISubnet is an auto generated Go binding around an Ethereum contract.
type ISubnet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ISubnet) GetABI() abi.ABI {
	return c.abi
}

// NewISubnet creates a new instance of ISubnet.
func NewISubnet() *ISubnet {
	parsed, err := ISubnetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ISubnet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ISubnet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetActivityCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1095b752.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActivityCutoff(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetActivityCutoff(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getActivityCutoff", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActivityCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1095b752.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActivityCutoff(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetActivityCutoff(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getActivityCutoff", netuid)
}

// UnpackGetActivityCutoff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1095b752.
//
// Solidity: function getActivityCutoff(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetActivityCutoff(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getActivityCutoff", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetActivityCutoffFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36dd4061.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActivityCutoffFactor(uint16 netuid) view returns(uint32)
func (iSubnet *ISubnet) PackGetActivityCutoffFactor(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getActivityCutoffFactor", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActivityCutoffFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36dd4061.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActivityCutoffFactor(uint16 netuid) view returns(uint32)
func (iSubnet *ISubnet) TryPackGetActivityCutoffFactor(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getActivityCutoffFactor", netuid)
}

// UnpackGetActivityCutoffFactor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36dd4061.
//
// Solidity: function getActivityCutoffFactor(uint16 netuid) view returns(uint32)
func (iSubnet *ISubnet) UnpackGetActivityCutoffFactor(data []byte) (uint32, error) {
	out, err := iSubnet.abi.Unpack("getActivityCutoffFactor", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGetAdjustmentAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4dfbd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAdjustmentAlpha(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetAdjustmentAlpha(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getAdjustmentAlpha", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAdjustmentAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4dfbd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAdjustmentAlpha(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetAdjustmentAlpha(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getAdjustmentAlpha", netuid)
}

// UnpackGetAdjustmentAlpha is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce4dfbd8.
//
// Solidity: function getAdjustmentAlpha(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetAdjustmentAlpha(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getAdjustmentAlpha", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetAlphaSigmoidSteepness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55719c7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaSigmoidSteepness(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetAlphaSigmoidSteepness(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getAlphaSigmoidSteepness", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaSigmoidSteepness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55719c7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaSigmoidSteepness(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetAlphaSigmoidSteepness(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getAlphaSigmoidSteepness", netuid)
}

// UnpackGetAlphaSigmoidSteepness is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55719c7d.
//
// Solidity: function getAlphaSigmoidSteepness(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetAlphaSigmoidSteepness(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getAlphaSigmoidSteepness", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetAlphaValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e93101.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaValues(uint16 netuid) view returns(uint16 alphaLow, uint16 alphaHigh)
func (iSubnet *ISubnet) PackGetAlphaValues(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getAlphaValues", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01e93101.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaValues(uint16 netuid) view returns(uint16 alphaLow, uint16 alphaHigh)
func (iSubnet *ISubnet) TryPackGetAlphaValues(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getAlphaValues", netuid)
}

// ISubnetGetAlphaValuesOutput serves as a container for the return parameters of contract
// method GetAlphaValues.
type ISubnetGetAlphaValuesOutput struct {
	AlphaLow  uint16
	AlphaHigh uint16
}

// UnpackGetAlphaValues is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01e93101.
//
// Solidity: function getAlphaValues(uint16 netuid) view returns(uint16 alphaLow, uint16 alphaHigh)
func (iSubnet *ISubnet) UnpackGetAlphaValues(data []byte) (ISubnetGetAlphaValuesOutput, error) {
	out, err := iSubnet.abi.Unpack("getAlphaValues", data)
	outstruct := new(ISubnetGetAlphaValuesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AlphaLow = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.AlphaHigh = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackGetBondsMovingAverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2b8f797.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBondsMovingAverage(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetBondsMovingAverage(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBondsMovingAverage", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBondsMovingAverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2b8f797.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBondsMovingAverage(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetBondsMovingAverage(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBondsMovingAverage", netuid)
}

// UnpackGetBondsMovingAverage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2b8f797.
//
// Solidity: function getBondsMovingAverage(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetBondsMovingAverage(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getBondsMovingAverage", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetBondsPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d66d22e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBondsPenalty(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetBondsPenalty(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBondsPenalty", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBondsPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d66d22e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBondsPenalty(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetBondsPenalty(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBondsPenalty", netuid)
}

// UnpackGetBondsPenalty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d66d22e.
//
// Solidity: function getBondsPenalty(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetBondsPenalty(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getBondsPenalty", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetBondsResetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24cee9bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBondsResetEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetBondsResetEnabled(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBondsResetEnabled", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBondsResetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24cee9bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBondsResetEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetBondsResetEnabled(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBondsResetEnabled", netuid)
}

// UnpackGetBondsResetEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24cee9bf.
//
// Solidity: function getBondsResetEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetBondsResetEnabled(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getBondsResetEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5744c0e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetBurn(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBurn", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5744c0e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetBurn(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBurn", netuid)
}

// UnpackGetBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5744c0e6.
//
// Solidity: function getBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetBurn(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getBurn", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetBurnHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20e7a79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBurnHalfLife(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetBurnHalfLife(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBurnHalfLife", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBurnHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20e7a79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBurnHalfLife(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetBurnHalfLife(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBurnHalfLife", netuid)
}

// UnpackGetBurnHalfLife is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20e7a79a.
//
// Solidity: function getBurnHalfLife(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetBurnHalfLife(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getBurnHalfLife", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetBurnIncreaseMult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc615b22c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBurnIncreaseMult(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetBurnIncreaseMult(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getBurnIncreaseMult", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBurnIncreaseMult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc615b22c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBurnIncreaseMult(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetBurnIncreaseMult(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getBurnIncreaseMult", netuid)
}

// UnpackGetBurnIncreaseMult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc615b22c.
//
// Solidity: function getBurnIncreaseMult(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetBurnIncreaseMult(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getBurnIncreaseMult", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetCommitRevealWeightsEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a9c2e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommitRevealWeightsEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetCommitRevealWeightsEnabled(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getCommitRevealWeightsEnabled", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommitRevealWeightsEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a9c2e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommitRevealWeightsEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetCommitRevealWeightsEnabled(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getCommitRevealWeightsEnabled", netuid)
}

// UnpackGetCommitRevealWeightsEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08a9c2e0.
//
// Solidity: function getCommitRevealWeightsEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetCommitRevealWeightsEnabled(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getCommitRevealWeightsEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetCommitRevealWeightsInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3398f7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommitRevealWeightsInterval(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetCommitRevealWeightsInterval(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getCommitRevealWeightsInterval", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommitRevealWeightsInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3398f7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommitRevealWeightsInterval(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetCommitRevealWeightsInterval(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getCommitRevealWeightsInterval", netuid)
}

// UnpackGetCommitRevealWeightsInterval is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3398f7f.
//
// Solidity: function getCommitRevealWeightsInterval(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetCommitRevealWeightsInterval(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getCommitRevealWeightsInterval", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x271ee4ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetDifficulty(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getDifficulty", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x271ee4ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetDifficulty(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getDifficulty", netuid)
}

// UnpackGetDifficulty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x271ee4ec.
//
// Solidity: function getDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetDifficulty(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getDifficulty", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d46c03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getImmunityPeriod(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetImmunityPeriod(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getImmunityPeriod", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d46c03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getImmunityPeriod(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetImmunityPeriod(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getImmunityPeriod", netuid)
}

// UnpackGetImmunityPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d46c03.
//
// Solidity: function getImmunityPeriod(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetImmunityPeriod(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getImmunityPeriod", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetKappa is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd936358d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getKappa(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetKappa(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getKappa", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetKappa is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd936358d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getKappa(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetKappa(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getKappa", netuid)
}

// UnpackGetKappa is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd936358d.
//
// Solidity: function getKappa(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetKappa(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getKappa", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetLiquidAlphaEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ae7a20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLiquidAlphaEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetLiquidAlphaEnabled(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getLiquidAlphaEnabled", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLiquidAlphaEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ae7a20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLiquidAlphaEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetLiquidAlphaEnabled(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getLiquidAlphaEnabled", netuid)
}

// UnpackGetLiquidAlphaEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ae7a20.
//
// Solidity: function getLiquidAlphaEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetLiquidAlphaEnabled(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getLiquidAlphaEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetMaxAllowedUids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6403b93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxAllowedUids(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetMaxAllowedUids(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMaxAllowedUids", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxAllowedUids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6403b93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxAllowedUids(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetMaxAllowedUids(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMaxAllowedUids", netuid)
}

// UnpackGetMaxAllowedUids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6403b93.
//
// Solidity: function getMaxAllowedUids(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetMaxAllowedUids(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getMaxAllowedUids", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetMaxAllowedValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98a82b61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxAllowedValidators(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetMaxAllowedValidators(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMaxAllowedValidators", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxAllowedValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98a82b61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxAllowedValidators(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetMaxAllowedValidators(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMaxAllowedValidators", netuid)
}

// UnpackGetMaxAllowedValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98a82b61.
//
// Solidity: function getMaxAllowedValidators(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetMaxAllowedValidators(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getMaxAllowedValidators", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetMaxBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x457c3e43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetMaxBurn(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMaxBurn", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x457c3e43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetMaxBurn(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMaxBurn", netuid)
}

// UnpackGetMaxBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x457c3e43.
//
// Solidity: function getMaxBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetMaxBurn(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getMaxBurn", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetMaxDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f3b48d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetMaxDifficulty(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMaxDifficulty", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f3b48d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetMaxDifficulty(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMaxDifficulty", netuid)
}

// UnpackGetMaxDifficulty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f3b48d6.
//
// Solidity: function getMaxDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetMaxDifficulty(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getMaxDifficulty", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetMaxWeightLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326b93d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxWeightLimit(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetMaxWeightLimit(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMaxWeightLimit", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxWeightLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326b93d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxWeightLimit(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetMaxWeightLimit(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMaxWeightLimit", netuid)
}

// UnpackGetMaxWeightLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x326b93d6.
//
// Solidity: function getMaxWeightLimit(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetMaxWeightLimit(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getMaxWeightLimit", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetMinAllowedWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca3a3d5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinAllowedWeights(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetMinAllowedWeights(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMinAllowedWeights", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinAllowedWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca3a3d5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinAllowedWeights(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetMinAllowedWeights(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMinAllowedWeights", netuid)
}

// UnpackGetMinAllowedWeights is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca3a3d5d.
//
// Solidity: function getMinAllowedWeights(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetMinAllowedWeights(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getMinAllowedWeights", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetMinBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38aa4d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetMinBurn(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMinBurn", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38aa4d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetMinBurn(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMinBurn", netuid)
}

// UnpackGetMinBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe38aa4d6.
//
// Solidity: function getMinBurn(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetMinBurn(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getMinBurn", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetMinDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f9bf33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetMinDifficulty(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getMinDifficulty", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f9bf33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetMinDifficulty(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getMinDifficulty", netuid)
}

// UnpackGetMinDifficulty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4f9bf33.
//
// Solidity: function getMinDifficulty(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetMinDifficulty(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getMinDifficulty", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNetworkGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc3afd0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkGeneration(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetNetworkGeneration(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getNetworkGeneration", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc3afd0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkGeneration(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetNetworkGeneration(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkGeneration", netuid)
}

// UnpackGetNetworkGeneration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc3afd0e.
//
// Solidity: function getNetworkGeneration(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetNetworkGeneration(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getNetworkGeneration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNetworkImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf775db0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkImmunityPeriod() view returns(uint64)
func (iSubnet *ISubnet) PackGetNetworkImmunityPeriod() []byte {
	enc, err := iSubnet.abi.Pack("getNetworkImmunityPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf775db0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkImmunityPeriod() view returns(uint64)
func (iSubnet *ISubnet) TryPackGetNetworkImmunityPeriod() ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkImmunityPeriod")
}

// UnpackGetNetworkImmunityPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf775db0a.
//
// Solidity: function getNetworkImmunityPeriod() view returns(uint64)
func (iSubnet *ISubnet) UnpackGetNetworkImmunityPeriod(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getNetworkImmunityPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNetworkLockCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x252d5a6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkLockCost() view returns(uint64)
func (iSubnet *ISubnet) PackGetNetworkLockCost() []byte {
	enc, err := iSubnet.abi.Pack("getNetworkLockCost")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkLockCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x252d5a6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkLockCost() view returns(uint64)
func (iSubnet *ISubnet) TryPackGetNetworkLockCost() ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkLockCost")
}

// UnpackGetNetworkLockCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x252d5a6f.
//
// Solidity: function getNetworkLockCost() view returns(uint64)
func (iSubnet *ISubnet) UnpackGetNetworkLockCost(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getNetworkLockCost", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNetworkPowRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3d558e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkPowRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetNetworkPowRegistrationAllowed(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getNetworkPowRegistrationAllowed", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkPowRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec3d558e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkPowRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetNetworkPowRegistrationAllowed(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkPowRegistrationAllowed", netuid)
}

// UnpackGetNetworkPowRegistrationAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec3d558e.
//
// Solidity: function getNetworkPowRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetNetworkPowRegistrationAllowed(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getNetworkPowRegistrationAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetNetworkRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55681afd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetNetworkRegistrationAllowed(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getNetworkRegistrationAllowed", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55681afd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetNetworkRegistrationAllowed(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkRegistrationAllowed", netuid)
}

// UnpackGetNetworkRegistrationAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55681afd.
//
// Solidity: function getNetworkRegistrationAllowed(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetNetworkRegistrationAllowed(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getNetworkRegistrationAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetNetworkRegistrationBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c751b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNetworkRegistrationBlock(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetNetworkRegistrationBlock(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getNetworkRegistrationBlock", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNetworkRegistrationBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c751b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNetworkRegistrationBlock(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetNetworkRegistrationBlock(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getNetworkRegistrationBlock", netuid)
}

// UnpackGetNetworkRegistrationBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c751b0.
//
// Solidity: function getNetworkRegistrationBlock(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetNetworkRegistrationBlock(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getNetworkRegistrationBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetRho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a959cfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRho(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetRho(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getRho", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a959cfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRho(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetRho(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getRho", netuid)
}

// UnpackGetRho is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a959cfb.
//
// Solidity: function getRho(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetRho(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getRho", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetServingRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7444dadc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getServingRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetServingRateLimit(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getServingRateLimit", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetServingRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7444dadc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getServingRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetServingRateLimit(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getServingRateLimit", netuid)
}

// UnpackGetServingRateLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7444dadc.
//
// Solidity: function getServingRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetServingRateLimit(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getServingRateLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetSubnetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb18ad27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetIdentity(uint16 netuid) view returns((string,string,string,string,string,string,string,string) identity)
func (iSubnet *ISubnet) PackGetSubnetIdentity(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getSubnetIdentity", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb18ad27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetIdentity(uint16 netuid) view returns((string,string,string,string,string,string,string,string) identity)
func (iSubnet *ISubnet) TryPackGetSubnetIdentity(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getSubnetIdentity", netuid)
}

// UnpackGetSubnetIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb18ad27.
//
// Solidity: function getSubnetIdentity(uint16 netuid) view returns((string,string,string,string,string,string,string,string) identity)
func (iSubnet *ISubnet) UnpackGetSubnetIdentity(data []byte) (ISubnetSubnetIdentity, error) {
	out, err := iSubnet.abi.Unpack("getSubnetIdentity", data)
	if err != nil {
		return *new(ISubnetSubnetIdentity), err
	}
	out0 := *abi.ConvertType(out[0], new(ISubnetSubnetIdentity)).(*ISubnetSubnetIdentity)
	return out0, nil
}

// PackGetSubnetLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7198859.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetLimit() view returns(uint16)
func (iSubnet *ISubnet) PackGetSubnetLimit() []byte {
	enc, err := iSubnet.abi.Pack("getSubnetLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7198859.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetLimit() view returns(uint16)
func (iSubnet *ISubnet) TryPackGetSubnetLimit() ([]byte, error) {
	return iSubnet.abi.Pack("getSubnetLimit")
}

// UnpackGetSubnetLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7198859.
//
// Solidity: function getSubnetLimit() view returns(uint16)
func (iSubnet *ISubnet) UnpackGetSubnetLimit(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getSubnetLimit", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetSubnetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873a7437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetOwner(uint16 netuid) view returns(address)
func (iSubnet *ISubnet) PackGetSubnetOwner(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getSubnetOwner", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873a7437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetOwner(uint16 netuid) view returns(address)
func (iSubnet *ISubnet) TryPackGetSubnetOwner(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getSubnetOwner", netuid)
}

// UnpackGetSubnetOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x873a7437.
//
// Solidity: function getSubnetOwner(uint16 netuid) view returns(address)
func (iSubnet *ISubnet) UnpackGetSubnetOwner(data []byte) (common.Address, error) {
	out, err := iSubnet.abi.Unpack("getSubnetOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSubnetOwnerHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a663f95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSubnetOwnerHotkey(uint16 netuid) view returns(bytes32)
func (iSubnet *ISubnet) PackGetSubnetOwnerHotkey(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getSubnetOwnerHotkey", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSubnetOwnerHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a663f95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSubnetOwnerHotkey(uint16 netuid) view returns(bytes32)
func (iSubnet *ISubnet) TryPackGetSubnetOwnerHotkey(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getSubnetOwnerHotkey", netuid)
}

// UnpackGetSubnetOwnerHotkey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a663f95.
//
// Solidity: function getSubnetOwnerHotkey(uint16 netuid) view returns(bytes32)
func (iSubnet *ISubnet) UnpackGetSubnetOwnerHotkey(data []byte) ([32]byte, error) {
	out, err := iSubnet.abi.Unpack("getSubnetOwnerHotkey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTempo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x585d1e14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTempo(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) PackGetTempo(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getTempo", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTempo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x585d1e14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTempo(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) TryPackGetTempo(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getTempo", netuid)
}

// UnpackGetTempo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x585d1e14.
//
// Solidity: function getTempo(uint16 netuid) view returns(uint16)
func (iSubnet *ISubnet) UnpackGetTempo(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getTempo", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetTotalNetworks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c09ffb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalNetworks() view returns(uint16)
func (iSubnet *ISubnet) PackGetTotalNetworks() []byte {
	enc, err := iSubnet.abi.Pack("getTotalNetworks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalNetworks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50c09ffb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalNetworks() view returns(uint16)
func (iSubnet *ISubnet) TryPackGetTotalNetworks() ([]byte, error) {
	return iSubnet.abi.Pack("getTotalNetworks")
}

// UnpackGetTotalNetworks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50c09ffb.
//
// Solidity: function getTotalNetworks() view returns(uint16)
func (iSubnet *ISubnet) UnpackGetTotalNetworks(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("getTotalNetworks", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetTransfersEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe17c3b16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTransfersEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetTransfersEnabled(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getTransfersEnabled", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTransfersEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe17c3b16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTransfersEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetTransfersEnabled(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getTransfersEnabled", netuid)
}

// UnpackGetTransfersEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe17c3b16.
//
// Solidity: function getTransfersEnabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetTransfersEnabled(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getTransfersEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetWeightsSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee6e8237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWeightsSetRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetWeightsSetRateLimit(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getWeightsSetRateLimit", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWeightsSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee6e8237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWeightsSetRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetWeightsSetRateLimit(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getWeightsSetRateLimit", netuid)
}

// UnpackGetWeightsSetRateLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee6e8237.
//
// Solidity: function getWeightsSetRateLimit(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetWeightsSetRateLimit(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getWeightsSetRateLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetWeightsVersionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ec0edde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getWeightsVersionKey(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) PackGetWeightsVersionKey(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getWeightsVersionKey", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetWeightsVersionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ec0edde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getWeightsVersionKey(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) TryPackGetWeightsVersionKey(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getWeightsVersionKey", netuid)
}

// UnpackGetWeightsVersionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ec0edde.
//
// Solidity: function getWeightsVersionKey(uint16 netuid) view returns(uint64)
func (iSubnet *ISubnet) UnpackGetWeightsVersionKey(data []byte) (uint64, error) {
	out, err := iSubnet.abi.Unpack("getWeightsVersionKey", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetYuma3Enabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c628ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getYuma3Enabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) PackGetYuma3Enabled(netuid uint16) []byte {
	enc, err := iSubnet.abi.Pack("getYuma3Enabled", netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetYuma3Enabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29c628ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getYuma3Enabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) TryPackGetYuma3Enabled(netuid uint16) ([]byte, error) {
	return iSubnet.abi.Pack("getYuma3Enabled", netuid)
}

// UnpackGetYuma3Enabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29c628ef.
//
// Solidity: function getYuma3Enabled(uint16 netuid) view returns(bool)
func (iSubnet *ISubnet) UnpackGetYuma3Enabled(data []byte) (bool, error) {
	out, err := iSubnet.abi.Unpack("getYuma3Enabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegisterNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14569c72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNetwork(bytes32 hotkey) returns(uint16 netuid)
func (iSubnet *ISubnet) PackRegisterNetwork(hotkey [32]byte) []byte {
	enc, err := iSubnet.abi.Pack("registerNetwork", hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNetwork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14569c72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNetwork(bytes32 hotkey) returns(uint16 netuid)
func (iSubnet *ISubnet) TryPackRegisterNetwork(hotkey [32]byte) ([]byte, error) {
	return iSubnet.abi.Pack("registerNetwork", hotkey)
}

// UnpackRegisterNetwork is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14569c72.
//
// Solidity: function registerNetwork(bytes32 hotkey) returns(uint16 netuid)
func (iSubnet *ISubnet) UnpackRegisterNetwork(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("registerNetwork", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRegisterNetwork0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cf98c6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional) returns(uint16 netuid)
func (iSubnet *ISubnet) PackRegisterNetwork0(hotkey [32]byte, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string) []byte {
	enc, err := iSubnet.abi.Pack("registerNetwork0", hotkey, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNetwork0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cf98c6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional) returns(uint16 netuid)
func (iSubnet *ISubnet) TryPackRegisterNetwork0(hotkey [32]byte, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string) ([]byte, error) {
	return iSubnet.abi.Pack("registerNetwork0", hotkey, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional)
}

// UnpackRegisterNetwork0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cf98c6b.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional) returns(uint16 netuid)
func (iSubnet *ISubnet) UnpackRegisterNetwork0(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("registerNetwork0", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackRegisterNetwork1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x493880f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional, string logoUrl) returns(uint16 netuid)
func (iSubnet *ISubnet) PackRegisterNetwork1(hotkey [32]byte, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string, logoUrl string) []byte {
	enc, err := iSubnet.abi.Pack("registerNetwork1", hotkey, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional, logoUrl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNetwork1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x493880f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional, string logoUrl) returns(uint16 netuid)
func (iSubnet *ISubnet) TryPackRegisterNetwork1(hotkey [32]byte, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string, logoUrl string) ([]byte, error) {
	return iSubnet.abi.Pack("registerNetwork1", hotkey, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional, logoUrl)
}

// UnpackRegisterNetwork1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x493880f4.
//
// Solidity: function registerNetwork(bytes32 hotkey, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional, string logoUrl) returns(uint16 netuid)
func (iSubnet *ISubnet) UnpackRegisterNetwork1(data []byte) (uint16, error) {
	out, err := iSubnet.abi.Unpack("registerNetwork1", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSetActivityCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x140cf988.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setActivityCutoff(uint16 netuid, uint16 activityCutoff) returns()
func (iSubnet *ISubnet) PackSetActivityCutoff(netuid uint16, activityCutoff uint16) []byte {
	enc, err := iSubnet.abi.Pack("setActivityCutoff", netuid, activityCutoff)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetActivityCutoff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x140cf988.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setActivityCutoff(uint16 netuid, uint16 activityCutoff) returns()
func (iSubnet *ISubnet) TryPackSetActivityCutoff(netuid uint16, activityCutoff uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setActivityCutoff", netuid, activityCutoff)
}

// PackSetActivityCutoffFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf575327d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setActivityCutoffFactor(uint16 netuid, uint32 activityCutoffFactor) returns()
func (iSubnet *ISubnet) PackSetActivityCutoffFactor(netuid uint16, activityCutoffFactor uint32) []byte {
	enc, err := iSubnet.abi.Pack("setActivityCutoffFactor", netuid, activityCutoffFactor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetActivityCutoffFactor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf575327d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setActivityCutoffFactor(uint16 netuid, uint32 activityCutoffFactor) returns()
func (iSubnet *ISubnet) TryPackSetActivityCutoffFactor(netuid uint16, activityCutoffFactor uint32) ([]byte, error) {
	return iSubnet.abi.Pack("setActivityCutoffFactor", netuid, activityCutoffFactor)
}

// PackSetAdjustmentAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200a4a16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdjustmentAlpha(uint16 netuid, uint64 adjustmentAlpha) returns()
func (iSubnet *ISubnet) PackSetAdjustmentAlpha(netuid uint16, adjustmentAlpha uint64) []byte {
	enc, err := iSubnet.abi.Pack("setAdjustmentAlpha", netuid, adjustmentAlpha)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdjustmentAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200a4a16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdjustmentAlpha(uint16 netuid, uint64 adjustmentAlpha) returns()
func (iSubnet *ISubnet) TryPackSetAdjustmentAlpha(netuid uint16, adjustmentAlpha uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setAdjustmentAlpha", netuid, adjustmentAlpha)
}

// PackSetAlphaSigmoidSteepness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa513ba05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAlphaSigmoidSteepness(uint16 netuid, uint16 steepness) returns()
func (iSubnet *ISubnet) PackSetAlphaSigmoidSteepness(netuid uint16, steepness uint16) []byte {
	enc, err := iSubnet.abi.Pack("setAlphaSigmoidSteepness", netuid, steepness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAlphaSigmoidSteepness is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa513ba05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAlphaSigmoidSteepness(uint16 netuid, uint16 steepness) returns()
func (iSubnet *ISubnet) TryPackSetAlphaSigmoidSteepness(netuid uint16, steepness uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setAlphaSigmoidSteepness", netuid, steepness)
}

// PackSetAlphaValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4828d0db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAlphaValues(uint16 netuid, uint16 alphaLow, uint16 alphaHigh) returns()
func (iSubnet *ISubnet) PackSetAlphaValues(netuid uint16, alphaLow uint16, alphaHigh uint16) []byte {
	enc, err := iSubnet.abi.Pack("setAlphaValues", netuid, alphaLow, alphaHigh)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAlphaValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4828d0db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAlphaValues(uint16 netuid, uint16 alphaLow, uint16 alphaHigh) returns()
func (iSubnet *ISubnet) TryPackSetAlphaValues(netuid uint16, alphaLow uint16, alphaHigh uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setAlphaValues", netuid, alphaLow, alphaHigh)
}

// PackSetBondsMovingAverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36bdd653.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBondsMovingAverage(uint16 netuid, uint64 bondsMovingAverage) returns()
func (iSubnet *ISubnet) PackSetBondsMovingAverage(netuid uint16, bondsMovingAverage uint64) []byte {
	enc, err := iSubnet.abi.Pack("setBondsMovingAverage", netuid, bondsMovingAverage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBondsMovingAverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36bdd653.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBondsMovingAverage(uint16 netuid, uint64 bondsMovingAverage) returns()
func (iSubnet *ISubnet) TryPackSetBondsMovingAverage(netuid uint16, bondsMovingAverage uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setBondsMovingAverage", netuid, bondsMovingAverage)
}

// PackSetBondsPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110a2fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBondsPenalty(uint16 netuid, uint16 bondsPenalty) returns()
func (iSubnet *ISubnet) PackSetBondsPenalty(netuid uint16, bondsPenalty uint16) []byte {
	enc, err := iSubnet.abi.Pack("setBondsPenalty", netuid, bondsPenalty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBondsPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x110a2fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBondsPenalty(uint16 netuid, uint16 bondsPenalty) returns()
func (iSubnet *ISubnet) TryPackSetBondsPenalty(netuid uint16, bondsPenalty uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setBondsPenalty", netuid, bondsPenalty)
}

// PackSetBondsResetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ff37b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBondsResetEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) PackSetBondsResetEnabled(netuid uint16, enabled bool) []byte {
	enc, err := iSubnet.abi.Pack("setBondsResetEnabled", netuid, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBondsResetEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ff37b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBondsResetEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) TryPackSetBondsResetEnabled(netuid uint16, enabled bool) ([]byte, error) {
	return iSubnet.abi.Pack("setBondsResetEnabled", netuid, enabled)
}

// PackSetBurnHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfe2c177.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBurnHalfLife(uint16 netuid, uint16 halfLife) returns()
func (iSubnet *ISubnet) PackSetBurnHalfLife(netuid uint16, halfLife uint16) []byte {
	enc, err := iSubnet.abi.Pack("setBurnHalfLife", netuid, halfLife)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBurnHalfLife is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfe2c177.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBurnHalfLife(uint16 netuid, uint16 halfLife) returns()
func (iSubnet *ISubnet) TryPackSetBurnHalfLife(netuid uint16, halfLife uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setBurnHalfLife", netuid, halfLife)
}

// PackSetBurnIncreaseMult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28367791.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBurnIncreaseMult(uint16 netuid, uint64 mult) returns()
func (iSubnet *ISubnet) PackSetBurnIncreaseMult(netuid uint16, mult uint64) []byte {
	enc, err := iSubnet.abi.Pack("setBurnIncreaseMult", netuid, mult)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBurnIncreaseMult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28367791.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBurnIncreaseMult(uint16 netuid, uint64 mult) returns()
func (iSubnet *ISubnet) TryPackSetBurnIncreaseMult(netuid uint16, mult uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setBurnIncreaseMult", netuid, mult)
}

// PackSetCommitRevealWeightsEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29cfc23f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitRevealWeightsEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) PackSetCommitRevealWeightsEnabled(netuid uint16, enabled bool) []byte {
	enc, err := iSubnet.abi.Pack("setCommitRevealWeightsEnabled", netuid, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitRevealWeightsEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29cfc23f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitRevealWeightsEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) TryPackSetCommitRevealWeightsEnabled(netuid uint16, enabled bool) ([]byte, error) {
	return iSubnet.abi.Pack("setCommitRevealWeightsEnabled", netuid, enabled)
}

// PackSetCommitRevealWeightsInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d274632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitRevealWeightsInterval(uint16 netuid, uint64 interval) returns()
func (iSubnet *ISubnet) PackSetCommitRevealWeightsInterval(netuid uint16, interval uint64) []byte {
	enc, err := iSubnet.abi.Pack("setCommitRevealWeightsInterval", netuid, interval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitRevealWeightsInterval is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d274632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitRevealWeightsInterval(uint16 netuid, uint64 interval) returns()
func (iSubnet *ISubnet) TryPackSetCommitRevealWeightsInterval(netuid uint16, interval uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setCommitRevealWeightsInterval", netuid, interval)
}

// PackSetDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4026ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDifficulty(uint16 netuid, uint64 difficulty) returns()
func (iSubnet *ISubnet) PackSetDifficulty(netuid uint16, difficulty uint64) []byte {
	enc, err := iSubnet.abi.Pack("setDifficulty", netuid, difficulty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4026ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDifficulty(uint16 netuid, uint64 difficulty) returns()
func (iSubnet *ISubnet) TryPackSetDifficulty(netuid uint16, difficulty uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setDifficulty", netuid, difficulty)
}

// PackSetImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5933848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setImmunityPeriod(uint16 netuid, uint16 immunityPeriod) returns()
func (iSubnet *ISubnet) PackSetImmunityPeriod(netuid uint16, immunityPeriod uint16) []byte {
	enc, err := iSubnet.abi.Pack("setImmunityPeriod", netuid, immunityPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetImmunityPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5933848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setImmunityPeriod(uint16 netuid, uint16 immunityPeriod) returns()
func (iSubnet *ISubnet) TryPackSetImmunityPeriod(netuid uint16, immunityPeriod uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setImmunityPeriod", netuid, immunityPeriod)
}

// PackSetKappa is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59227dc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKappa(uint16 netuid, uint16 kappa) returns()
func (iSubnet *ISubnet) PackSetKappa(netuid uint16, kappa uint16) []byte {
	enc, err := iSubnet.abi.Pack("setKappa", netuid, kappa)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKappa is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59227dc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKappa(uint16 netuid, uint16 kappa) returns()
func (iSubnet *ISubnet) TryPackSetKappa(netuid uint16, kappa uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setKappa", netuid, kappa)
}

// PackSetLiquidAlphaEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd329acf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidAlphaEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) PackSetLiquidAlphaEnabled(netuid uint16, enabled bool) []byte {
	enc, err := iSubnet.abi.Pack("setLiquidAlphaEnabled", netuid, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLiquidAlphaEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd329acf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLiquidAlphaEnabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) TryPackSetLiquidAlphaEnabled(netuid uint16, enabled bool) ([]byte, error) {
	return iSubnet.abi.Pack("setLiquidAlphaEnabled", netuid, enabled)
}

// PackSetMaxAllowedUids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f1eef64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxAllowedUids(uint16 netuid, uint16 maxAllowedUids) returns()
func (iSubnet *ISubnet) PackSetMaxAllowedUids(netuid uint16, maxAllowedUids uint16) []byte {
	enc, err := iSubnet.abi.Pack("setMaxAllowedUids", netuid, maxAllowedUids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxAllowedUids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f1eef64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxAllowedUids(uint16 netuid, uint16 maxAllowedUids) returns()
func (iSubnet *ISubnet) TryPackSetMaxAllowedUids(netuid uint16, maxAllowedUids uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setMaxAllowedUids", netuid, maxAllowedUids)
}

// PackSetMaxBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01780f10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBurn(uint16 netuid, uint64 maxBurn) returns()
func (iSubnet *ISubnet) PackSetMaxBurn(netuid uint16, maxBurn uint64) []byte {
	enc, err := iSubnet.abi.Pack("setMaxBurn", netuid, maxBurn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01780f10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxBurn(uint16 netuid, uint64 maxBurn) returns()
func (iSubnet *ISubnet) TryPackSetMaxBurn(netuid uint16, maxBurn uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setMaxBurn", netuid, maxBurn)
}

// PackSetMaxDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9538d4c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxDifficulty(uint16 netuid, uint64 maxDifficulty) returns()
func (iSubnet *ISubnet) PackSetMaxDifficulty(netuid uint16, maxDifficulty uint64) []byte {
	enc, err := iSubnet.abi.Pack("setMaxDifficulty", netuid, maxDifficulty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9538d4c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxDifficulty(uint16 netuid, uint64 maxDifficulty) returns()
func (iSubnet *ISubnet) TryPackSetMaxDifficulty(netuid uint16, maxDifficulty uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setMaxDifficulty", netuid, maxDifficulty)
}

// PackSetMinAllowedWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed1b477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinAllowedWeights(uint16 netuid, uint16 minAllowedWeights) returns()
func (iSubnet *ISubnet) PackSetMinAllowedWeights(netuid uint16, minAllowedWeights uint16) []byte {
	enc, err := iSubnet.abi.Pack("setMinAllowedWeights", netuid, minAllowedWeights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinAllowedWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed1b477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinAllowedWeights(uint16 netuid, uint16 minAllowedWeights) returns()
func (iSubnet *ISubnet) TryPackSetMinAllowedWeights(netuid uint16, minAllowedWeights uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setMinAllowedWeights", netuid, minAllowedWeights)
}

// PackSetMinBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e47287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinBurn(uint16 netuid, uint64 minBurn) returns()
func (iSubnet *ISubnet) PackSetMinBurn(netuid uint16, minBurn uint64) []byte {
	enc, err := iSubnet.abi.Pack("setMinBurn", netuid, minBurn)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e47287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinBurn(uint16 netuid, uint64 minBurn) returns()
func (iSubnet *ISubnet) TryPackSetMinBurn(netuid uint16, minBurn uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setMinBurn", netuid, minBurn)
}

// PackSetMinDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37000dcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinDifficulty(uint16 netuid, uint64 minDifficulty) returns()
func (iSubnet *ISubnet) PackSetMinDifficulty(netuid uint16, minDifficulty uint64) []byte {
	enc, err := iSubnet.abi.Pack("setMinDifficulty", netuid, minDifficulty)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinDifficulty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37000dcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinDifficulty(uint16 netuid, uint64 minDifficulty) returns()
func (iSubnet *ISubnet) TryPackSetMinDifficulty(netuid uint16, minDifficulty uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setMinDifficulty", netuid, minDifficulty)
}

// PackSetNetworkPowRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8e44388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNetworkPowRegistrationAllowed(uint16 netuid, bool registrationAllowed) returns()
func (iSubnet *ISubnet) PackSetNetworkPowRegistrationAllowed(netuid uint16, registrationAllowed bool) []byte {
	enc, err := iSubnet.abi.Pack("setNetworkPowRegistrationAllowed", netuid, registrationAllowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNetworkPowRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8e44388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNetworkPowRegistrationAllowed(uint16 netuid, bool registrationAllowed) returns()
func (iSubnet *ISubnet) TryPackSetNetworkPowRegistrationAllowed(netuid uint16, registrationAllowed bool) ([]byte, error) {
	return iSubnet.abi.Pack("setNetworkPowRegistrationAllowed", netuid, registrationAllowed)
}

// PackSetNetworkRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1830a9bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNetworkRegistrationAllowed(uint16 netuid, bool registrationAllowed) returns()
func (iSubnet *ISubnet) PackSetNetworkRegistrationAllowed(netuid uint16, registrationAllowed bool) []byte {
	enc, err := iSubnet.abi.Pack("setNetworkRegistrationAllowed", netuid, registrationAllowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNetworkRegistrationAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1830a9bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNetworkRegistrationAllowed(uint16 netuid, bool registrationAllowed) returns()
func (iSubnet *ISubnet) TryPackSetNetworkRegistrationAllowed(netuid uint16, registrationAllowed bool) ([]byte, error) {
	return iSubnet.abi.Pack("setNetworkRegistrationAllowed", netuid, registrationAllowed)
}

// PackSetRho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08edbf6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRho(uint16 netuid, uint16 rho) returns()
func (iSubnet *ISubnet) PackSetRho(netuid uint16, rho uint16) []byte {
	enc, err := iSubnet.abi.Pack("setRho", netuid, rho)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08edbf6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRho(uint16 netuid, uint16 rho) returns()
func (iSubnet *ISubnet) TryPackSetRho(netuid uint16, rho uint16) ([]byte, error) {
	return iSubnet.abi.Pack("setRho", netuid, rho)
}

// PackSetServingRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb38e0bbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setServingRateLimit(uint16 netuid, uint64 servingRateLimit) returns()
func (iSubnet *ISubnet) PackSetServingRateLimit(netuid uint16, servingRateLimit uint64) []byte {
	enc, err := iSubnet.abi.Pack("setServingRateLimit", netuid, servingRateLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetServingRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb38e0bbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setServingRateLimit(uint16 netuid, uint64 servingRateLimit) returns()
func (iSubnet *ISubnet) TryPackSetServingRateLimit(netuid uint16, servingRateLimit uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setServingRateLimit", netuid, servingRateLimit)
}

// PackSetSubnetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2065a6e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSubnetIdentity(uint16 netuid, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional, string logoUrl) returns()
func (iSubnet *ISubnet) PackSetSubnetIdentity(netuid uint16, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string, logoUrl string) []byte {
	enc, err := iSubnet.abi.Pack("setSubnetIdentity", netuid, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional, logoUrl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSubnetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2065a6e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSubnetIdentity(uint16 netuid, string subnetName, string githubRepo, string subnetContact, string subnetUrl, string discord, string description, string additional, string logoUrl) returns()
func (iSubnet *ISubnet) TryPackSetSubnetIdentity(netuid uint16, subnetName string, githubRepo string, subnetContact string, subnetUrl string, discord string, description string, additional string, logoUrl string) ([]byte, error) {
	return iSubnet.abi.Pack("setSubnetIdentity", netuid, subnetName, githubRepo, subnetContact, subnetUrl, discord, description, additional, logoUrl)
}

// PackSetSubnetOwnerHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d8ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSubnetOwnerHotkey(uint16 netuid, bytes32 hotkey) returns()
func (iSubnet *ISubnet) PackSetSubnetOwnerHotkey(netuid uint16, hotkey [32]byte) []byte {
	enc, err := iSubnet.abi.Pack("setSubnetOwnerHotkey", netuid, hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSubnetOwnerHotkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ea1d8ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSubnetOwnerHotkey(uint16 netuid, bytes32 hotkey) returns()
func (iSubnet *ISubnet) TryPackSetSubnetOwnerHotkey(netuid uint16, hotkey [32]byte) ([]byte, error) {
	return iSubnet.abi.Pack("setSubnetOwnerHotkey", netuid, hotkey)
}

// PackSetWeightsSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x579f0fdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWeightsSetRateLimit(uint16 netuid, uint64 weightsSetRateLimit) returns()
func (iSubnet *ISubnet) PackSetWeightsSetRateLimit(netuid uint16, weightsSetRateLimit uint64) []byte {
	enc, err := iSubnet.abi.Pack("setWeightsSetRateLimit", netuid, weightsSetRateLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWeightsSetRateLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x579f0fdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWeightsSetRateLimit(uint16 netuid, uint64 weightsSetRateLimit) returns()
func (iSubnet *ISubnet) TryPackSetWeightsSetRateLimit(netuid uint16, weightsSetRateLimit uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setWeightsSetRateLimit", netuid, weightsSetRateLimit)
}

// PackSetWeightsVersionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3caadef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWeightsVersionKey(uint16 netuid, uint64 weightsVersionKey) returns()
func (iSubnet *ISubnet) PackSetWeightsVersionKey(netuid uint16, weightsVersionKey uint64) []byte {
	enc, err := iSubnet.abi.Pack("setWeightsVersionKey", netuid, weightsVersionKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWeightsVersionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3caadef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWeightsVersionKey(uint16 netuid, uint64 weightsVersionKey) returns()
func (iSubnet *ISubnet) TryPackSetWeightsVersionKey(netuid uint16, weightsVersionKey uint64) ([]byte, error) {
	return iSubnet.abi.Pack("setWeightsVersionKey", netuid, weightsVersionKey)
}

// PackSetYuma3Enabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60db69c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setYuma3Enabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) PackSetYuma3Enabled(netuid uint16, enabled bool) []byte {
	enc, err := iSubnet.abi.Pack("setYuma3Enabled", netuid, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetYuma3Enabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60db69c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setYuma3Enabled(uint16 netuid, bool enabled) returns()
func (iSubnet *ISubnet) TryPackSetYuma3Enabled(netuid uint16, enabled bool) ([]byte, error) {
	return iSubnet.abi.Pack("setYuma3Enabled", netuid, enabled)
}

// PackToggleTransfers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c42b81a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toggleTransfers(uint16 netuid, bool toggle) returns()
func (iSubnet *ISubnet) PackToggleTransfers(netuid uint16, toggle bool) []byte {
	enc, err := iSubnet.abi.Pack("toggleTransfers", netuid, toggle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToggleTransfers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c42b81a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toggleTransfers(uint16 netuid, bool toggle) returns()
func (iSubnet *ISubnet) TryPackToggleTransfers(netuid uint16, toggle bool) ([]byte, error) {
	return iSubnet.abi.Pack("toggleTransfers", netuid, toggle)
}

// PackTransferSubnetOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1417d81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferSubnetOwnership(uint16 netuid, address newOwner) returns()
func (iSubnet *ISubnet) PackTransferSubnetOwnership(netuid uint16, newOwner common.Address) []byte {
	enc, err := iSubnet.abi.Pack("transferSubnetOwnership", netuid, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferSubnetOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1417d81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferSubnetOwnership(uint16 netuid, address newOwner) returns()
func (iSubnet *ISubnet) TryPackTransferSubnetOwnership(netuid uint16, newOwner common.Address) ([]byte, error) {
	return iSubnet.abi.Pack("transferSubnetOwnership", netuid, newOwner)
}

// ISubnetHyperparameterSet represents a HyperparameterSet event raised by the ISubnet contract.
type ISubnetHyperparameterSet struct {
	Netuid uint16
	Key    [32]byte
	Value  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ISubnetHyperparameterSetEventName = "HyperparameterSet"

// ContractEventName returns the user-defined event name.
func (ISubnetHyperparameterSet) ContractEventName() string {
	return ISubnetHyperparameterSetEventName
}

// UnpackHyperparameterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HyperparameterSet(uint16 indexed netuid, bytes32 indexed key, uint256 value)
func (iSubnet *ISubnet) UnpackHyperparameterSetEvent(log *types.Log) (*ISubnetHyperparameterSet, error) {
	event := "HyperparameterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetHyperparameterSet)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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

// ISubnetIdentitySet represents a IdentitySet event raised by the ISubnet contract.
type ISubnetIdentitySet struct {
	Netuid   uint16
	Identity ISubnetSubnetIdentity
	Raw      *types.Log // Blockchain specific contextual infos
}

const ISubnetIdentitySetEventName = "IdentitySet"

// ContractEventName returns the user-defined event name.
func (ISubnetIdentitySet) ContractEventName() string {
	return ISubnetIdentitySetEventName
}

// UnpackIdentitySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentitySet(uint16 indexed netuid, (string,string,string,string,string,string,string,string) identity)
func (iSubnet *ISubnet) UnpackIdentitySetEvent(log *types.Log) (*ISubnetIdentitySet, error) {
	event := "IdentitySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetIdentitySet)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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

// ISubnetNetworkDissolved represents a NetworkDissolved event raised by the ISubnet contract.
type ISubnetNetworkDissolved struct {
	Netuid       uint16
	Owner        common.Address
	Generation   uint64
	PoolTao      uint64
	TaoPerAlpha  *big.Int
	EscrowRefund uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const ISubnetNetworkDissolvedEventName = "NetworkDissolved"

// ContractEventName returns the user-defined event name.
func (ISubnetNetworkDissolved) ContractEventName() string {
	return ISubnetNetworkDissolvedEventName
}

// UnpackNetworkDissolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NetworkDissolved(uint16 indexed netuid, address indexed owner, uint64 generation, uint64 poolTao, uint256 taoPerAlpha, uint64 escrowRefund)
func (iSubnet *ISubnet) UnpackNetworkDissolvedEvent(log *types.Log) (*ISubnetNetworkDissolved, error) {
	event := "NetworkDissolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetNetworkDissolved)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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

// ISubnetNetworkRegistered represents a NetworkRegistered event raised by the ISubnet contract.
type ISubnetNetworkRegistered struct {
	Netuid      uint16
	Owner       common.Address
	OwnerHotkey [32]byte
	Generation  uint64
	Lock        uint64
	PoolSeed    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const ISubnetNetworkRegisteredEventName = "NetworkRegistered"

// ContractEventName returns the user-defined event name.
func (ISubnetNetworkRegistered) ContractEventName() string {
	return ISubnetNetworkRegisteredEventName
}

// UnpackNetworkRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NetworkRegistered(uint16 indexed netuid, address indexed owner, bytes32 indexed ownerHotkey, uint64 generation, uint64 lock, uint64 poolSeed)
func (iSubnet *ISubnet) UnpackNetworkRegisteredEvent(log *types.Log) (*ISubnetNetworkRegistered, error) {
	event := "NetworkRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetNetworkRegistered)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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

// ISubnetSubnetOwnerHotkeySet represents a SubnetOwnerHotkeySet event raised by the ISubnet contract.
type ISubnetSubnetOwnerHotkeySet struct {
	Netuid    uint16
	OldHotkey [32]byte
	NewHotkey [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const ISubnetSubnetOwnerHotkeySetEventName = "SubnetOwnerHotkeySet"

// ContractEventName returns the user-defined event name.
func (ISubnetSubnetOwnerHotkeySet) ContractEventName() string {
	return ISubnetSubnetOwnerHotkeySetEventName
}

// UnpackSubnetOwnerHotkeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubnetOwnerHotkeySet(uint16 indexed netuid, bytes32 indexed oldHotkey, bytes32 indexed newHotkey)
func (iSubnet *ISubnet) UnpackSubnetOwnerHotkeySetEvent(log *types.Log) (*ISubnetSubnetOwnerHotkeySet, error) {
	event := "SubnetOwnerHotkeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetSubnetOwnerHotkeySet)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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

// ISubnetSubnetOwnershipTransferred represents a SubnetOwnershipTransferred event raised by the ISubnet contract.
type ISubnetSubnetOwnershipTransferred struct {
	Netuid        uint16
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ISubnetSubnetOwnershipTransferredEventName = "SubnetOwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ISubnetSubnetOwnershipTransferred) ContractEventName() string {
	return ISubnetSubnetOwnershipTransferredEventName
}

// UnpackSubnetOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubnetOwnershipTransferred(uint16 indexed netuid, address indexed previousOwner, address indexed newOwner)
func (iSubnet *ISubnet) UnpackSubnetOwnershipTransferredEvent(log *types.Log) (*ISubnetSubnetOwnershipTransferred, error) {
	event := "SubnetOwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iSubnet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ISubnetSubnetOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := iSubnet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSubnet.abi.Events[event].Inputs {
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
func (iSubnet *ISubnet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iSubnet.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iSubnet.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iSubnet.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iSubnet.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iSubnet.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iSubnet.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iSubnet.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iSubnet.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iSubnet.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iSubnet.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iSubnet.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iSubnet.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iSubnet.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iSubnet.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iSubnet.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iSubnet.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iSubnet.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["SubnetLimitReached"].ID.Bytes()[:4]) {
		return iSubnet.UnpackSubnetLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iSubnet.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iSubnet.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iSubnet.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iSubnet.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSubnet.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iSubnet.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ISubnetAmountOverflow represents a AmountOverflow error raised by the ISubnet contract.
type ISubnetAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func ISubnetAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iSubnet *ISubnet) UnpackAmountOverflowError(raw []byte) (*ISubnetAmountOverflow, error) {
	out := new(ISubnetAmountOverflow)
	if err := iSubnet.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the ISubnet contract.
type ISubnetDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func ISubnetDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iSubnet *ISubnet) UnpackDelegateCallNotAllowedError(raw []byte) (*ISubnetDelegateCallNotAllowed, error) {
	out := new(ISubnetDelegateCallNotAllowed)
	if err := iSubnet.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetHotkeyNotFound represents a HotkeyNotFound error raised by the ISubnet contract.
type ISubnetHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func ISubnetHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iSubnet *ISubnet) UnpackHotkeyNotFoundError(raw []byte) (*ISubnetHotkeyNotFound, error) {
	out := new(ISubnetHotkeyNotFound)
	if err := iSubnet.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the ISubnet contract.
type ISubnetHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func ISubnetHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iSubnet *ISubnet) UnpackHotkeyNotRegisteredError(raw []byte) (*ISubnetHotkeyNotRegistered, error) {
	out := new(ISubnetHotkeyNotRegistered)
	if err := iSubnet.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetInputTooLarge represents a InputTooLarge error raised by the ISubnet contract.
type ISubnetInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func ISubnetInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iSubnet *ISubnet) UnpackInputTooLargeError(raw []byte) (*ISubnetInputTooLarge, error) {
	out := new(ISubnetInputTooLarge)
	if err := iSubnet.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetInsufficientBalance represents a InsufficientBalance error raised by the ISubnet contract.
type ISubnetInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func ISubnetInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iSubnet *ISubnet) UnpackInsufficientBalanceError(raw []byte) (*ISubnetInsufficientBalance, error) {
	out := new(ISubnetInsufficientBalance)
	if err := iSubnet.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetInternalError represents a InternalError error raised by the ISubnet contract.
type ISubnetInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func ISubnetInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iSubnet *ISubnet) UnpackInternalErrorError(raw []byte) (*ISubnetInternalError, error) {
	out := new(ISubnetInternalError)
	if err := iSubnet.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetInvalidCalldata represents a InvalidCalldata error raised by the ISubnet contract.
type ISubnetInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func ISubnetInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iSubnet *ISubnet) UnpackInvalidCalldataError(raw []byte) (*ISubnetInvalidCalldata, error) {
	out := new(ISubnetInvalidCalldata)
	if err := iSubnet.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetInvalidKey represents a InvalidKey error raised by the ISubnet contract.
type ISubnetInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func ISubnetInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iSubnet *ISubnet) UnpackInvalidKeyError(raw []byte) (*ISubnetInvalidKey, error) {
	out := new(ISubnetInvalidKey)
	if err := iSubnet.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetNotHotkeyOwner represents a NotHotkeyOwner error raised by the ISubnet contract.
type ISubnetNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func ISubnetNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iSubnet *ISubnet) UnpackNotHotkeyOwnerError(raw []byte) (*ISubnetNotHotkeyOwner, error) {
	out := new(ISubnetNotHotkeyOwner)
	if err := iSubnet.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetNotSubnetOwner represents a NotSubnetOwner error raised by the ISubnet contract.
type ISubnetNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func ISubnetNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iSubnet *ISubnet) UnpackNotSubnetOwnerError(raw []byte) (*ISubnetNotSubnetOwner, error) {
	out := new(ISubnetNotSubnetOwner)
	if err := iSubnet.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetNotSupported represents a NotSupported error raised by the ISubnet contract.
type ISubnetNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func ISubnetNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iSubnet *ISubnet) UnpackNotSupportedError(raw []byte) (*ISubnetNotSupported, error) {
	out := new(ISubnetNotSupported)
	if err := iSubnet.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetPriceLimitExceeded represents a PriceLimitExceeded error raised by the ISubnet contract.
type ISubnetPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func ISubnetPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iSubnet *ISubnet) UnpackPriceLimitExceededError(raw []byte) (*ISubnetPriceLimitExceeded, error) {
	out := new(ISubnetPriceLimitExceeded)
	if err := iSubnet.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetRateLimited represents a RateLimited error raised by the ISubnet contract.
type ISubnetRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func ISubnetRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iSubnet *ISubnet) UnpackRateLimitedError(raw []byte) (*ISubnetRateLimited, error) {
	out := new(ISubnetRateLimited)
	if err := iSubnet.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetReserveTooLow represents a ReserveTooLow error raised by the ISubnet contract.
type ISubnetReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func ISubnetReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iSubnet *ISubnet) UnpackReserveTooLowError(raw []byte) (*ISubnetReserveTooLow, error) {
	out := new(ISubnetReserveTooLow)
	if err := iSubnet.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetSlippageExceeded represents a SlippageExceeded error raised by the ISubnet contract.
type ISubnetSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func ISubnetSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iSubnet *ISubnet) UnpackSlippageExceededError(raw []byte) (*ISubnetSlippageExceeded, error) {
	out := new(ISubnetSlippageExceeded)
	if err := iSubnet.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the ISubnet contract.
type ISubnetStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func ISubnetStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iSubnet *ISubnet) UnpackStaticCallNotAllowedError(raw []byte) (*ISubnetStaticCallNotAllowed, error) {
	out := new(ISubnetStaticCallNotAllowed)
	if err := iSubnet.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetSubnetLimitReached represents a SubnetLimitReached error raised by the ISubnet contract.
type ISubnetSubnetLimitReached struct {
	Limit uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetLimitReached(uint16 limit)
func ISubnetSubnetLimitReachedErrorID() common.Hash {
	return common.HexToHash("0xf8d77c38ff76da5570c7582cafe61fcaf2c3c7d80cc0e500454a67b4aa553f21")
}

// UnpackSubnetLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetLimitReached(uint16 limit)
func (iSubnet *ISubnet) UnpackSubnetLimitReachedError(raw []byte) (*ISubnetSubnetLimitReached, error) {
	out := new(ISubnetSubnetLimitReached)
	if err := iSubnet.abi.UnpackIntoInterface(out, "SubnetLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetSubnetNotFound represents a SubnetNotFound error raised by the ISubnet contract.
type ISubnetSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func ISubnetSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iSubnet *ISubnet) UnpackSubnetNotFoundError(raw []byte) (*ISubnetSubnetNotFound, error) {
	out := new(ISubnetSubnetNotFound)
	if err := iSubnet.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetUnknownSelector represents a UnknownSelector error raised by the ISubnet contract.
type ISubnetUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func ISubnetUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iSubnet *ISubnet) UnpackUnknownSelectorError(raw []byte) (*ISubnetUnknownSelector, error) {
	out := new(ISubnetUnknownSelector)
	if err := iSubnet.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetUnknownUid represents a UnknownUid error raised by the ISubnet contract.
type ISubnetUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func ISubnetUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iSubnet *ISubnet) UnpackUnknownUidError(raw []byte) (*ISubnetUnknownUid, error) {
	out := new(ISubnetUnknownUid)
	if err := iSubnet.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetValueNotAccepted represents a ValueNotAccepted error raised by the ISubnet contract.
type ISubnetValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func ISubnetValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iSubnet *ISubnet) UnpackValueNotAcceptedError(raw []byte) (*ISubnetValueNotAccepted, error) {
	out := new(ISubnetValueNotAccepted)
	if err := iSubnet.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISubnetValueOutOfBounds represents a ValueOutOfBounds error raised by the ISubnet contract.
type ISubnetValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func ISubnetValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iSubnet *ISubnet) UnpackValueOutOfBoundsError(raw []byte) (*ISubnetValueOutOfBounds, error) {
	out := new(ISubnetValueOutOfBounds)
	if err := iSubnet.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
