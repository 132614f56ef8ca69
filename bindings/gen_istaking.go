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

// IStakingMetaData contains all meta data concerning the IStaking contract.
var IStakingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"AmountOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"BelowMinimumStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DelegateCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"HotkeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InternalError\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCalldata\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"current\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"requested\",\"type\":\"uint16\"}],\"name\":\"InvalidTake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotHotkeyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubnetOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"generation\",\"type\":\"uint64\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"PriceLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"RateLimited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reserve\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"ReserveTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameStakePosition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxAmount\",\"type\":\"uint64\"}],\"name\":\"SlippageExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StaticCallNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"SubnetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyStakePositions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"}],\"name\":\"TransfersDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"UnknownSelector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"uid\",\"type\":\"uint16\"}],\"name\":\"UnknownUid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ValueOutOfBounds\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"}],\"name\":\"AlphaBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"generation\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"}],\"name\":\"DissolvedStakeClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"originHotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"destinationHotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"originNetuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"destinationNetuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alphaIn\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alphaOut\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"}],\"name\":\"StakeMoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tao\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"}],\"name\":\"StakeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"originNetuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"destinationNetuid\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alphaIn\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alphaOut\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"StakeTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"netuid\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"coldkey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"taoForAlpha\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountIn\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountOut\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fee\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"taoReserve\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alphaReserve\",\"type\":\"uint64\"}],\"name\":\"Swap\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"oldTake\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newTake\",\"type\":\"uint16\"}],\"name\":\"TakeChanged\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"delegate\",\"type\":\"bytes32\"}],\"name\":\"addProxy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"alpha\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limitPrice\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"allowPartial\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"addStakeLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"alpha\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"burnAlpha\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"generation\",\"type\":\"uint256\"}],\"name\":\"claimDissolvedStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"take\",\"type\":\"uint16\"}],\"name\":\"decreaseTake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"getAlphaStakedValidators\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"coldkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"generation\",\"type\":\"uint256\"}],\"name\":\"getClaimableDissolvedStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"getDelegateTake\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"getHotkeyOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNominatorMinRequiredStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"getNominators\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"coldkeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"coldkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"getStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"getTotalAlphaStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"coldkey\",\"type\":\"bytes32\"}],\"name\":\"getTotalColdkeyStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"coldkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"getTotalColdkeyStakeOnSubnet\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"}],\"name\":\"getTotalHotkeyStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"take\",\"type\":\"uint16\"}],\"name\":\"increaseTake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"originHotkey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destinationHotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"originNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"destinationNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"moveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"alpha\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"delegate\",\"type\":\"bytes32\"}],\"name\":\"removeProxy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"removeStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"removeStakeFull\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limitPrice\",\"type\":\"uint256\"}],\"name\":\"removeStakeFullLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limitPrice\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"allowPartial\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"netuid\",\"type\":\"uint256\"}],\"name\":\"removeStakeLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"alpha\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tao\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"destinationColdkey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"originNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"destinationNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"alpha\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"source\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"destination\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hotkey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"originNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"destinationNetuid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferStakeFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IStaking",
}

// IStaking is an auto generated Go binding around an Ethereum contract.
type IStaking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IStaking) GetABI() abi.ABI {
	return c.abi
}

