package staking

import (
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Address is the staking precompile's address, Subtensor's StakingV2.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000805")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IStaking"

// Gas. A method's gas is a function of its input alone, priced for the
// worst case of the storage it touches: GasRead per cold read, GasWrite per
// slot written (as if new), GasTransfer per native payment, the EVM's log
// prices, and GasCompute for the integer math of a quote (GasSearch for a
// limit-price search).
const (
	// GasRead is a cold SLOAD.
	GasRead = params.ColdSloadCostEIP2929
	// GasWrite is an SSTORE of a new slot.
	GasWrite = params.SstoreSetGasEIP2200
	// GasUpdate is a cold SSTORE of a slot that holds a value (2,100 +
	// 2,900).
	GasUpdate = params.SstoreResetGasEIP2200
	// GasTransfer is one native payment between existing accounts.
	GasTransfer = params.CallValueTransferGas
	// GasView is the fixed part of every method.
	GasView uint64 = 200
	// GasCompute is the math of one swap quote or share computation.
	GasCompute uint64 = 500
	// GasSearch is a limit-price search (at most 64 quotes).
	GasSearch uint64 = 5000

	// stakeInReads: generation, hotkey owner, minimum stake, fee rate,
	// balance, pool, volume, share pool, stake word, position count,
	// position limit, bitmap, reserves for the Swap event, spare.
	stakeInReads = 14
	// stakeInWrites: pool, volume, share pool, stake word, position entry,
	// position count, nominator entry, bitmap.
	stakeInWrites = 8
	// stakeOutReads: generation, pool, fee rate, volume, share pool, stake
	// word, position count, last position, its stake word, last nominator,
	// its stake word, bitmap, minimum stake, balance, spare.
	stakeOutReads = 16
	// stakeOutUpdates: pool, share pool, stake word, moved position and
	// its stake word, cleared position, position count, moved nominator and
	// its stake word, cleared nominator, bitmap: every one of them holds a
	// value before (the position exists), so they are priced as updates;
	// the pool's volume may be written for the first time (stake credited
	// by emission was never bought), priced as a new slot.
	stakeOutUpdates = 11
)

// Gas of the methods.
var (
	// GasAddStake is addStake: a buy, a credited position, two logs.
	GasAddStake = GasView + stakeInReads*GasRead + stakeInWrites*GasWrite + GasTransfer + 2*GasCompute + logSwap + logStakeAdded
	// GasAddStakeLimit adds the limit search.
	GasAddStakeLimit = GasAddStake + GasSearch
	// GasRemoveStake is removeStake and removeStakeFull: a debited
	// position, a sell, two logs.
	GasRemoveStake = GasView + stakeOutReads*GasRead + stakeOutUpdates*GasUpdate + GasWrite + GasTransfer + 3*GasCompute + logSwap + logStakeRemoved
	// GasRemoveStakeLimit is removeStakeLimit and removeStakeFullLimit.
	GasRemoveStakeLimit = GasRemoveStake + GasSearch
	// GasMoveBase is the storage of a move or transfer: one position
	// debited and one credited, two pools, the destination owner and
	// hotkey checks, the transfer toggles.
	GasMoveBase = GasView + (stakeOutReads+stakeInReads+6)*GasRead + stakeOutUpdates*GasUpdate + (1+stakeInWrites)*GasWrite + 5*GasCompute + 2*logSwap
	// GasMoveStake is moveStake.
	GasMoveStake = GasMoveBase + logStakeMoved
	// GasTransferStake is transferStake.
	GasTransferStake = GasMoveBase + logStakeTransfered
	// GasTransferStakeFrom adds the allowance read and write and the
	// Approval log.
	GasTransferStakeFrom = GasTransferStake + GasRead + GasWrite + logApproval
	// GasBurnAlpha is burnAlpha: a debited position, the pool's alpha out.
	GasBurnAlpha = GasView + (stakeOutReads-2)*GasRead + stakeOutUpdates*GasUpdate + 2*GasCompute + logAlphaBurned
	// GasApprove is approve: the generation and the allowance (cold), one
	// write, the log.
	GasApprove = GasView + 2*GasRead + GasWrite + logApproval
	// GasAllowanceChange is increaseAllowance and decreaseAllowance.
	GasAllowanceChange = GasApprove + GasRead
	// GasTakeChange is increaseTake and decreaseTake: owner, take, three
	// parameters; one write; the log.
	GasTakeChange = GasView + 5*GasRead + GasWrite + logTakeChanged
	// GasClaim is claimDissolvedStake: a debited position of the dissolved
	// generation, the dissolution record (four words), owner and owner
	// hotkey, two claims (two writes and a payment each), the log.
	GasClaim = GasView + (stakeOutReads+6)*GasRead + stakeOutUpdates*GasUpdate + 4*GasWrite + 2*GasTransfer + 3*GasCompute + logClaimed

	// GasStakeView is getStake: generation, stake word, share pool.
	GasStakeView = GasView + 3*GasRead + GasCompute
	// GasHotkeyPoolView is getTotalAlphaStaked.
	GasHotkeyPoolView = GasView + 2*GasRead
	// GasPerPosition is the work of one position in the coldkey views:
	// the position, its generation, stake word, share pool, pool, fee
	// rate and dissolution rate, and a quote.
	GasPerPosition = 7*GasRead + 2*GasCompute
	// GasColdkeyView is getTotalColdkeyStake and
	// getTotalColdkeyStakeOnSubnet, priced for MaxPositionsCap positions.
	GasColdkeyView = GasView + 3*GasRead + MaxPositionsCap*GasPerPosition
	// GasPerHotkeySubnet is the work of one subnet in getTotalHotkeyStake:
	// generation, share pool and pool reads and a conversion.
	GasPerHotkeySubnet = 3*GasRead + GasCompute
	// GasHotkeyView is getTotalHotkeyStake, priced for the hard cap of
	// subnets (1024 plus root).
	GasHotkeyView = GasView + (bitmapWords+1)*GasRead + (uint64(protocol.MaxSubnetLimit)+1)*GasPerHotkeySubnet
	// GasValidatorsView is getAlphaStakedValidators: generation, share
	// pool and MaxNominatorsPage entries.
	GasValidatorsView = GasView + (2+MaxNominatorsPage)*GasRead
	// GasNominatorsView is the fixed part of getNominators (plus GasRead
	// per coldkey of the requested limit).
	GasNominatorsView = GasView + 2*GasRead
	// GasParamView reads one word.
	GasParamView = GasView + GasRead
	// GasAllowanceView reads the generation and the allowance.
	GasAllowanceView = GasView + 2*GasRead
	// GasClaimableView is getClaimableDissolvedStake: dissolution record
	// (four words), stake word, share pool, owner, owner hotkey.
	GasClaimableView = GasView + 8*GasRead + 2*GasCompute
)

// nominatorItems is getNominators' per-item count: the requested limit (a
// limit above MaxNominatorsPage reverts and is charged nothing extra).
func nominatorItems(a nominatorsArgs) uint64 {
	if a.Limit.Cmp(big.NewInt(MaxNominatorsPage)) > 0 {
		return 0
	}
	return a.Limit.Uint64()
}

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the staking precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "staking",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.Tx("addStake", GasAddStake, addStake),
				precompile.Tx("addStakeLimit", GasAddStakeLimit, addStakeLimit),
				precompile.Tx("removeStake", GasRemoveStake, removeStake),
				precompile.Tx("removeStakeFull", GasRemoveStake, removeStakeFull),
				precompile.Tx("removeStakeFullLimit", GasRemoveStakeLimit, removeStakeFullLimit),
				precompile.Tx("removeStakeLimit", GasRemoveStakeLimit, removeStakeLimit),
				precompile.Tx("moveStake", GasMoveStake, moveStake),
				precompile.Tx("transferStake", GasTransferStake, transferStake),
				precompile.Tx("transferStakeFrom", GasTransferStakeFrom, transferStakeFrom),
				precompile.Tx("burnAlpha", GasBurnAlpha, burnAlpha),
				precompile.Tx("approve", GasApprove, approve),
				precompile.Tx("increaseAllowance", GasAllowanceChange, increaseAllowance),
				precompile.Tx("decreaseAllowance", GasAllowanceChange, decreaseAllowance),
				precompile.Tx("increaseTake", GasTakeChange, increaseTake),
				precompile.Tx("decreaseTake", GasTakeChange, decreaseTake),
				precompile.Tx("addProxy", GasView, notSupported),
				precompile.Tx("removeProxy", GasView, notSupported),
				precompile.Tx("claimDissolvedStake", GasClaim, claimDissolvedStake),

				precompile.View("getTotalColdkeyStake", GasColdkeyView, getTotalColdkeyStake),
				precompile.View("getTotalColdkeyStakeOnSubnet", GasColdkeyView+GasRead, getTotalColdkeyStakeOnSubnet),
				precompile.View("getTotalHotkeyStake", GasHotkeyView, getTotalHotkeyStake),
				precompile.View("getStake", GasStakeView, getStake),
				precompile.View("getAlphaStakedValidators", GasValidatorsView, getAlphaStakedValidators),
				precompile.View("getTotalAlphaStaked", GasHotkeyPoolView, getTotalAlphaStaked),
				precompile.View("getNominatorMinRequiredStake", GasView, getNominatorMinRequiredStake),
				precompile.View("getNominators", GasNominatorsView, getNominators, precompile.PerItem(GasRead, nominatorItems)),
				precompile.View("getDelegateTake", GasView+2*GasRead, getDelegateTake),
				precompile.View("getHotkeyOwner", GasParamView, getHotkeyOwner),
				precompile.View("getMinStake", GasParamView, getMinStake),
				precompile.View("allowance", GasAllowanceView, allowance),
				precompile.View("getClaimableDissolvedStake", GasClaimableView, getClaimableDissolvedStake),
			},
			Errors: append(protocol.ErrorMappings(),
				precompile.ErrorMapping{Err: ErrBelowMinimumStake, Name: "BelowMinimumStake"},
				precompile.ErrorMapping{Err: ErrInsufficientStake, Name: "InsufficientStake"},
				precompile.ErrorMapping{Err: ErrInsufficientAllowance, Name: "InsufficientAllowance"},
				precompile.ErrorMapping{Err: ErrTransfersDisabled, Name: "TransfersDisabled"},
				precompile.ErrorMapping{Err: ErrInvalidTake, Name: "InvalidTake"},
				precompile.ErrorMapping{Err: ErrSameStakePosition, Name: "SameStakePosition"},
				precompile.ErrorMapping{Err: ErrTooManyStakePositions, Name: "TooManyStakePositions"},
				precompile.ErrorMapping{Err: ErrNothingToClaim, Name: "NothingToClaim"},
			),
		})
	})
	return def
}