// NewIStaking creates a new instance of IStaking.
func NewIStaking() *IStaking {
	parsed, err := IStakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IStaking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IStaking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10d08eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addProxy(bytes32 delegate) returns()
func (iStaking *IStaking) PackAddProxy(delegate [32]byte) []byte {
	enc, err := iStaking.abi.Pack("addProxy", delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10d08eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addProxy(bytes32 delegate) returns()
func (iStaking *IStaking) TryPackAddProxy(delegate [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("addProxy", delegate)
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fc9b141.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 alpha)
func (iStaking *IStaking) PackAddStake(hotkey [32]byte, amount *big.Int, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("addStake", hotkey, amount, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fc9b141.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 alpha)
func (iStaking *IStaking) TryPackAddStake(hotkey [32]byte, amount *big.Int, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("addStake", hotkey, amount, netuid)
}

// UnpackAddStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fc9b141.
//
// Solidity: function addStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 alpha)
func (iStaking *IStaking) UnpackAddStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("addStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddStakeLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5beb6b74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 tao, uint256 alpha)
func (iStaking *IStaking) PackAddStakeLimit(hotkey [32]byte, amount *big.Int, limitPrice *big.Int, allowPartial bool, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("addStakeLimit", hotkey, amount, limitPrice, allowPartial, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStakeLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5beb6b74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 tao, uint256 alpha)
func (iStaking *IStaking) TryPackAddStakeLimit(hotkey [32]byte, amount *big.Int, limitPrice *big.Int, allowPartial bool, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("addStakeLimit", hotkey, amount, limitPrice, allowPartial, netuid)
}

// IStakingAddStakeLimitOutput serves as a container for the return parameters of contract
// method AddStakeLimit.
type IStakingAddStakeLimitOutput struct {
	Tao   *big.Int
	Alpha *big.Int
}

// UnpackAddStakeLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5beb6b74.
//
// Solidity: function addStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 tao, uint256 alpha)
func (iStaking *IStaking) UnpackAddStakeLimit(data []byte) (IStakingAddStakeLimitOutput, error) {
	out, err := iStaking.abi.Unpack("addStakeLimit", data)
	outstruct := new(IStakingAddStakeLimitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Tao = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Alpha = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598af9e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address source, address spender, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) PackAllowance(source common.Address, spender common.Address, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("allowance", source, spender, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598af9e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address source, address spender, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) TryPackAllowance(source common.Address, spender common.Address, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("allowance", source, spender, netuid)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x598af9e7.
//
// Solidity: function allowance(address source, address spender, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x426a8493.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) PackApprove(spender common.Address, netuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("approve", spender, netuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x426a8493.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) TryPackApprove(spender common.Address, netuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("approve", spender, netuid, amount)
}

// PackBurnAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5201f1e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnAlpha(bytes32 hotkey, uint256 amount, uint256 netuid) returns()
func (iStaking *IStaking) PackBurnAlpha(hotkey [32]byte, amount *big.Int, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("burnAlpha", hotkey, amount, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5201f1e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnAlpha(bytes32 hotkey, uint256 amount, uint256 netuid) returns()
func (iStaking *IStaking) TryPackBurnAlpha(hotkey [32]byte, amount *big.Int, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("burnAlpha", hotkey, amount, netuid)
}

// PackClaimDissolvedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ca41564.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDissolvedStake(bytes32 hotkey, uint256 netuid, uint256 generation) returns(uint256 tao)
func (iStaking *IStaking) PackClaimDissolvedStake(hotkey [32]byte, netuid *big.Int, generation *big.Int) []byte {
	enc, err := iStaking.abi.Pack("claimDissolvedStake", hotkey, netuid, generation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDissolvedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ca41564.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDissolvedStake(bytes32 hotkey, uint256 netuid, uint256 generation) returns(uint256 tao)
func (iStaking *IStaking) TryPackClaimDissolvedStake(hotkey [32]byte, netuid *big.Int, generation *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("claimDissolvedStake", hotkey, netuid, generation)
}

// UnpackClaimDissolvedStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ca41564.
//
// Solidity: function claimDissolvedStake(bytes32 hotkey, uint256 netuid, uint256 generation) returns(uint256 tao)
func (iStaking *IStaking) UnpackClaimDissolvedStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("claimDissolvedStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdde3d6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseAllowance(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) PackDecreaseAllowance(spender common.Address, netuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("decreaseAllowance", spender, netuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdde3d6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseAllowance(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) TryPackDecreaseAllowance(spender common.Address, netuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("decreaseAllowance", spender, netuid, amount)
}

// PackDecreaseTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9e65f8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseTake(bytes32 hotkey, uint16 take) returns()
func (iStaking *IStaking) PackDecreaseTake(hotkey [32]byte, take uint16) []byte {
	enc, err := iStaking.abi.Pack("decreaseTake", hotkey, take)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9e65f8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseTake(bytes32 hotkey, uint16 take) returns()
func (iStaking *IStaking) TryPackDecreaseTake(hotkey [32]byte, take uint16) ([]byte, error) {
	return iStaking.abi.Pack("decreaseTake", hotkey, take)
}

// PackGetAlphaStakedValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eef8be3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAlphaStakedValidators(bytes32 hotkey, uint256 netuid) view returns(bytes32[])
func (iStaking *IStaking) PackGetAlphaStakedValidators(hotkey [32]byte, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getAlphaStakedValidators", hotkey, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAlphaStakedValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7eef8be3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAlphaStakedValidators(bytes32 hotkey, uint256 netuid) view returns(bytes32[])
func (iStaking *IStaking) TryPackGetAlphaStakedValidators(hotkey [32]byte, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getAlphaStakedValidators", hotkey, netuid)
}

// UnpackGetAlphaStakedValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7eef8be3.
//
// Solidity: function getAlphaStakedValidators(bytes32 hotkey, uint256 netuid) view returns(bytes32[])
func (iStaking *IStaking) UnpackGetAlphaStakedValidators(data []byte) ([][32]byte, error) {
	out, err := iStaking.abi.Unpack("getAlphaStakedValidators", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetClaimableDissolvedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf096081e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClaimableDissolvedStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid, uint256 generation) view returns(uint256)
func (iStaking *IStaking) PackGetClaimableDissolvedStake(hotkey [32]byte, coldkey [32]byte, netuid *big.Int, generation *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getClaimableDissolvedStake", hotkey, coldkey, netuid, generation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClaimableDissolvedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf096081e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClaimableDissolvedStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid, uint256 generation) view returns(uint256)
func (iStaking *IStaking) TryPackGetClaimableDissolvedStake(hotkey [32]byte, coldkey [32]byte, netuid *big.Int, generation *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getClaimableDissolvedStake", hotkey, coldkey, netuid, generation)
}

// UnpackGetClaimableDissolvedStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf096081e.
//
// Solidity: function getClaimableDissolvedStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid, uint256 generation) view returns(uint256)
func (iStaking *IStaking) UnpackGetClaimableDissolvedStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getClaimableDissolvedStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetDelegateTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ac5ce4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDelegateTake(bytes32 hotkey) view returns(uint16)
func (iStaking *IStaking) PackGetDelegateTake(hotkey [32]byte) []byte {
	enc, err := iStaking.abi.Pack("getDelegateTake", hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDelegateTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ac5ce4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDelegateTake(bytes32 hotkey) view returns(uint16)
func (iStaking *IStaking) TryPackGetDelegateTake(hotkey [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("getDelegateTake", hotkey)
}

// UnpackGetDelegateTake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ac5ce4e.
//
// Solidity: function getDelegateTake(bytes32 hotkey) view returns(uint16)
func (iStaking *IStaking) UnpackGetDelegateTake(data []byte) (uint16, error) {
	out, err := iStaking.abi.Unpack("getDelegateTake", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetHotkeyOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad6b780c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getHotkeyOwner(bytes32 hotkey) view returns(address)
func (iStaking *IStaking) PackGetHotkeyOwner(hotkey [32]byte) []byte {
	enc, err := iStaking.abi.Pack("getHotkeyOwner", hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetHotkeyOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad6b780c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getHotkeyOwner(bytes32 hotkey) view returns(address)
func (iStaking *IStaking) TryPackGetHotkeyOwner(hotkey [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("getHotkeyOwner", hotkey)
}

// UnpackGetHotkeyOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad6b780c.
//
// Solidity: function getHotkeyOwner(bytes32 hotkey) view returns(address)
func (iStaking *IStaking) UnpackGetHotkeyOwner(data []byte) (common.Address, error) {
	out, err := iStaking.abi.Unpack("getHotkeyOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a3b5fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinStake() view returns(uint256)
func (iStaking *IStaking) PackGetMinStake() []byte {
	enc, err := iStaking.abi.Pack("getMinStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56a3b5fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinStake() view returns(uint256)
func (iStaking *IStaking) TryPackGetMinStake() ([]byte, error) {
	return iStaking.abi.Pack("getMinStake")
}

// UnpackGetMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56a3b5fa.
//
// Solidity: function getMinStake() view returns(uint256)
func (iStaking *IStaking) UnpackGetMinStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getMinStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetNominatorMinRequiredStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37f26118.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNominatorMinRequiredStake() view returns(uint256)
func (iStaking *IStaking) PackGetNominatorMinRequiredStake() []byte {
	enc, err := iStaking.abi.Pack("getNominatorMinRequiredStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNominatorMinRequiredStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37f26118.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNominatorMinRequiredStake() view returns(uint256)
func (iStaking *IStaking) TryPackGetNominatorMinRequiredStake() ([]byte, error) {
	return iStaking.abi.Pack("getNominatorMinRequiredStake")
}

// UnpackGetNominatorMinRequiredStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37f26118.
//
// Solidity: function getNominatorMinRequiredStake() view returns(uint256)
func (iStaking *IStaking) UnpackGetNominatorMinRequiredStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getNominatorMinRequiredStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetNominators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35fca423.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNominators(bytes32 hotkey, uint256 netuid, uint256 offset, uint256 limit) view returns(bytes32[] coldkeys, uint256 total)
func (iStaking *IStaking) PackGetNominators(hotkey [32]byte, netuid *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getNominators", hotkey, netuid, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNominators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35fca423.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNominators(bytes32 hotkey, uint256 netuid, uint256 offset, uint256 limit) view returns(bytes32[] coldkeys, uint256 total)
func (iStaking *IStaking) TryPackGetNominators(hotkey [32]byte, netuid *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getNominators", hotkey, netuid, offset, limit)
}

// IStakingGetNominatorsOutput serves as a container for the return parameters of contract
// method GetNominators.
type IStakingGetNominatorsOutput struct {
	Coldkeys [][32]byte
	Total    *big.Int
}

// UnpackGetNominators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35fca423.
//
// Solidity: function getNominators(bytes32 hotkey, uint256 netuid, uint256 offset, uint256 limit) view returns(bytes32[] coldkeys, uint256 total)
func (iStaking *IStaking) UnpackGetNominators(data []byte) (IStakingGetNominatorsOutput, error) {
	out, err := iStaking.abi.Unpack("getNominators", data)
	outstruct := new(IStakingGetNominatorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Coldkeys = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b598fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) PackGetStake(hotkey [32]byte, coldkey [32]byte, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getStake", hotkey, coldkey, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3b598fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) TryPackGetStake(hotkey [32]byte, coldkey [32]byte, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getStake", hotkey, coldkey, netuid)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3b598fa.
//
// Solidity: function getStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) UnpackGetStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalAlphaStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466d0171.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalAlphaStaked(bytes32 hotkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) PackGetTotalAlphaStaked(hotkey [32]byte, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getTotalAlphaStaked", hotkey, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalAlphaStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466d0171.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalAlphaStaked(bytes32 hotkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) TryPackGetTotalAlphaStaked(hotkey [32]byte, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getTotalAlphaStaked", hotkey, netuid)
}

// UnpackGetTotalAlphaStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x466d0171.
//
// Solidity: function getTotalAlphaStaked(bytes32 hotkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) UnpackGetTotalAlphaStaked(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getTotalAlphaStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalColdkeyStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x998538c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalColdkeyStake(bytes32 coldkey) view returns(uint256)
func (iStaking *IStaking) PackGetTotalColdkeyStake(coldkey [32]byte) []byte {
	enc, err := iStaking.abi.Pack("getTotalColdkeyStake", coldkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalColdkeyStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x998538c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalColdkeyStake(bytes32 coldkey) view returns(uint256)
func (iStaking *IStaking) TryPackGetTotalColdkeyStake(coldkey [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("getTotalColdkeyStake", coldkey)
}

// UnpackGetTotalColdkeyStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x998538c4.
//
// Solidity: function getTotalColdkeyStake(bytes32 coldkey) view returns(uint256)
func (iStaking *IStaking) UnpackGetTotalColdkeyStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getTotalColdkeyStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalColdkeyStakeOnSubnet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b6589a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalColdkeyStakeOnSubnet(bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) PackGetTotalColdkeyStakeOnSubnet(coldkey [32]byte, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("getTotalColdkeyStakeOnSubnet", coldkey, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalColdkeyStakeOnSubnet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b6589a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalColdkeyStakeOnSubnet(bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) TryPackGetTotalColdkeyStakeOnSubnet(coldkey [32]byte, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("getTotalColdkeyStakeOnSubnet", coldkey, netuid)
}

// UnpackGetTotalColdkeyStakeOnSubnet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b6589a3.
//
// Solidity: function getTotalColdkeyStakeOnSubnet(bytes32 coldkey, uint256 netuid) view returns(uint256)
func (iStaking *IStaking) UnpackGetTotalColdkeyStakeOnSubnet(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getTotalColdkeyStakeOnSubnet", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalHotkeyStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f246f6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalHotkeyStake(bytes32 hotkey) view returns(uint256)
func (iStaking *IStaking) PackGetTotalHotkeyStake(hotkey [32]byte) []byte {
	enc, err := iStaking.abi.Pack("getTotalHotkeyStake", hotkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalHotkeyStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f246f6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalHotkeyStake(bytes32 hotkey) view returns(uint256)
func (iStaking *IStaking) TryPackGetTotalHotkeyStake(hotkey [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("getTotalHotkeyStake", hotkey)
}

// UnpackGetTotalHotkeyStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f246f6f.
//
// Solidity: function getTotalHotkeyStake(bytes32 hotkey) view returns(uint256)
func (iStaking *IStaking) UnpackGetTotalHotkeyStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("getTotalHotkeyStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff61011a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) PackIncreaseAllowance(spender common.Address, netuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("increaseAllowance", spender, netuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff61011a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 netuid, uint256 amount) returns()
func (iStaking *IStaking) TryPackIncreaseAllowance(spender common.Address, netuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("increaseAllowance", spender, netuid, amount)
}

// PackIncreaseTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa25424ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseTake(bytes32 hotkey, uint16 take) returns()
func (iStaking *IStaking) PackIncreaseTake(hotkey [32]byte, take uint16) []byte {
	enc, err := iStaking.abi.Pack("increaseTake", hotkey, take)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseTake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa25424ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseTake(bytes32 hotkey, uint16 take) returns()
func (iStaking *IStaking) TryPackIncreaseTake(hotkey [32]byte, take uint16) ([]byte, error) {
	return iStaking.abi.Pack("increaseTake", hotkey, take)
}

// PackMoveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1149f659.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveStake(bytes32 originHotkey, bytes32 destinationHotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) PackMoveStake(originHotkey [32]byte, destinationHotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("moveStake", originHotkey, destinationHotkey, originNetuid, destinationNetuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1149f659.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveStake(bytes32 originHotkey, bytes32 destinationHotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) TryPackMoveStake(originHotkey [32]byte, destinationHotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("moveStake", originHotkey, destinationHotkey, originNetuid, destinationNetuid, amount)
}

// UnpackMoveStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1149f659.
//
// Solidity: function moveStake(bytes32 originHotkey, bytes32 destinationHotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) UnpackMoveStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("moveStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65ed5bb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeProxy(bytes32 delegate) returns()
func (iStaking *IStaking) PackRemoveProxy(delegate [32]byte) []byte {
	enc, err := iStaking.abi.Pack("removeProxy", delegate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveProxy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65ed5bb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeProxy(bytes32 delegate) returns()
func (iStaking *IStaking) TryPackRemoveProxy(delegate [32]byte) ([]byte, error) {
	return iStaking.abi.Pack("removeProxy", delegate)
}

// PackRemoveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d691e30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) PackRemoveStake(hotkey [32]byte, amount *big.Int, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("removeStake", hotkey, amount, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d691e30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) TryPackRemoveStake(hotkey [32]byte, amount *big.Int, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("removeStake", hotkey, amount, netuid)
}

// UnpackRemoveStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d691e30.
//
// Solidity: function removeStake(bytes32 hotkey, uint256 amount, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) UnpackRemoveStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("removeStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveStakeFull is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4626bb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeStakeFull(bytes32 hotkey, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) PackRemoveStakeFull(hotkey [32]byte, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("removeStakeFull", hotkey, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveStakeFull is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4626bb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeStakeFull(bytes32 hotkey, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) TryPackRemoveStakeFull(hotkey [32]byte, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("removeStakeFull", hotkey, netuid)
}

// UnpackRemoveStakeFull is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4626bb9.
//
// Solidity: function removeStakeFull(bytes32 hotkey, uint256 netuid) returns(uint256 tao)
func (iStaking *IStaking) UnpackRemoveStakeFull(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("removeStakeFull", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveStakeFullLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3553cf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeStakeFullLimit(bytes32 hotkey, uint256 netuid, uint256 limitPrice) returns(uint256 tao)
func (iStaking *IStaking) PackRemoveStakeFullLimit(hotkey [32]byte, netuid *big.Int, limitPrice *big.Int) []byte {
	enc, err := iStaking.abi.Pack("removeStakeFullLimit", hotkey, netuid, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveStakeFullLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3553cf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeStakeFullLimit(bytes32 hotkey, uint256 netuid, uint256 limitPrice) returns(uint256 tao)
func (iStaking *IStaking) TryPackRemoveStakeFullLimit(hotkey [32]byte, netuid *big.Int, limitPrice *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("removeStakeFullLimit", hotkey, netuid, limitPrice)
}

// UnpackRemoveStakeFullLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3553cf8.
//
// Solidity: function removeStakeFullLimit(bytes32 hotkey, uint256 netuid, uint256 limitPrice) returns(uint256 tao)
func (iStaking *IStaking) UnpackRemoveStakeFullLimit(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("removeStakeFullLimit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRemoveStakeLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x176848b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 alpha, uint256 tao)
func (iStaking *IStaking) PackRemoveStakeLimit(hotkey [32]byte, amount *big.Int, limitPrice *big.Int, allowPartial bool, netuid *big.Int) []byte {
	enc, err := iStaking.abi.Pack("removeStakeLimit", hotkey, amount, limitPrice, allowPartial, netuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveStakeLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x176848b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 alpha, uint256 tao)
func (iStaking *IStaking) TryPackRemoveStakeLimit(hotkey [32]byte, amount *big.Int, limitPrice *big.Int, allowPartial bool, netuid *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("removeStakeLimit", hotkey, amount, limitPrice, allowPartial, netuid)
}

// IStakingRemoveStakeLimitOutput serves as a container for the return parameters of contract
// method RemoveStakeLimit.
type IStakingRemoveStakeLimitOutput struct {
	Alpha *big.Int
	Tao   *big.Int
}

// UnpackRemoveStakeLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x176848b2.
//
// Solidity: function removeStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid) returns(uint256 alpha, uint256 tao)
func (iStaking *IStaking) UnpackRemoveStakeLimit(data []byte) (IStakingRemoveStakeLimitOutput, error) {
	out, err := iStaking.abi.Unpack("removeStakeLimit", data)
	outstruct := new(IStakingRemoveStakeLimitOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Alpha = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Tao = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTransferStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17ce5f62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferStake(bytes32 destinationColdkey, bytes32 hotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) PackTransferStake(destinationColdkey [32]byte, hotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("transferStake", destinationColdkey, hotkey, originNetuid, destinationNetuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17ce5f62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferStake(bytes32 destinationColdkey, bytes32 hotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) TryPackTransferStake(destinationColdkey [32]byte, hotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("transferStake", destinationColdkey, hotkey, originNetuid, destinationNetuid, amount)
}

// UnpackTransferStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17ce5f62.
//
// Solidity: function transferStake(bytes32 destinationColdkey, bytes32 hotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns(uint256 alpha)
func (iStaking *IStaking) UnpackTransferStake(data []byte) (*big.Int, error) {
	out, err := iStaking.abi.Unpack("transferStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferStakeFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a010c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferStakeFrom(address source, address destination, bytes32 hotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns()
func (iStaking *IStaking) PackTransferStakeFrom(source common.Address, destination common.Address, hotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) []byte {
	enc, err := iStaking.abi.Pack("transferStakeFrom", source, destination, hotkey, originNetuid, destinationNetuid, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferStakeFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a010c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferStakeFrom(address source, address destination, bytes32 hotkey, uint256 originNetuid, uint256 destinationNetuid, uint256 amount) returns()
func (iStaking *IStaking) TryPackTransferStakeFrom(source common.Address, destination common.Address, hotkey [32]byte, originNetuid *big.Int, destinationNetuid *big.Int, amount *big.Int) ([]byte, error) {
	return iStaking.abi.Pack("transferStakeFrom", source, destination, hotkey, originNetuid, destinationNetuid, amount)
}

// IStakingAlphaBurned represents a AlphaBurned event raised by the IStaking contract.
type IStakingAlphaBurned struct {
	Netuid  uint16
	Hotkey  [32]byte
	Coldkey common.Address
	Alpha   uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IStakingAlphaBurnedEventName = "AlphaBurned"

// ContractEventName returns the user-defined event name.
func (IStakingAlphaBurned) ContractEventName() string {
	return IStakingAlphaBurnedEventName
}

// UnpackAlphaBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AlphaBurned(uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 alpha)
func (iStaking *IStaking) UnpackAlphaBurnedEvent(log *types.Log) (*IStakingAlphaBurned, error) {
	event := "AlphaBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingAlphaBurned)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingApproval represents a Approval event raised by the IStaking contract.
type IStakingApproval struct {
	Owner   common.Address
	Spender common.Address
	Netuid  uint16
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IStakingApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (IStakingApproval) ContractEventName() string {
	return IStakingApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint16 indexed netuid, uint256 amount)
func (iStaking *IStaking) UnpackApprovalEvent(log *types.Log) (*IStakingApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingApproval)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingDissolvedStakeClaimed represents a DissolvedStakeClaimed event raised by the IStaking contract.
type IStakingDissolvedStakeClaimed struct {
	Netuid     uint16
	Hotkey     [32]byte
	Coldkey    common.Address
	Generation uint64
	Alpha      uint64
	Tao        uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const IStakingDissolvedStakeClaimedEventName = "DissolvedStakeClaimed"

// ContractEventName returns the user-defined event name.
func (IStakingDissolvedStakeClaimed) ContractEventName() string {
	return IStakingDissolvedStakeClaimedEventName
}

// UnpackDissolvedStakeClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DissolvedStakeClaimed(uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 generation, uint64 alpha, uint64 tao)
func (iStaking *IStaking) UnpackDissolvedStakeClaimedEvent(log *types.Log) (*IStakingDissolvedStakeClaimed, error) {
	event := "DissolvedStakeClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingDissolvedStakeClaimed)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingStakeAdded represents a StakeAdded event raised by the IStaking contract.
type IStakingStakeAdded struct {
	Netuid  uint16
	Hotkey  [32]byte
	Coldkey common.Address
	Tao     uint64
	Alpha   uint64
	Fee     uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IStakingStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (IStakingStakeAdded) ContractEventName() string {
	return IStakingStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 tao, uint64 alpha, uint64 fee)
func (iStaking *IStaking) UnpackStakeAddedEvent(log *types.Log) (*IStakingStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingStakeAdded)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingStakeMoved represents a StakeMoved event raised by the IStaking contract.
type IStakingStakeMoved struct {
	Coldkey           common.Address
	OriginHotkey      [32]byte
	DestinationHotkey [32]byte
	OriginNetuid      uint16
	DestinationNetuid uint16
	AlphaIn           uint64
	AlphaOut          uint64
	Tao               uint64
	Raw               *types.Log // Blockchain specific contextual infos
}

const IStakingStakeMovedEventName = "StakeMoved"

// ContractEventName returns the user-defined event name.
func (IStakingStakeMoved) ContractEventName() string {
	return IStakingStakeMovedEventName
}

// UnpackStakeMovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeMoved(address indexed coldkey, bytes32 indexed originHotkey, bytes32 indexed destinationHotkey, uint16 originNetuid, uint16 destinationNetuid, uint64 alphaIn, uint64 alphaOut, uint64 tao)
func (iStaking *IStaking) UnpackStakeMovedEvent(log *types.Log) (*IStakingStakeMoved, error) {
	event := "StakeMoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingStakeMoved)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingStakeRemoved represents a StakeRemoved event raised by the IStaking contract.
type IStakingStakeRemoved struct {
	Netuid  uint16
	Hotkey  [32]byte
	Coldkey common.Address
	Alpha   uint64
	Tao     uint64
	Fee     uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IStakingStakeRemovedEventName = "StakeRemoved"

// ContractEventName returns the user-defined event name.
func (IStakingStakeRemoved) ContractEventName() string {
	return IStakingStakeRemovedEventName
}

// UnpackStakeRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeRemoved(uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 alpha, uint64 tao, uint64 fee)
func (iStaking *IStaking) UnpackStakeRemovedEvent(log *types.Log) (*IStakingStakeRemoved, error) {
	event := "StakeRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingStakeRemoved)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingStakeTransferred represents a StakeTransferred event raised by the IStaking contract.
type IStakingStakeTransferred struct {
	From              common.Address
	To                common.Address
	Hotkey            [32]byte
	OriginNetuid      uint16
	DestinationNetuid uint16
	AlphaIn           uint64
	AlphaOut          uint64
	Spender           common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const IStakingStakeTransferredEventName = "StakeTransferred"

// ContractEventName returns the user-defined event name.
func (IStakingStakeTransferred) ContractEventName() string {
	return IStakingStakeTransferredEventName
}

// UnpackStakeTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeTransferred(address indexed from, address indexed to, bytes32 indexed hotkey, uint16 originNetuid, uint16 destinationNetuid, uint64 alphaIn, uint64 alphaOut, address spender)
func (iStaking *IStaking) UnpackStakeTransferredEvent(log *types.Log) (*IStakingStakeTransferred, error) {
	event := "StakeTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingStakeTransferred)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingSwap represents a Swap event raised by the IStaking contract.
type IStakingSwap struct {
	Netuid       uint16
	Coldkey      common.Address
	TaoForAlpha  bool
	AmountIn     uint64
	AmountOut    uint64
	Fee          uint64
	TaoReserve   uint64
	AlphaReserve uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const IStakingSwapEventName = "Swap"

// ContractEventName returns the user-defined event name.
func (IStakingSwap) ContractEventName() string {
	return IStakingSwapEventName
}

// UnpackSwapEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swap(uint16 indexed netuid, address indexed coldkey, bool taoForAlpha, uint64 amountIn, uint64 amountOut, uint64 fee, uint64 taoReserve, uint64 alphaReserve)
func (iStaking *IStaking) UnpackSwapEvent(log *types.Log) (*IStakingSwap, error) {
	event := "Swap"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingSwap)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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

// IStakingTakeChanged represents a TakeChanged event raised by the IStaking contract.
type IStakingTakeChanged struct {
	Hotkey  [32]byte
	Owner   common.Address
	OldTake uint16
	NewTake uint16
	Raw     *types.Log // Blockchain specific contextual infos
}

const IStakingTakeChangedEventName = "TakeChanged"

// ContractEventName returns the user-defined event name.
func (IStakingTakeChanged) ContractEventName() string {
	return IStakingTakeChangedEventName
}

// UnpackTakeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TakeChanged(bytes32 indexed hotkey, address indexed owner, uint16 oldTake, uint16 newTake)
func (iStaking *IStaking) UnpackTakeChangedEvent(log *types.Log) (*IStakingTakeChanged, error) {
	event := "TakeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IStakingTakeChanged)
	if len(log.Data) > 0 {
		if err := iStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iStaking.abi.Events[event].Inputs {
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
func (iStaking *IStaking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iStaking.abi.Errors["AmountOverflow"].ID.Bytes()[:4]) {
		return iStaking.UnpackAmountOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["BelowMinimumStake"].ID.Bytes()[:4]) {
		return iStaking.UnpackBelowMinimumStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["DelegateCallNotAllowed"].ID.Bytes()[:4]) {
		return iStaking.UnpackDelegateCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["HotkeyNotFound"].ID.Bytes()[:4]) {
		return iStaking.UnpackHotkeyNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["HotkeyNotRegistered"].ID.Bytes()[:4]) {
		return iStaking.UnpackHotkeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InputTooLarge"].ID.Bytes()[:4]) {
		return iStaking.UnpackInputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return iStaking.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return iStaking.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return iStaking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InternalError"].ID.Bytes()[:4]) {
		return iStaking.UnpackInternalErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InvalidCalldata"].ID.Bytes()[:4]) {
		return iStaking.UnpackInvalidCalldataError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return iStaking.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["InvalidTake"].ID.Bytes()[:4]) {
		return iStaking.UnpackInvalidTakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["NotHotkeyOwner"].ID.Bytes()[:4]) {
		return iStaking.UnpackNotHotkeyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["NotSubnetOwner"].ID.Bytes()[:4]) {
		return iStaking.UnpackNotSubnetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return iStaking.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return iStaking.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["PriceLimitExceeded"].ID.Bytes()[:4]) {
		return iStaking.UnpackPriceLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["RateLimited"].ID.Bytes()[:4]) {
		return iStaking.UnpackRateLimitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["ReserveTooLow"].ID.Bytes()[:4]) {
		return iStaking.UnpackReserveTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["SameStakePosition"].ID.Bytes()[:4]) {
		return iStaking.UnpackSameStakePositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return iStaking.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["StaticCallNotAllowed"].ID.Bytes()[:4]) {
		return iStaking.UnpackStaticCallNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["SubnetNotFound"].ID.Bytes()[:4]) {
		return iStaking.UnpackSubnetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["TooManyStakePositions"].ID.Bytes()[:4]) {
		return iStaking.UnpackTooManyStakePositionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["TransfersDisabled"].ID.Bytes()[:4]) {
		return iStaking.UnpackTransfersDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["UnknownSelector"].ID.Bytes()[:4]) {
		return iStaking.UnpackUnknownSelectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["UnknownUid"].ID.Bytes()[:4]) {
		return iStaking.UnpackUnknownUidError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iStaking.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iStaking.abi.Errors["ValueOutOfBounds"].ID.Bytes()[:4]) {
		return iStaking.UnpackValueOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IStakingAmountOverflow represents a AmountOverflow error raised by the IStaking contract.
type IStakingAmountOverflow struct {
	Amount *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func IStakingAmountOverflowErrorID() common.Hash {
	return common.HexToHash("0x6c0442a25c4f0c8dfbda24816e7608eb007d75e8a674271351b98c7436ba886a")
}

// UnpackAmountOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOverflow(uint256 amount, uint256 max)
func (iStaking *IStaking) UnpackAmountOverflowError(raw []byte) (*IStakingAmountOverflow, error) {
	out := new(IStakingAmountOverflow)
	if err := iStaking.abi.UnpackIntoInterface(out, "AmountOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingBelowMinimumStake represents a BelowMinimumStake error raised by the IStaking contract.
type IStakingBelowMinimumStake struct {
	Amount  uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowMinimumStake(uint64 amount, uint64 minimum)
func IStakingBelowMinimumStakeErrorID() common.Hash {
	return common.HexToHash("0xd351203f2d3689553a5f127301d59b656d52355462e1c9fd64be0cbb52913fdb")
}

// UnpackBelowMinimumStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowMinimumStake(uint64 amount, uint64 minimum)
func (iStaking *IStaking) UnpackBelowMinimumStakeError(raw []byte) (*IStakingBelowMinimumStake, error) {
	out := new(IStakingBelowMinimumStake)
	if err := iStaking.abi.UnpackIntoInterface(out, "BelowMinimumStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingDelegateCallNotAllowed represents a DelegateCallNotAllowed error raised by the IStaking contract.
type IStakingDelegateCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelegateCallNotAllowed()
func IStakingDelegateCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x0d89438eea00ece3f212dc9098fd3978b02cbea7f5a2fdee08649cff9e74a000")
}

// UnpackDelegateCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelegateCallNotAllowed()
func (iStaking *IStaking) UnpackDelegateCallNotAllowedError(raw []byte) (*IStakingDelegateCallNotAllowed, error) {
	out := new(IStakingDelegateCallNotAllowed)
	if err := iStaking.abi.UnpackIntoInterface(out, "DelegateCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingHotkeyNotFound represents a HotkeyNotFound error raised by the IStaking contract.
type IStakingHotkeyNotFound struct {
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func IStakingHotkeyNotFoundErrorID() common.Hash {
	return common.HexToHash("0xaed3a25faac97a558659331b2809547d8a93f28cce99ae971669fa8c86374553")
}

// UnpackHotkeyNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotFound(bytes32 hotkey)
func (iStaking *IStaking) UnpackHotkeyNotFoundError(raw []byte) (*IStakingHotkeyNotFound, error) {
	out := new(IStakingHotkeyNotFound)
	if err := iStaking.abi.UnpackIntoInterface(out, "HotkeyNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingHotkeyNotRegistered represents a HotkeyNotRegistered error raised by the IStaking contract.
type IStakingHotkeyNotRegistered struct {
	Netuid uint16
	Hotkey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func IStakingHotkeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x716c72199f545ac4dbcbcd14aad32a8edff724662cd2769264ab8a03fc80b494")
}

// UnpackHotkeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)
func (iStaking *IStaking) UnpackHotkeyNotRegisteredError(raw []byte) (*IStakingHotkeyNotRegistered, error) {
	out := new(IStakingHotkeyNotRegistered)
	if err := iStaking.abi.UnpackIntoInterface(out, "HotkeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInputTooLarge represents a InputTooLarge error raised by the IStaking contract.
type IStakingInputTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func IStakingInputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a4f046435e3684e38df9bcf6a399705c821c166d600ebd993b53b5abcdf9756")
}

// UnpackInputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLarge(uint256 size, uint256 max)
func (iStaking *IStaking) UnpackInputTooLargeError(raw []byte) (*IStakingInputTooLarge, error) {
	out := new(IStakingInputTooLarge)
	if err := iStaking.abi.UnpackIntoInterface(out, "InputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInsufficientAllowance represents a InsufficientAllowance error raised by the IStaking contract.
type IStakingInsufficientAllowance struct {
	Allowance *big.Int
	Required  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(uint256 allowance, uint256 required)
func IStakingInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x2a1b2dd846b7c4bf41216c8f38fc58089000eb0b20edf03e6f81ecadbe2cbedf")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(uint256 allowance, uint256 required)
func (iStaking *IStaking) UnpackInsufficientAllowanceError(raw []byte) (*IStakingInsufficientAllowance, error) {
	out := new(IStakingInsufficientAllowance)
	if err := iStaking.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInsufficientBalance represents a InsufficientBalance error raised by the IStaking contract.
type IStakingInsufficientBalance struct {
	Balance  *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func IStakingInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 required)
func (iStaking *IStaking) UnpackInsufficientBalanceError(raw []byte) (*IStakingInsufficientBalance, error) {
	out := new(IStakingInsufficientBalance)
	if err := iStaking.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInsufficientStake represents a InsufficientStake error raised by the IStaking contract.
type IStakingInsufficientStake struct {
	Available uint64
	Required  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint64 available, uint64 required)
func IStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x0d66b357da0d8ded4eb4d1e664a443b245eebc8a2ad29cb12a6f6fc278540441")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint64 available, uint64 required)
func (iStaking *IStaking) UnpackInsufficientStakeError(raw []byte) (*IStakingInsufficientStake, error) {
	out := new(IStakingInsufficientStake)
	if err := iStaking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInternalError represents a InternalError error raised by the IStaking contract.
type IStakingInternalError struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InternalError()
func IStakingInternalErrorErrorID() common.Hash {
	return common.HexToHash("0xfe835e356f5af7e2e4a8f13fd58f63042413934e58b0aa16ca36346e79c0cbb8")
}

// UnpackInternalErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InternalError()
func (iStaking *IStaking) UnpackInternalErrorError(raw []byte) (*IStakingInternalError, error) {
	out := new(IStakingInternalError)
	if err := iStaking.abi.UnpackIntoInterface(out, "InternalError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInvalidCalldata represents a InvalidCalldata error raised by the IStaking contract.
type IStakingInvalidCalldata struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCalldata()
func IStakingInvalidCalldataErrorID() common.Hash {
	return common.HexToHash("0x8129bbcd90c0a8b0c351818eb9a3c02ff54bb79b87cf8737d4e5395eaf4ce2e4")
}

// UnpackInvalidCalldataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCalldata()
func (iStaking *IStaking) UnpackInvalidCalldataError(raw []byte) (*IStakingInvalidCalldata, error) {
	out := new(IStakingInvalidCalldata)
	if err := iStaking.abi.UnpackIntoInterface(out, "InvalidCalldata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInvalidKey represents a InvalidKey error raised by the IStaking contract.
type IStakingInvalidKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(bytes32 key)
func IStakingInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xa64dc92adf379b429ce63db325f329213b93670519c2d85f60260985f53621f9")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(bytes32 key)
func (iStaking *IStaking) UnpackInvalidKeyError(raw []byte) (*IStakingInvalidKey, error) {
	out := new(IStakingInvalidKey)
	if err := iStaking.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingInvalidTake represents a InvalidTake error raised by the IStaking contract.
type IStakingInvalidTake struct {
	Current   uint16
	Requested uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTake(uint16 current, uint16 requested)
func IStakingInvalidTakeErrorID() common.Hash {
	return common.HexToHash("0xe3abe84ab139fc0a633471e7a5dc48c8292bbc27fd6b58b8d729fb92b64f76d6")
}

// UnpackInvalidTakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTake(uint16 current, uint16 requested)
func (iStaking *IStaking) UnpackInvalidTakeError(raw []byte) (*IStakingInvalidTake, error) {
	out := new(IStakingInvalidTake)
	if err := iStaking.abi.UnpackIntoInterface(out, "InvalidTake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingNotHotkeyOwner represents a NotHotkeyOwner error raised by the IStaking contract.
type IStakingNotHotkeyOwner struct {
	Hotkey [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func IStakingNotHotkeyOwnerErrorID() common.Hash {
	return common.HexToHash("0x135c95a11a870bc0866c92fd3d722eabcc797e766696767d86fe32af33b35adc")
}

// UnpackNotHotkeyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotHotkeyOwner(bytes32 hotkey, address caller)
func (iStaking *IStaking) UnpackNotHotkeyOwnerError(raw []byte) (*IStakingNotHotkeyOwner, error) {
	out := new(IStakingNotHotkeyOwner)
	if err := iStaking.abi.UnpackIntoInterface(out, "NotHotkeyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingNotSubnetOwner represents a NotSubnetOwner error raised by the IStaking contract.
type IStakingNotSubnetOwner struct {
	Netuid uint16
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func IStakingNotSubnetOwnerErrorID() common.Hash {
	return common.HexToHash("0x85332a41114e38fe37fc16a3c2f491b6fc79bd0d1dbc7901c5981aa972ff0a6c")
}

// UnpackNotSubnetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubnetOwner(uint16 netuid, address caller)
func (iStaking *IStaking) UnpackNotSubnetOwnerError(raw []byte) (*IStakingNotSubnetOwner, error) {
	out := new(IStakingNotSubnetOwner)
	if err := iStaking.abi.UnpackIntoInterface(out, "NotSubnetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingNotSupported represents a NotSupported error raised by the IStaking contract.
type IStakingNotSupported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported()
func IStakingNotSupportedErrorID() common.Hash {
	return common.HexToHash("0xa0387940506ad6b4247ae99fe3bb6dfaf665d17be449843a7c5ae65e7f0ff572")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported()
func (iStaking *IStaking) UnpackNotSupportedError(raw []byte) (*IStakingNotSupported, error) {
	out := new(IStakingNotSupported)
	if err := iStaking.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingNothingToClaim represents a NothingToClaim error raised by the IStaking contract.
type IStakingNothingToClaim struct {
	Netuid     uint16
	Generation uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint16 netuid, uint64 generation)
func IStakingNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x1989868b512f5fec748cd5d088d426ba48c168bec69a3c5d2e193f00f05da38a")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint16 netuid, uint64 generation)
func (iStaking *IStaking) UnpackNothingToClaimError(raw []byte) (*IStakingNothingToClaim, error) {
	out := new(IStakingNothingToClaim)
	if err := iStaking.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingPriceLimitExceeded represents a PriceLimitExceeded error raised by the IStaking contract.
type IStakingPriceLimitExceeded struct {
	Price *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func IStakingPriceLimitExceededErrorID() common.Hash {
	return common.HexToHash("0x5cffeeff499adcfa47b6b5c3f4ed7748d7bddb188f76191e1097ea52969f5049")
}

// UnpackPriceLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceLimitExceeded(uint256 price, uint256 limit)
func (iStaking *IStaking) UnpackPriceLimitExceededError(raw []byte) (*IStakingPriceLimitExceeded, error) {
	out := new(IStakingPriceLimitExceeded)
	if err := iStaking.abi.UnpackIntoInterface(out, "PriceLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingRateLimited represents a RateLimited error raised by the IStaking contract.
type IStakingRateLimited struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateLimited(uint64 nextBlock)
func IStakingRateLimitedErrorID() common.Hash {
	return common.HexToHash("0xfd4ba109275b96dfa95d33bc06be0463cda41acb76f93a23ee2fea666c503adb")
}

// UnpackRateLimitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateLimited(uint64 nextBlock)
func (iStaking *IStaking) UnpackRateLimitedError(raw []byte) (*IStakingRateLimited, error) {
	out := new(IStakingRateLimited)
	if err := iStaking.abi.UnpackIntoInterface(out, "RateLimited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingReserveTooLow represents a ReserveTooLow error raised by the IStaking contract.
type IStakingReserveTooLow struct {
	Reserve uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func IStakingReserveTooLowErrorID() common.Hash {
	return common.HexToHash("0xbb0900e8820347e5b5018e4884739eaeaf143807662f6f30be4cf232f10a5409")
}

// UnpackReserveTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReserveTooLow(uint64 reserve, uint64 minimum)
func (iStaking *IStaking) UnpackReserveTooLowError(raw []byte) (*IStakingReserveTooLow, error) {
	out := new(IStakingReserveTooLow)
	if err := iStaking.abi.UnpackIntoInterface(out, "ReserveTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingSameStakePosition represents a SameStakePosition error raised by the IStaking contract.
type IStakingSameStakePosition struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameStakePosition()
func IStakingSameStakePositionErrorID() common.Hash {
	return common.HexToHash("0x15d7436273a88d964fdf633582e41ff5b1d15b950d761c48e83e3e44dc5a4ba0")
}

// UnpackSameStakePositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameStakePosition()
func (iStaking *IStaking) UnpackSameStakePositionError(raw []byte) (*IStakingSameStakePosition, error) {
	out := new(IStakingSameStakePosition)
	if err := iStaking.abi.UnpackIntoInterface(out, "SameStakePosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingSlippageExceeded represents a SlippageExceeded error raised by the IStaking contract.
type IStakingSlippageExceeded struct {
	Amount    uint64
	MaxAmount uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func IStakingSlippageExceededErrorID() common.Hash {
	return common.HexToHash("0xcd9e14a260227b5bdecb8a07742f36d748b0cbd01a1a448dd5fb90bee177a72f")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint64 amount, uint64 maxAmount)
func (iStaking *IStaking) UnpackSlippageExceededError(raw []byte) (*IStakingSlippageExceeded, error) {
	out := new(IStakingSlippageExceeded)
	if err := iStaking.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingStaticCallNotAllowed represents a StaticCallNotAllowed error raised by the IStaking contract.
type IStakingStaticCallNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaticCallNotAllowed()
func IStakingStaticCallNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xbeaba5b71d328adc2689b828c3156a952359b524633ea48efb20ac382a4f910d")
}

// UnpackStaticCallNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaticCallNotAllowed()
func (iStaking *IStaking) UnpackStaticCallNotAllowedError(raw []byte) (*IStakingStaticCallNotAllowed, error) {
	out := new(IStakingStaticCallNotAllowed)
	if err := iStaking.abi.UnpackIntoInterface(out, "StaticCallNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingSubnetNotFound represents a SubnetNotFound error raised by the IStaking contract.
type IStakingSubnetNotFound struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func IStakingSubnetNotFoundErrorID() common.Hash {
	return common.HexToHash("0x773707b61494eeef79529a337d94766d5823797054c7fb29eead429b42dca71e")
}

// UnpackSubnetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubnetNotFound(uint16 netuid)
func (iStaking *IStaking) UnpackSubnetNotFoundError(raw []byte) (*IStakingSubnetNotFound, error) {
	out := new(IStakingSubnetNotFound)
	if err := iStaking.abi.UnpackIntoInterface(out, "SubnetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingTooManyStakePositions represents a TooManyStakePositions error raised by the IStaking contract.
type IStakingTooManyStakePositions struct {
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyStakePositions(uint256 max)
func IStakingTooManyStakePositionsErrorID() common.Hash {
	return common.HexToHash("0xe40fba73ad9cb4ff835a6fb4bd52c925b0dd0f4ef5e812b1388ddd5d911a4d69")
}

// UnpackTooManyStakePositionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyStakePositions(uint256 max)
func (iStaking *IStaking) UnpackTooManyStakePositionsError(raw []byte) (*IStakingTooManyStakePositions, error) {
	out := new(IStakingTooManyStakePositions)
	if err := iStaking.abi.UnpackIntoInterface(out, "TooManyStakePositions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingTransfersDisabled represents a TransfersDisabled error raised by the IStaking contract.
type IStakingTransfersDisabled struct {
	Netuid uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransfersDisabled(uint16 netuid)
func IStakingTransfersDisabledErrorID() common.Hash {
	return common.HexToHash("0x2a2843990175b894b4e9e3b17b3351429cfb249b0ad2a6e5ab792ab2ae290b88")
}

// UnpackTransfersDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransfersDisabled(uint16 netuid)
func (iStaking *IStaking) UnpackTransfersDisabledError(raw []byte) (*IStakingTransfersDisabled, error) {
	out := new(IStakingTransfersDisabled)
	if err := iStaking.abi.UnpackIntoInterface(out, "TransfersDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingUnknownSelector represents a UnknownSelector error raised by the IStaking contract.
type IStakingUnknownSelector struct {
	Selector [4]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSelector(bytes4 selector)
func IStakingUnknownSelectorErrorID() common.Hash {
	return common.HexToHash("0xc2a825f5477b7cd1f59fbe07092f42f4387547639d04b691437b9f5d82716d5c")
}

// UnpackUnknownSelectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSelector(bytes4 selector)
func (iStaking *IStaking) UnpackUnknownSelectorError(raw []byte) (*IStakingUnknownSelector, error) {
	out := new(IStakingUnknownSelector)
	if err := iStaking.abi.UnpackIntoInterface(out, "UnknownSelector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingUnknownUid represents a UnknownUid error raised by the IStaking contract.
type IStakingUnknownUid struct {
	Netuid uint16
	Uid    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func IStakingUnknownUidErrorID() common.Hash {
	return common.HexToHash("0x6a6db012ebfcee81b090a16660ac0b5cbac94e468771c58d4bd4048637673d7e")
}

// UnpackUnknownUidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownUid(uint16 netuid, uint16 uid)
func (iStaking *IStaking) UnpackUnknownUidError(raw []byte) (*IStakingUnknownUid, error) {
	out := new(IStakingUnknownUid)
	if err := iStaking.abi.UnpackIntoInterface(out, "UnknownUid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingValueNotAccepted represents a ValueNotAccepted error raised by the IStaking contract.
type IStakingValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IStakingValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iStaking *IStaking) UnpackValueNotAcceptedError(raw []byte) (*IStakingValueNotAccepted, error) {
	out := new(IStakingValueNotAccepted)
	if err := iStaking.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IStakingValueOutOfBounds represents a ValueOutOfBounds error raised by the IStaking contract.
type IStakingValueOutOfBounds struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func IStakingValueOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xf2dfa07228efc77c1e03eb10eb261d182b7e0f51218b9178da62a95fa0f0be3f")
}

// UnpackValueOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfBounds(uint256 value, uint256 min, uint256 max)
func (iStaking *IStaking) UnpackValueOutOfBoundsError(raw []byte) (*IStakingValueOutOfBounds, error) {
	out := new(IStakingValueOutOfBounds)
	if err := iStaking.abi.UnpackIntoInterface(out, "ValueOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
